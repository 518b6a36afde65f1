package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Seller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyRepositoryTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-03-10T09:00:00Z", "Europe/Brussels");
    private Database database;
    private PartyRepository parties;
    private DossierRepository dossiers;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("bewijsmap.db"));
        parties = new PartyRepository(database, clock);
        dossiers = new DossierRepository(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theProfileIsEmptyBeforeItIsFirstSaved() {
        assertThat(parties.loadProfile()).isEqualTo(ConsumerProfile.EMPTY);
    }

    @Test
    void everyProfileFieldSurvivesTheRoundTrip() {
        parties.saveProfile(Samples.FULL_PROFILE);

        assertThat(parties.loadProfile()).isEqualTo(Samples.FULL_PROFILE);
    }

    @Test
    void savingTheProfileAgainReplacesTheOneConsumerRow() {
        parties.saveProfile(Samples.FULL_PROFILE);
        ConsumerProfile moved = new ConsumerProfile("Sam Jansen", new Address("Nieuwe Weg 1", "3500", "Hasselt", ""),
                "", "", "");

        parties.saveProfile(moved);

        assertThat(parties.loadProfile()).isEqualTo(moved);
        assertThat(Sql.single(database, "SELECT count(*) FROM party WHERE role = 'CONSUMER'")).isEqualTo("1");
    }

    @Test
    void theSellerIsEmptyWhenNoneWasEntered() {
        long id = dossiers.create("Parcel never arrived", DossierFacts.EMPTY, null).id();

        assertThat(parties.findSeller(id)).isEqualTo(Seller.EMPTY);
    }

    @Test
    void everySellerFieldSurvivesTheRoundTrip() {
        long id = dossiers.create("Parcel never arrived", DossierFacts.EMPTY, null).id();

        parties.saveSeller(id, Samples.FULL_SELLER);

        assertThat(parties.findSeller(id)).isEqualTo(Samples.FULL_SELLER);
    }

    @Test
    void savingASellerAgainReplacesItInOneRow() {
        long id = dossiers.create("Parcel never arrived", DossierFacts.EMPTY, Seller.named("Shop")).id();
        Seller corrected = new Seller("Shop", "Shop Holding NV", new Address("", "", "Gent", "BE"), "BE 0123.456.789",
                "", "", "", Keurmerk.WEBWINKELKEUR, DisputeBody.CONSUMENTENOMBUDSDIENST);

        parties.saveSeller(id, corrected);

        assertThat(parties.findSeller(id)).isEqualTo(corrected);
        assertThat(Sql.single(database, "SELECT count(*) FROM party WHERE role = 'SELLER'")).isEqualTo("1");
    }

    @Test
    void eachDossierKeepsItsOwnSellerApartFromTheConsumer() {
        long first = dossiers.create("First", DossierFacts.EMPTY, Seller.named("First shop")).id();
        long second = dossiers.create("Second", DossierFacts.EMPTY, Seller.named("Second shop")).id();

        parties.saveProfile(Samples.FULL_PROFILE);

        assertThat(parties.findSeller(first)).isEqualTo(Seller.named("First shop"));
        assertThat(parties.findSeller(second)).isEqualTo(Seller.named("Second shop"));
        assertThat(parties.loadProfile()).isEqualTo(Samples.FULL_PROFILE);
    }

    @Test
    void aSellerForAnUnknownDossierIsRefusedAndNotSaved() {
        assertThatThrownBy(() -> parties.saveSeller(404, Seller.named("Ghost shop")))
                .isInstanceOf(StoreException.class)
                .hasMessage("No dossier with number 404");

        assertThat(Sql.single(database, "SELECT count(*) FROM party")).isEqualTo("0");
    }
}
