package nl.bewijsmap.rules;

import static nl.bewijsmap.rules.ConsumerDeadlinesTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Geschillencommissie window, and the list of deadlines as a whole. */
class DeadlinesTest {

    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");

    @ParameterizedTest(name = "complained {0}: file from {1} until {2}")
    @CsvSource(textBlock = """
            # Monday 2 March 2026 + 4 weeks = Monday 30 March; + 12 months = 2 March 2027
            2026-03-02, 2026-03-30, 2027-03-02
            # 30 January + 28 days = 27 February; + 12 months = 30 January 2027
            2026-01-30, 2026-02-27, 2027-01-30
            # 29 February 2024: + 28 days = 28 March; + 12 months = 28 February 2025
            2024-02-29, 2024-03-28, 2025-02-28
            """)
    void theGeschillencommissieTakesAComplaintFromFourWeeksUntilTwelveMonths(String complained, LocalDate earliest,
            LocalDate latest) {
        var contents = TestDossier.nl().disputeBody(DisputeBody.GESCHILLENCOMMISSIE)
                .event(EventKind.COMPLAINT_SENT, complained).build();

        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, contents, EARLY).orElseThrow().due())
                .isEqualTo(earliest);
        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_LATEST, contents, EARLY).orElseThrow().due())
                .isEqualTo(latest);
    }

    @Test
    void aComplaintKeptAsAnEmailToTheSellerGivesTheGeschillencommissieWindow() {
        // Discovered 20 February; complaint emailed Monday 2 March 2026 and kept as evidence: from 30 March until
        // 2 March 2027, as for a recorded complaint.
        var contents = TestDossier.nl().ordered("2026-02-01").discovered("2026-02-20")
                .keurmerk(Keurmerk.THUISWINKEL_WAARBORG).evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-03-02")
                .build();

        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, contents, EARLY).orElseThrow().due())
                .isEqualTo("2026-03-30");
        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_LATEST, contents, EARLY).orElseThrow().due())
                .isEqualTo("2027-03-02");
    }

    @ParameterizedTest(name = "refused {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # complaint 2 March 2026, four weeks end 30 March
            , 2026-03-29, OPEN
            , 2026-03-30, MET
            2026-03-10, 2026-03-11, MET
            # a refusal recorded for a day still to come does not count yet
            2026-03-20, 2026-03-11, OPEN
            """)
    void theEarliestFilingDayIsMetWhenTheWaitIsOverOrTheSellerRefused(String refused, LocalDate today,
            DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (refused != null) {
            dossier.event(EventKind.SELLER_REFUSED, refused);
        }

        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "filed {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # complaint 2 March 2026, last day 2 March 2027
            , 2027-03-02, OPEN
            , 2027-03-03, PASSED
            2026-05-01, 2026-05-02, MET
            2027-03-03, 2027-03-04, PASSED
            """)
    void theLatestFilingDayIsMetByFilingTheDispute(String filed, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().disputeBody(DisputeBody.GESCHILLENCOMMISSIE)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (filed != null) {
            dossier.event(EventKind.DISPUTE_FILED, filed);
        }

        assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_LATEST, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @Test
    void theGeschillencommissieWindowIsOnlyShownForAffiliatedDutchSellers() {
        for (TestDossier dossier : List.of(TestDossier.nl(), TestDossier.nl().disputeBody(DisputeBody.UNKNOWN),
                TestDossier.nl().keurmerk(Keurmerk.WEBWINKELKEUR).disputeBody(DisputeBody.DIGIDISPUUT),
                TestDossier.be().disputeBody(DisputeBody.GESCHILLENCOMMISSIE))) {
            DossierContents contents = dossier.event(EventKind.COMPLAINT_SENT, "2026-03-02").build();
            assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST, contents, EARLY)).isEmpty();
            assertThat(deadline(DeadlineRule.GESCHILLENCOMMISSIE_LATEST, contents, EARLY)).isEmpty();
        }
    }

    @Test
    void theSameFactsGiveDifferentDatesInTheNetherlandsAndBelgium() {
        // Delivered Friday 20 March 2026: 14 days end on Good Friday 3 April, a holiday in NL only.
        // Presumption: NL 1 year (20 March 2027), BE 2 years (20 March 2028). BE also has a 2-year guarantee.
        List<Deadline> nl = Deadlines.standard().compute(facts(TestDossier.nl()), EARLY);
        List<Deadline> be = Deadlines.standard().compute(facts(TestDossier.be()), EARLY);

        assertThat(due(nl, DeadlineRule.WITHDRAWAL)).isEqualTo("2026-04-07");
        assertThat(due(be, DeadlineRule.WITHDRAWAL)).isEqualTo("2026-04-03");
        assertThat(due(nl, DeadlineRule.PRESUMPTION_END)).isEqualTo("2027-03-20");
        assertThat(due(be, DeadlineRule.PRESUMPTION_END)).isEqualTo("2028-03-20");
        assertThat(nl).extracting(Deadline::rule).doesNotContain(DeadlineRule.GUARANTEE_END);
        assertThat(due(be, DeadlineRule.GUARANTEE_END)).isEqualTo("2028-03-20");
    }

    @Test
    void theListHoldsWhatAppliesEarliestFirst() {
        // NL distance sale ordered 1 March, delivered 5 March, defect found 10 April, complaint 12 April
        // (Sunday), Thuiswinkel member. Withdrawal 19 March; delivery 31 March; reply 26 April; first filing
        // day 10 May; defect notice 10 June; presumption 5 March 2027; last filing day 12 April 2027;
        // limitation 12 April 2028.
        var contents = TestDossier.nl().distanceSale().ordered("2026-03-01").delivered("2026-03-05")
                .discovered("2026-04-10").keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .event(EventKind.COMPLAINT_SENT, "2026-04-12").build();

        List<Deadline> deadlines = Deadlines.standard().compute(contents, LocalDate.parse("2026-04-20"));

        assertThat(deadlines).extracting(Deadline::rule).containsExactly(DeadlineRule.WITHDRAWAL,
                DeadlineRule.DELIVERY, DeadlineRule.SELLER_REPLY, DeadlineRule.GESCHILLENCOMMISSIE_EARLIEST,
                DeadlineRule.DEFECT_NOTICE, DeadlineRule.PRESUMPTION_END, DeadlineRule.GESCHILLENCOMMISSIE_LATEST,
                DeadlineRule.CLAIM_LIMITATION);
        assertThat(deadlines).extracting(Deadline::due).containsExactly(LocalDate.parse("2026-03-19"),
                LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-26"), LocalDate.parse("2026-05-10"),
                LocalDate.parse("2026-06-10"), LocalDate.parse("2027-03-05"), LocalDate.parse("2027-04-12"),
                LocalDate.parse("2028-04-12"));
        assertThat(deadlines).extracting(Deadline::status).containsExactly(DeadlineStatus.PASSED,
                DeadlineStatus.MET, DeadlineStatus.OPEN, DeadlineStatus.OPEN, DeadlineStatus.MET,
                DeadlineStatus.MET, DeadlineStatus.OPEN, DeadlineStatus.OPEN);
    }

    @Test
    void aDossierWithoutDatesHasNoDeadlines() {
        assertThat(Deadlines.standard().compute(TestDossier.nl().distanceSale().build(), EARLY)).isEmpty();
    }

    @Test
    void everyDeadlineCarriesItsSource() {
        var contents = TestDossier.be().distanceSale().ordered("2026-03-01").delivered("2026-03-05")
                .discovered("2026-04-10").event(EventKind.COMPLAINT_SENT, "2026-04-12").build();

        for (Deadline each : Deadlines.standard().compute(contents, EARLY)) {
            assertThat(each.source().citation()).as(each.rule().name()).isNotBlank();
            assertThat(each.source().url()).as(each.rule().name()).startsWith("https://");
        }
    }

    private static DossierContents facts(TestDossier dossier) {
        return dossier.distanceSale().ordered("2026-03-18").delivered("2026-03-20").build();
    }

    private static LocalDate due(List<Deadline> deadlines, DeadlineRule rule) {
        return deadlines.stream().filter(d -> d.rule() == rule).findFirst().orElseThrow().due();
    }
}
