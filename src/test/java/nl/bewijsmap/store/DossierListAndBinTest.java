package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierListAndBinTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-03-10T09:00:00Z", "Europe/Amsterdam");
    private Database database;
    private DossierRepository dossiers;
    private PartyRepository parties;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("bewijsmap.db"));
        dossiers = new DossierRepository(database, clock);
        parties = new PartyRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theListShowsTheMostRecentlyChangedDossierFirst() {
        long older = dossiers.create("Older", DossierFacts.EMPTY, null).id();
        clock.advance(Duration.ofHours(1));
        long newer = dossiers.create("Newer", DossierFacts.EMPTY, null).id();
        clock.advance(Duration.ofHours(1));
        dossiers.rename(older, "Older, just changed");

        assertThat(dossiers.list(false)).extracting(DossierSummary::id).containsExactly(older, newer);
    }

    @Test
    void theListOrdersByTheMomentOfChangeNotByTheLocalClockReading() {
        // 10:30 summer time in Amsterdam is 08:30 UTC; 10:00 in London that day is 09:00 UTC, so later.
        TestClock amsterdamClock = new TestClock("2024-07-01T08:30:00Z", "Europe/Amsterdam");
        TestClock londonClock = new TestClock("2024-07-01T09:00:00Z", "Europe/London");
        DossierRepository amsterdam = new DossierRepository(database, amsterdamClock);
        DossierRepository london = new DossierRepository(database, londonClock);
        long earlier = amsterdam.create("Amsterdam", DossierFacts.EMPTY, null).id();
        long later = london.create("London", DossierFacts.EMPTY, null).id();

        assertThat(dossiers.list(false)).extracting(DossierSummary::id).containsExactly(later, earlier);
    }

    @Test
    void archivedDossiersAreListedOnlyWhenAskedFor() {
        long active = dossiers.create("Active", DossierFacts.EMPTY, null).id();
        long archived = dossiers.create("Archived", DossierFacts.EMPTY, null).id();
        dossiers.setArchived(archived, true);

        assertThat(dossiers.list(false)).extracting(DossierSummary::id).containsExactly(active);
        assertThat(dossiers.list(true)).extracting(DossierSummary::id).containsExactlyInAnyOrder(active, archived);
        assertThat(dossiers.list(true)).filteredOn(DossierSummary::archived)
                .extracting(DossierSummary::id).containsExactly(archived);
    }

    @Test
    void theListShowsTheSellersTradeNameElseItsLegalName() {
        long trade = dossiers.create("Trade", DossierFacts.EMPTY, Samples.FULL_SELLER).id();
        long legal = dossiers.create("Legal", DossierFacts.EMPTY,
                new Seller("", "Only Legal B.V.", null, "", "", "", "", null, null)).id();
        long none = dossiers.create("None", Samples.FULL_FACTS, null).id();

        assertThat(dossiers.list(false)).extracting(DossierSummary::id, DossierSummary::sellerName,
                DossierSummary::country).containsExactlyInAnyOrder(
                tuple(trade, "Witgoed Online", Country.NL),
                tuple(legal, "Only Legal B.V.", Country.NL),
                tuple(none, "", Country.BE));
    }

    @Test
    void aDeletedDossierIsHiddenUntilItIsRestoredExactlyAsItWas() {
        Dossier dossier = dossiers.create("Washing machine", Samples.FULL_FACTS, Samples.FULL_SELLER);
        DossierSummary listed = dossiers.list(true).get(0);
        clock.advance(Duration.ofMinutes(5));

        dossiers.delete(dossier.id());

        assertThat(dossiers.find(dossier.id())).isEmpty();
        assertThat(dossiers.list(true)).isEmpty();
        assertThat(Sql.single(database, "SELECT deleted_at FROM dossier")).isEqualTo("2024-03-10T10:05:00+01:00");

        dossiers.restore(dossier.id());

        assertThat(dossiers.find(dossier.id())).contains(dossier);
        assertThat(dossiers.list(true)).containsExactly(listed);
        assertThat(parties.findSeller(dossier.id())).isEqualTo(Samples.FULL_SELLER);
    }

    @Test
    void purgingRemovesDeletedDossiersWithTheirSellersForGood() {
        long kept = dossiers.create("Kept", DossierFacts.EMPTY, Seller.named("Kept shop")).id();
        long gone = dossiers.create("Gone", DossierFacts.EMPTY, Seller.named("Gone shop")).id();
        parties.saveProfile(new ConsumerProfile("Sam Jansen", Address.EMPTY, "", "", ""));
        dossiers.delete(gone);

        assertThat(dossiers.purgeDeleted()).isEqualTo(1);

        assertThat(Sql.column(database, "SELECT id FROM dossier")).containsExactly(String.valueOf(kept));
        assertThat(Sql.column(database, "SELECT name FROM party ORDER BY name"))
                .containsExactly("Kept shop", "Sam Jansen");
        assertThatThrownBy(() -> dossiers.restore(gone)).hasMessage("No dossier with number " + gone);
        assertThat(dossiers.purgeDeleted()).isZero();
        assertThat(database.integrityCheck()).isEqualTo("ok");
    }

}
