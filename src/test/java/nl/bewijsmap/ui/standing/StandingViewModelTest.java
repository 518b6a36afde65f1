package nl.bewijsmap.ui.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a real dossier on a real data folder stands on Monday 16 March 2026 (see {@link StandingFixture}), with
 * background work run at once.
 */
class StandingViewModelTest {

    private static final LocalDate DELIVERED = LocalDate.of(2026, 3, 5);

    @TempDir
    Path dataDir;

    private StandingFixture fixture;
    private final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new StandingFixture(dataDir);
    }

    @AfterEach
    void close() {
        fixture.close();
        assertThat(errors).isEmpty();
    }

    private StandingViewModel viewModel(I18n i18n) {
        return new StandingViewModel(fixture.services.rules()::standing, Background.direct(), i18n, errors::add);
    }

    private StandingViewModel loaded(long dossierId) {
        StandingViewModel standing = viewModel(new I18n(I18n.ENGLISH));
        standing.load(dossierId);
        return standing;
    }

    private static DeadlineRow row(StandingViewModel standing, DeadlineRule rule) {
        return standing.deadlines().stream().filter(row -> row.deadline().rule() == rule).findFirst().orElseThrow();
    }

    private static List<ReadinessProblem> problems(StandingViewModel standing) {
        return standing.readiness().stream().map(row -> row.issue().problem()).toList();
    }

    @Test
    void anNlDistanceSaleDeliveredOnThursdayFiveMarchMayBeWithdrawnUntilThursdayNineteenMarch() {
        StandingViewModel standing = loaded(fixture.dossier(Country.NL, DELIVERED, DisputeBody.NONE, Keurmerk.NONE));

        // 14 days counted from the day after delivery: 6 … 19 March, a Thursday and no public holiday.
        DeadlineRow withdrawal = row(standing, DeadlineRule.WITHDRAWAL);
        assertThat(withdrawal.name()).isEqualTo("Withdrawal period");
        assertThat(withdrawal.weekday()).isEqualTo("Thursday");
        assertThat(withdrawal.due()).isEqualTo("19 March 2026");
        assertThat(withdrawal.status()).isEqualTo("Open");
        assertThat(withdrawal.days()).isEqualTo("3 days left");
        assertThat(withdrawal.explanation()).startsWith("You may withdraw from the purchase until 19 March 2026: "
                + "14 days counted from the day after delivery (5 March 2026).");
        assertThat(withdrawal.source()).isEqualTo("Source: Directive 2011/83/EU art. 9; Regulation 1182/71 art. 3"
                + " — checked 21 Nov 2026");
        assertThat(withdrawal.guidance()).isFalse();
        assertThat(withdrawal.url()).isEqualTo("https://eur-lex.europa.eu/eli/dir/2011/83/oj");
        assertThat(withdrawal.attention()).isEqualTo(DeadlineWarning.Severity.SOON);

        assertThat(standing.warnings()).first().satisfies(warning -> {
            assertThat(warning.deadline().rule()).isEqualTo(DeadlineRule.WITHDRAWAL);
            assertThat(warning.severity()).isEqualTo(DeadlineWarning.Severity.SOON);
            assertThat(warning.text()).isEqualTo("Your withdrawal period ends in 3 days, on Thursday 19 March 2026.");
        });
    }

    @Test
    void aWithdrawalPeriodThatEndedTenDaysAgoIsPassedAndWarnedAboutButOneFromJanuaryIsNotWarnedAbout() {
        // Delivered Friday 20 February: the last day was Friday 6 March.
        StandingViewModel recent = loaded(fixture.dossier(Country.NL, LocalDate.of(2026, 2, 20), DisputeBody.NONE,
                Keurmerk.NONE));
        DeadlineRow withdrawal = row(recent, DeadlineRule.WITHDRAWAL);
        assertThat(withdrawal.deadline().status()).isEqualTo(DeadlineStatus.PASSED);
        assertThat(withdrawal.status()).isEqualTo("Passed");
        assertThat(withdrawal.days()).isEqualTo("Passed 10 days ago");
        assertThat(withdrawal.attention()).isEqualTo(DeadlineWarning.Severity.PASSED);
        assertThat(recent.warnings()).filteredOn(warning -> warning.deadline().rule() == DeadlineRule.WITHDRAWAL)
                .singleElement().satisfies(warning -> {
                    assertThat(warning.severity()).isEqualTo(DeadlineWarning.Severity.PASSED);
                    assertThat(warning.text()).isEqualTo("The withdrawal period ended on Friday 6 March 2026.");
                });

        // Delivered Friday 2 January: the last day was Friday 16 January, 59 days ago.
        StandingViewModel old = loaded(fixture.dossier(Country.NL, LocalDate.of(2026, 1, 2), DisputeBody.NONE,
                Keurmerk.NONE));
        assertThat(row(old, DeadlineRule.WITHDRAWAL).days()).isEqualTo("Passed 59 days ago");
        assertThat(row(old, DeadlineRule.WITHDRAWAL).attention()).isNull();
        assertThat(old.warnings()).noneMatch(warning -> warning.deadline().rule() == DeadlineRule.WITHDRAWAL);
    }

    @Test
    void aBelgianDossierHasTheTwoYearGuaranteeAndItsUnconfirmedRulesReadAsGuidance() {
        StandingViewModel nl = loaded(fixture.dossier(Country.NL, DELIVERED, DisputeBody.NONE, Keurmerk.NONE));
        StandingViewModel be = loaded(fixture.dossier(Country.BE, DELIVERED, DisputeBody.NONE, Keurmerk.NONE));

        assertThat(nl.deadlines()).noneMatch(row -> row.deadline().rule() == DeadlineRule.GUARANTEE_END);
        DeadlineRow guarantee = row(be, DeadlineRule.GUARANTEE_END);
        assertThat(guarantee.due()).isEqualTo("5 March 2028");
        // The defect showed up three days after delivery, well within the guarantee: that one is settled.
        assertThat(guarantee.status()).isEqualTo("Done");
        assertThat(guarantee.days()).isEmpty();

        DeadlineRow nlNotice = row(nl, DeadlineRule.DEFECT_NOTICE);
        DeadlineRow beNotice = row(be, DeadlineRule.DEFECT_NOTICE);
        assertThat(nlNotice.explanation()).contains("is always in time");
        assertThat(beNotice.explanation()).contains("Do it in writing");
        assertThat(nlNotice.guidance()).isFalse();
        assertThat(nlNotice.source()).isEqualTo("Source: Art. 7:23 lid 1 BW — checked 21 Nov 2026");
        assertThat(beNotice.guidance()).isTrue();
        assertThat(beNotice.source()).startsWith("Source: Art. 1649quater old Civil Code (Belgium)")
                .endsWith("(Guidance: not confirmed from the statute text.)");
        assertThat(beNotice.url()).startsWith("https://www.ejustice.just.fgov.be/");
    }

    @Test
    void theGeschillencommissieMissesTheWrittenComplaintUntilOneIsRecorded() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        StandingViewModel standing = loaded(id);

        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
        assertThat(problems(standing)).startsWith(ReadinessProblem.NO_PROOF_OF_PURCHASE,
                ReadinessProblem.NO_WRITTEN_COMPLAINT);
        ReadinessRow complaint = standing.readiness().get(1);
        assertThat(complaint.blocks()).isTrue();
        assertThat(complaint.severity()).isEqualTo("Fix this first");
        assertThat(complaint.problem()).isEqualTo("There is no written complaint to the seller. A dispute body only"
                + " takes a case after the seller had one.");
        assertThat(complaint.fix()).startsWith("Send the seller a complaint by letter or email");
        assertThat(standing.readinessSummaryProperty().get())
                .isEqualTo("Before you send this to De Geschillencommissie: 2 things to fix first.");
        assertThat(standing.readyProperty().get()).isFalse();

        fixture.record(id, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 3, 9));
        standing.refresh();

        assertThat(problems(standing)).doesNotContain(ReadinessProblem.NO_WRITTEN_COMPLAINT)
                .contains(ReadinessProblem.COMPLAINT_TOO_RECENT);
        assertThat(standing.readiness()).filteredOn(row -> row.issue().problem()
                == ReadinessProblem.COMPLAINT_TOO_RECENT).singleElement().satisfies(row -> assertThat(row.problem())
                        .isEqualTo("Your complaint to the seller is recent. The seller must first have time to solve"
                                + " it: until 6 April 2026."));
    }

    @Test
    void blockersComeBeforeWhatIsOnlyWorthFixing() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        fixture.services.log().logCall(id, new CallDetails(new Timestamp(LocalDate.of(2026, 3, 6).atTime(14, 5),
                null, TimestampSource.USER, Precision.MINUTE), null, CallDirection.OUTGOING, "Sanne", "", "",
                "Asked about the leak", "", null));
        StandingViewModel standing = loaded(id);

        assertThat(standing.readiness()).extracting(ReadinessRow::blocks).containsExactly(true, true, false);
        assertThat(problems(standing)).last().isEqualTo(ReadinessProblem.CALLS_WITHOUT_AGREEMENTS);
        assertThat(standing.readinessSummaryProperty().get()).isEqualTo(
                "Before you send this to De Geschillencommissie: 2 things to fix first, and 1 more worth fixing.");
    }

    @Test
    void aCompleteDossierHasNothingMissingForTheSeller() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.NONE, Keurmerk.NONE);
        fixture.receipt(id, LocalDate.of(2026, 3, 1));
        StandingViewModel standing = loaded(id);

        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.SELLER);
        assertThat(standing.readiness()).isEmpty();
        assertThat(standing.readyProperty().get()).isTrue();
        assertThat(standing.readinessSummaryProperty().get()).isEqualTo("Nothing missing for the seller.");

        standing.recipientProperty().set(Recipient.DIGIDISPUUT);
        assertThat(problems(standing)).containsExactly(ReadinessProblem.NO_WRITTEN_COMPLAINT);
        assertThat(standing.readyProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            GESCHILLENCOMMISSIE, NONE,                 GESCHILLENCOMMISSIE
            UNKNOWN,             THUISWINKEL_WAARBORG, GESCHILLENCOMMISSIE
            DIGIDISPUUT,         NONE,                 DIGIDISPUUT
            UNKNOWN,             WEBWINKELKEUR,        KEURMERK
            UNKNOWN,             OTHER,                KEURMERK
            NONE,                NONE,                 SELLER
            UNKNOWN,             NONE,                 SELLER
            """)
    void theRecipientFollowsTheSellersDisputeBodyOrQualityMark(DisputeBody body, Keurmerk keurmerk,
            Recipient expected) {
        assertThat(loaded(fixture.dossier(Country.NL, DELIVERED, body, keurmerk)).recipientProperty().get())
                .isEqualTo(expected);
    }

    @Test
    void aWebwinkelKeurShopAfterMediationIsForDigiDispuut() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.UNKNOWN, Keurmerk.WEBWINKELKEUR);
        fixture.record(id, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 2, 10));
        fixture.record(id, EventKind.SELLER_REFUSED, LocalDate.of(2026, 2, 12));
        fixture.record(id, EventKind.MEDIATION_STARTED, LocalDate.of(2026, 2, 20));

        StandingViewModel standing = loaded(id);

        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.DIGIDISPUUT);
        assertThat(standing.nextStepProperty().get()).startsWith("If mediation did not solve it, ask DigiDispuut");
        assertThat(standing.routeProperty().get()).isEqualTo("Route: DigiDispuut");
        assertThat(standing.feeProperty().get()).isEqualTo("Fee: €25");
        assertThat(standing.termsProperty().get()).isEqualTo("Its decision binds you and the seller.");
    }

    @Test
    void theRecipientTheUserChoseStaysOnRefreshAndAnotherDossierStartsFromItsOwnSeller() {
        long commission = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        long plain = fixture.dossier(Country.NL, DELIVERED, DisputeBody.NONE, Keurmerk.NONE);
        StandingViewModel standing = loaded(commission);

        standing.recipientProperty().set(Recipient.SELLER);
        standing.refresh();
        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.SELLER);
        assertThat(problems(standing)).doesNotContain(ReadinessProblem.NO_WRITTEN_COMPLAINT);

        standing.load(plain);
        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.SELLER);
        standing.load(commission);
        assertThat(standing.recipientProperty().get()).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
    }

    @Test
    void afterTheComplaintTheNextStepNamesTheCommissionsDatesFeeTermsAndSource() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        fixture.record(id, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 3, 9));

        StandingViewModel standing = loaded(id);

        assertThat(standing.phaseProperty().get()).isEqualTo(Phase.WRITTEN_COMPLAINT);
        assertThat(standing.phaseNameProperty().get()).isEqualTo("Written complaint");
        assertThat(standing.phaseMeaningProperty().get()).isEqualTo("You have complained to the seller in writing."
                + " Give the seller reasonable time to answer.");
        assertThat(standing.nextStepProperty().get()).isEqualTo("De Geschillencommissie takes your complaint from"
                + " 6 April 2026, once the seller has had time to solve it; sooner if the seller refuses. File no"
                + " later than 9 March 2027. The fee depends on the committee; for webshops it is €27.50 to €52.50.");
        assertThat(standing.routeProperty().get()).isEqualTo("Route: De Geschillencommissie");
        assertThat(standing.feeProperty().get()).isEqualTo("Fee: €27.50 to €52.50");
        assertThat(standing.termsProperty().get()).isEqualTo("The seller first gets 4 weeks after your written"
                + " complaint to solve it. You can turn to it up to 12 months after your complaint to the"
                + " seller. Its decision binds you and the seller.");
        assertThat(standing.routeSourceProperty().get()).startsWith("Source: De Geschillencommissie")
                .contains("checked 21 Nov 2026").endsWith("(Guidance: not confirmed from the statute text.)");
        assertThat(standing.routeUrlProperty().get()).startsWith("https://www.degeschillencommissie.nl/");
        assertThat(standing.disclaimerProperty().get()).contains("not legal advice");
    }

    @Test
    void beforeTheComplaintTheRouteAheadIsShownButNotWhileTheDisputeBodyIsUnknown() {
        StandingViewModel none = loaded(fixture.dossier(Country.NL, DELIVERED, DisputeBody.NONE, Keurmerk.NONE));
        assertThat(none.nextStepProperty().get()).startsWith("Complain to the seller in writing");
        assertThat(none.routeProperty().get())
                .isEqualTo("If the seller does not solve it: Kantonrechter (small claims court)");
        assertThat(none.feeProperty().get()).isEqualTo("Fee: court costs that depend on your claim");

        StandingViewModel unknown = loaded(fixture.dossier(Country.NL, DELIVERED, DisputeBody.UNKNOWN,
                Keurmerk.NONE));
        assertThat(unknown.nextStepProperty().get()).startsWith("Complain to the seller in writing");
        assertThat(unknown.routeProperty().get()).isEmpty();
        assertThat(unknown.feeProperty().get()).isEmpty();
        assertThat(unknown.routeUrlProperty().get()).isEmpty();
    }

    @Test
    void aDutchUserReadsItAllInDutch() {
        long id = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        StandingViewModel standing = viewModel(new I18n(I18n.DUTCH));
        standing.load(id);

        DeadlineRow withdrawal = row(standing, DeadlineRule.WITHDRAWAL);
        assertThat(withdrawal.name()).isEqualTo("Bedenktijd (herroeping)");
        assertThat(withdrawal.weekday()).isEqualTo("donderdag");
        assertThat(withdrawal.due()).isEqualTo("19 maart 2026");
        assertThat(withdrawal.status()).isEqualTo("Loopt");
        assertThat(withdrawal.days()).isEqualTo("Nog 3 dagen");
        assertThat(withdrawal.source()).startsWith("Bron: Richtlijn 2011/83/EU art. 9");
        assertThat(standing.warnings()).first().extracting(DeadlineWarning::text)
                .isEqualTo("Uw bedenktijd eindigt over 3 dagen, op donderdag 19 maart 2026.");
        assertThat(standing.phaseNameProperty().get()).isEqualTo("Zelf geprobeerd bij de verkoper");
        assertThat(standing.nextStepProperty().get()).startsWith("Dien een schriftelijke klacht in bij de verkoper");
        assertThat(standing.readinessSummaryProperty().get())
                .isEqualTo("Voordat u dit naar De Geschillencommissie stuurt: los eerst 2 punten op.");
        assertThat(standing.readiness().get(1).problem()).startsWith("Er is geen schriftelijke klacht");
        assertThat(standing.disclaimerProperty().get()).contains("geen juridisch advies");
    }

    @Test
    void aDossierWithoutDatesHasNoDeadlinesAndNoWarnings() {
        long id = fixture.services.dossiers().create("Parcel", DossierFacts.EMPTY, null).id();
        StandingViewModel standing = loaded(id);

        assertThat(standing.loadedProperty().get()).isTrue();
        assertThat(standing.deadlines()).isEmpty();
        assertThat(standing.warnings()).isEmpty();
        assertThat(standing.nextStepProperty().get()).isNotEmpty();
    }

    @Test
    void aSlowReadingOfTheDossierShownBeforeIsNotShownOverTheOneAskedForLast() {
        long first = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        long second = fixture.dossier(Country.BE, DELIVERED, DisputeBody.NONE, Keurmerk.NONE);
        Queue<Runnable> worker = new ArrayDeque<>();
        StandingViewModel standing = new StandingViewModel(fixture.services.rules()::standing,
                new Background(worker::add, Runnable::run), new I18n(I18n.ENGLISH), errors::add);

        standing.load(first);
        standing.load(second);
        assertThat(standing.loadedProperty().get()).isFalse();
        worker.poll().run(); // the first dossier's reading ends last-but-one: it is dropped
        assertThat(standing.loadedProperty().get()).isFalse();
        worker.poll().run();

        assertThat(standing.loadedProperty().get()).isTrue();
        assertThat(standing.standing().contents().dossier().id()).isEqualTo(second);
        assertThat(standing.deadlines()).anyMatch(row -> row.deadline().rule() == DeadlineRule.GUARANTEE_END);
    }

    @Test
    void whileAnotherDossierIsReadNothingOfThePreviousOneStaysOnScreen() {
        long first = fixture.dossier(Country.NL, DELIVERED, DisputeBody.GESCHILLENCOMMISSIE, Keurmerk.NONE);
        long second = fixture.dossier(Country.BE, DELIVERED, DisputeBody.NONE, Keurmerk.NONE);
        Queue<Runnable> worker = new ArrayDeque<>();
        StandingViewModel standing = new StandingViewModel(fixture.services.rules()::standing,
                new Background(worker::add, Runnable::run), new I18n(I18n.ENGLISH), errors::add);
        standing.load(first);
        worker.poll().run();
        assertThat(standing.warnings()).isNotEmpty();

        standing.load(second);

        // The reading of the second dossier has not run yet: the header and the banner must not speak of the first.
        assertThat(standing.nextStepProperty().get()).isEmpty();
        assertThat(standing.warnings()).isEmpty();
        assertThat(standing.deadlines()).isEmpty();
        assertThat(standing.readiness()).isEmpty();
        worker.poll().run();
        assertThat(standing.nextStepProperty().get()).isNotEmpty();
    }

    @Test
    void aDossierThatCannotBeReadIsReportedAndNothingIsShown() {
        List<Exception> reported = new ArrayList<>();
        StandingViewModel standing = new StandingViewModel(id -> {
            throw new IllegalStateException("gone");
        }, Background.direct(), new I18n(I18n.ENGLISH), reported::add);

        standing.load(42);

        assertThat(reported).singleElement().extracting(Exception::getMessage).isEqualTo("gone");
        assertThat(standing.loadedProperty().get()).isFalse();
        assertThat(standing.nextStepProperty().get()).isEmpty();
    }
}
