package nl.bewijsmap.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierViewModelTest {

    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam")).toInstant(),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dataDir;

    private Services services;
    private final List<Exception> errors = new ArrayList<>();
    private int savedNotices;
    private long id;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, CLOCK);
        id = services.dossiers().create("Wasmachine", DossierFacts.EMPTY, Seller.named("Coolblue")).id();
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private DossierViewModel viewModel(I18n i18n) {
        DossierViewModel viewModel = new DossierViewModel(services.editor(),
                Background.direct(), i18n, CLOCK, errors::add, () -> savedNotices++);
        viewModel.load(id);
        return viewModel;
    }

    @Test
    void loadingFillsTheFormWithoutCountingAsAnEdit() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        assertThat(viewModel.facts().titleProperty().get()).isEqualTo("Wasmachine");
        assertThat(viewModel.seller().tradeNameProperty().get()).isEqualTo("Coolblue");
        assertThat(viewModel.hasUnsavedChanges()).isFalse();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(viewModel.loadedProperty().get()).isTrue();
    }

    @Test
    void everyFieldTypedIsSavedAndReadBack() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.DUTCH));
        FactsForm facts = viewModel.facts();
        facts.titleProperty().set("Wasmachine Bosch");
        facts.phaseProperty().set(Phase.WRITTEN_COMPLAINT);
        facts.countryProperty().set(Country.BE);
        facts.distanceSaleProperty().set(true);
        facts.productProperty().set("Bosch WAN28");
        facts.orderNumberProperty().set("CB-1234");
        facts.customerNumberProperty().set("K-77");
        facts.orderDateProperty().set(LocalDate.of(2026, 3, 1));
        facts.deliveryDateProperty().set(LocalDate.of(2026, 3, 4));
        facts.discoveredDateProperty().set(LocalDate.of(2026, 6, 10));
        facts.priceProperty().set("1.299,00");
        facts.paymentMethodProperty().set(PaymentMethod.BANCONTACT);
        facts.problemProperty().set("Lekt water na drie maanden.");
        facts.desiredOutcomeProperty().set(DesiredOutcome.REPAIR);
        SellerForm seller = viewModel.seller();
        seller.legalNameProperty().set("Coolblue B.V.");
        seller.streetProperty().set("Weena 664");
        seller.postalCodeProperty().set("3012 CN");
        seller.cityProperty().set("Rotterdam");
        seller.countryProperty().set("Nederland");
        seller.registrationNumberProperty().set("0403.170.701");
        seller.emailProperty().set("klantenservice@coolblue.nl");
        seller.phoneProperty().set("010 798 8999");
        seller.websiteProperty().set("www.coolblue.nl");
        seller.keurmerkProperty().set(Keurmerk.THUISWINKEL_WAARBORG);
        seller.disputeBodyProperty().set(DisputeBody.GESCHILLENCOMMISSIE);
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.PENDING);

        viewModel.save();
        assertThat(viewModel.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(savedNotices).isEqualTo(1);

        Dossier stored = services.dossiers().find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Wasmachine Bosch");
        assertThat(stored.phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
        assertThat(stored.facts()).isEqualTo(new DossierFacts(Country.BE, true, "Bosch WAN28", "CB-1234", "K-77",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 6, 10),
                new java.math.BigDecimal("1299.00"), PaymentMethod.BANCONTACT, "Lekt water na drie maanden.",
                DesiredOutcome.REPAIR));
        Seller storedSeller = services.parties().findSeller(id);
        assertThat(storedSeller.legalName()).isEqualTo("Coolblue B.V.");
        assertThat(storedSeller.address().postalCode()).isEqualTo("3012 CN");
        assertThat(storedSeller.keurmerk()).isEqualTo(Keurmerk.THUISWINKEL_WAARBORG);

        DossierViewModel reopened = viewModel(new I18n(I18n.DUTCH));
        assertThat(reopened.facts().priceProperty().get()).isEqualTo("1.299,00");
        assertThat(reopened.seller().registrationNumberProperty().get()).isEqualTo("0403.170.701");
    }

    @Test
    void nothingToSaveMeansNoWrite() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.save();
        assertThat(savedNotices).isZero();
    }

    @Test
    void aWrongKvkNumberIsExplainedButStillKept() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.seller().registrationNumberProperty().set("1234567");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).contains("8 digits");
        viewModel.save();
        assertThat(services.parties().findSeller(id).registrationNumber()).isEqualTo("1234567");

        viewModel.seller().registrationNumberProperty().set("12345678");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).isEmpty();
    }

    @Test
    void aBelgianDossierChecksTheEnterpriseNumber() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.DUTCH));
        viewModel.facts().countryProperty().set(Country.BE);
        viewModel.seller().registrationNumberProperty().set("0403.170.702");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).isNotEmpty();
        viewModel.seller().registrationNumberProperty().set("0403.170.701");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).isEmpty();
    }

    @Test
    void datesOutOfOrderOrInTheFutureAreFlaggedWhereTheyAre() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.facts().orderDateProperty().set(LocalDate.of(2026, 5, 10));
        viewModel.facts().deliveryDateProperty().set(LocalDate.of(2026, 5, 1));
        assertThat(viewModel.problem(FormField.DELIVERY_DATE).get()).isNotEmpty();
        assertThat(viewModel.problem(FormField.ORDER_DATE).get()).isEmpty();

        viewModel.facts().deliveryDateProperty().set(LocalDate.of(2026, 5, 12));
        viewModel.facts().discoveredDateProperty().set(LocalDate.of(2027, 1, 1));
        assertThat(viewModel.problem(FormField.DELIVERY_DATE).get()).isEmpty();
        assertThat(viewModel.problem(FormField.DISCOVERED_DATE).get()).isNotEmpty();
    }

    @Test
    void anUnreadablePriceIsExplainedAndTheLastGoodPriceIsKept() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.facts().priceProperty().set("49.95");
        viewModel.save();
        viewModel.facts().priceProperty().set("forty euros");
        assertThat(viewModel.problem(FormField.PRICE).get()).isNotEmpty();
        viewModel.save();
        assertThat(services.dossiers().find(id).orElseThrow().facts().price()).isEqualByComparingTo("49.95");
    }

    @Test
    void anEmptyTitleKeepsTheOldNameAndSaysSo() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.facts().titleProperty().set("  ");
        assertThat(viewModel.problem(FormField.TITLE).get()).contains("needs a name");
        viewModel.save();
        assertThat(services.dossiers().find(id).orElseThrow().title()).isEqualTo("Wasmachine");
    }

    @Test
    void aRenameFromTheListIsNotUndoneByTheNextSave() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        services.dossiers().rename(id, "Wasmachine Bosch");
        viewModel.renamedElsewhere(id, "Wasmachine Bosch");
        assertThat(viewModel.hasUnsavedChanges()).isFalse();

        viewModel.facts().productProperty().set("Bosch WAN28");
        viewModel.save();
        assertThat(services.dossiers().find(id).orElseThrow().title()).isEqualTo("Wasmachine Bosch");
        assertThat(viewModel.facts().titleProperty().get()).isEqualTo("Wasmachine Bosch");
    }

    @Test
    void clearingThePriceClearsIt() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.facts().priceProperty().set("49,95");
        viewModel.save();
        viewModel.facts().priceProperty().set("");
        viewModel.save();
        assertThat(services.dossiers().find(id).orElseThrow().facts().price()).isNull();
    }

    @Test
    void aKboNumberIsFineForADutchDossierWhenTheSellerIsNotSaidToBeDutch() {
        DossierViewModel viewModel = viewModel(new I18n(I18n.ENGLISH));
        viewModel.seller().registrationNumberProperty().set("0403.170.701");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).isEmpty();
        viewModel.seller().countryProperty().set("Nederland");
        assertThat(viewModel.problem(FormField.SELLER_REGISTRATION).get()).isNotEmpty();
    }
}
