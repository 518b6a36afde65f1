package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.LongConsumer;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierRepositoryTest {

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
    void aNewDossierStartsAtTheOwnAttemptPhaseUnarchivedAndStampedNow() {
        Dossier created = dossiers.create("  Broken washing machine ", DossierFacts.EMPTY, null);

        Timestamp now = new Timestamp(LocalDateTime.of(2024, 3, 10, 10, 0), ZoneOffset.ofHours(1),
                TimestampSource.SYSTEM_CLOCK, Precision.SECOND);
        assertThat(created.id()).isPositive();
        assertThat(created.title()).isEqualTo("Broken washing machine");
        assertThat(created.phase()).isEqualTo(Phase.OWN_ATTEMPT);
        assertThat(created.archived()).isFalse();
        assertThat(created.createdAt()).isEqualTo(now);
        assertThat(created.updatedAt()).isEqualTo(now);
        assertThat(dossiers.find(created.id())).contains(created);
    }

    @Test
    void everyFactSurvivesTheRoundTrip() {
        Dossier created = dossiers.create("Washing machine", Samples.FULL_FACTS, null);

        DossierFacts read = dossiers.find(created.id()).orElseThrow().facts();

        assertThat(read).isEqualTo(Samples.FULL_FACTS);
        assertThat(read.price().scale()).isEqualTo(2);
    }

    @Test
    void unknownFactsSurviveTheRoundTripAsUnknown() {
        Dossier created = dossiers.create("Nothing known yet", DossierFacts.EMPTY, null);

        DossierFacts read = dossiers.find(created.id()).orElseThrow().facts();

        assertThat(read).isEqualTo(DossierFacts.EMPTY);
        assertThat(read.orderDate()).isNull();
        assertThat(read.price()).isNull();
        assertThat(read.paymentMethod()).isNull();
        assertThat(read.desiredOutcome()).isNull();
    }

    @Test
    void thePriceIsStoredAsWholeCentsAndDatesAndEnumsAsText() {
        long id = dossiers.create("Washing machine", Samples.FULL_FACTS, null).id();

        assertThat(Sql.single(database, "SELECT price_cents FROM dossier WHERE id = " + id)).isEqualTo("123450");
        assertThat(Sql.single(database, "SELECT typeof(price_cents) FROM dossier WHERE id = " + id))
                .isEqualTo("integer");
        assertThat(Sql.single(database, "SELECT discovered_date FROM dossier WHERE id = " + id))
                .isEqualTo("2024-02-29");
        assertThat(Sql.single(database, "SELECT payment_method FROM dossier WHERE id = " + id))
                .isEqualTo("BANCONTACT");
        assertThat(Sql.single(database, "SELECT created_local || ' ' || created_offset FROM dossier WHERE id = " + id))
                .isEqualTo("2024-03-10T10:00:00 +01:00");
    }

    @Test
    void aTimestampWithoutOffsetIsReadBackWithoutOne() {
        Sql.update(database, "INSERT INTO dossier (id, title, phase,"
                + " created_local, created_offset, created_source, created_precision,"
                + " updated_local, updated_offset, updated_source, updated_precision) VALUES (40, 'Imported', 'CLOSED',"
                + " '2023-12-24T00:00:00', NULL, 'FILE_MODIFIED', 'DAY',"
                + " '2023-12-24T16:45:00', NULL, 'USER', 'MINUTE')");

        Dossier read = dossiers.find(40).orElseThrow();

        assertThat(read.createdAt()).isEqualTo(new Timestamp(LocalDateTime.of(2023, 12, 24, 0, 0), null,
                TimestampSource.FILE_MODIFIED, Precision.DAY));
        assertThat(read.updatedAt()).isEqualTo(new Timestamp(LocalDateTime.of(2023, 12, 24, 16, 45), null,
                TimestampSource.USER, Precision.MINUTE));
    }

    @Test
    void aDossierIsCreatedWithItsSellerInOneGo() {
        long id = dossiers.create("Washing machine", Samples.FULL_FACTS, Samples.FULL_SELLER).id();

        assertThat(parties.findSeller(id)).isEqualTo(Samples.FULL_SELLER);
    }

    @Test
    void aDossierWithoutSellerHasTheEmptySeller() {
        long id = dossiers.create("Washing machine", Samples.FULL_FACTS, null).id();

        assertThat(parties.findSeller(id)).isEqualTo(Seller.EMPTY);
        assertThat(Sql.single(database, "SELECT count(*) FROM party")).isEqualTo("0");
    }

    @Test
    void aBlankTitleIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> dossiers.create("   ", DossierFacts.EMPTY, Samples.FULL_SELLER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A dossier needs a title");

        assertThat(Sql.single(database, "SELECT count(*) FROM dossier")).isEqualTo("0");
    }

    @Test
    void everyChangeKeepsTheCreationTimeAndMovesTheLastChangeTime() {
        Dossier created = dossiers.create("Washing machine", DossierFacts.EMPTY, null);
        long id = created.id();

        clock.advance(Duration.ofMinutes(1));
        dossiers.rename(id, "Washing machine WM-900");
        clock.advance(Duration.ofMinutes(1));
        dossiers.updateFacts(id, Samples.FULL_FACTS);
        clock.advance(Duration.ofMinutes(1));
        dossiers.setPhase(id, Phase.NOTICE_OF_DEFAULT);
        clock.advance(Duration.ofMinutes(1));
        dossiers.setArchived(id, true);

        Dossier changed = dossiers.find(id).orElseThrow();
        assertThat(changed.title()).isEqualTo("Washing machine WM-900");
        assertThat(changed.facts()).isEqualTo(Samples.FULL_FACTS);
        assertThat(changed.phase()).isEqualTo(Phase.NOTICE_OF_DEFAULT);
        assertThat(changed.archived()).isTrue();
        assertThat(changed.createdAt()).isEqualTo(created.createdAt());
        assertThat(changed.updatedAt().local()).isEqualTo(created.updatedAt().local().plusMinutes(4));
    }

    @Test
    void eachKindOfChangeOnItsOwnMovesTheLastChangeTime() {
        long id = dossiers.create("Washing machine", DossierFacts.EMPTY, null).id();
        LongConsumer[] changes = {
            dossier -> dossiers.rename(dossier, "Other title"),
            dossier -> dossiers.updateFacts(dossier, Samples.FULL_FACTS),
            dossier -> dossiers.setPhase(dossier, Phase.MEDIATION),
            dossier -> dossiers.setArchived(dossier, false),
            dossier -> parties.saveSeller(dossier, Samples.FULL_SELLER),
        };
        for (LongConsumer change : changes) {
            LocalDateTime before = dossiers.find(id).orElseThrow().updatedAt().local();
            clock.advance(Duration.ofSeconds(5));

            change.accept(id);

            assertThat(dossiers.find(id).orElseThrow().updatedAt().local()).isEqualTo(before.plusSeconds(5));
        }
    }

    @Test
    void changingAnUnknownOrDeletedDossierFailsNamingItsNumber() {
        long deleted = dossiers.create("Deleted", DossierFacts.EMPTY, null).id();
        dossiers.delete(deleted);

        assertThat(dossiers.find(999)).isEmpty();
        assertThatThrownBy(() -> dossiers.rename(999, "x")).isInstanceOf(StoreException.class)
                .hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.updateFacts(999, Samples.FULL_FACTS))
                .hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.setPhase(999, Phase.COURT)).hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.setArchived(999, true)).hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.delete(999)).hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.restore(999)).hasMessage("No dossier with number 999");
        assertThatThrownBy(() -> dossiers.rename(deleted, "x")).hasMessage("No dossier with number " + deleted);
        assertThatThrownBy(() -> dossiers.delete(deleted)).hasMessage("No dossier with number " + deleted);
    }
}
