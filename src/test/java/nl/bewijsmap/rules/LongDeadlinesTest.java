package nl.bewijsmap.rules;

import static nl.bewijsmap.rules.ConsumerDeadlinesTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The long periods after delivery and notice: presumption, guarantee, limitation. */
class LongDeadlinesTest {

    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");

    @ParameterizedTest(name = "{0}: ordered {1}, delivered {2}, presumed until {3}")
    @CsvSource(textBlock = """
            # NL: 1 year for purchases from 1 January 2022
            NL, 2025-03-01, 2025-03-03, 2026-03-03
            # NL: bought in December 2021: the old 6 months
            NL, 2021-12-20, 2022-01-05, 2022-07-05
            NL, 2021-12-31, 2022-08-31, 2023-02-28
            # a year from 29 February ends on 28 February
            NL, 2024-02-20, 2024-02-29, 2025-02-28
            # BE: 2 years for purchases from 1 June 2022; before that 6 months
            BE, 2024-02-20, 2024-02-29, 2026-02-28
            BE, 2022-06-01, 2022-06-02, 2024-06-02
            BE, 2022-05-31, 2022-06-02, 2022-12-02
            # an end on King's Day Monday 27 April 2026 is not moved
            NL, 2025-04-20, 2025-04-27, 2026-04-27
            # without an order date the delivery date decides: 2021-11-10 gets the old 6 months
            NL, , 2021-11-10, 2022-05-10
            """)
    void theDefectIsPresumedPresentAtDeliveryForAPeriod(Country country, String ordered, String delivered,
            LocalDate end) {
        TestDossier dossier = TestDossier.of(country.name()).delivered(delivered);
        if (ordered != null) {
            dossier.ordered(ordered);
        }

        var presumption = deadline(DeadlineRule.PRESUMPTION_END, dossier.build(), EARLY).orElseThrow();

        assertThat(presumption.due()).isEqualTo(end);
        assertThat(presumption.moved()).isFalse();
    }

    @ParameterizedTest(name = "discovered {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # NL, delivered 3 March 2025, presumed until 3 March 2026
            2026-03-03, 2026-05-01, MET
            2025-06-01, 2025-06-02, MET
            2026-03-04, 2026-05-01, PASSED
            , 2026-03-03, OPEN
            , 2026-03-04, PASSED
            """)
    void thePresumptionHelpsWhenTheDefectShowedUpInTime(String discovered, LocalDate today,
            DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().ordered("2025-03-01").delivered("2025-03-03");
        if (discovered != null) {
            dossier.discovered(discovered);
        }

        assertThat(deadline(DeadlineRule.PRESUMPTION_END, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @ParameterizedTest(name = "BE: delivered {0}, guarantee until {1}")
    @CsvSource(textBlock = """
            BE, 2026-03-05, 2028-03-05
            BE, 2024-02-29, 2026-02-28
            # Christmas Friday 25 December 2026: not moved
            BE, 2024-12-25, 2026-12-25
            """)
    void theBelgianGuaranteeRunsTwoYearsFromDelivery(Country country, LocalDate delivered, LocalDate end) {
        var contents = TestDossier.of(country.name()).delivered(delivered.toString()).build();

        assertThat(deadline(DeadlineRule.GUARANTEE_END, contents, EARLY).orElseThrow().due()).isEqualTo(end);
    }

    @ParameterizedTest(name = "discovered {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # BE, delivered 5 March 2026, guarantee until 5 March 2028
            2028-03-05, 2028-04-01, MET
            2028-03-06, 2028-04-01, PASSED
            , 2028-03-05, OPEN
            , 2028-03-06, PASSED
            """)
    void theGuaranteeCoversADefectThatShowedUpInTime(String discovered, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.be().delivered("2026-03-05");
        if (discovered != null) {
            dossier.discovered(discovered);
        }

        assertThat(deadline(DeadlineRule.GUARANTEE_END, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @Test
    void theDutchGuaranteeHasNoDate() {
        // Art. 7:17 BW: as long as the product can reasonably be expected to last.
        assertThat(deadline(DeadlineRule.GUARANTEE_END, TestDossier.nl().delivered("2026-03-05").build(), EARLY))
                .isEmpty();
    }

    @Test
    void dutchLimitationRunsTwoYearsFromTheFirstNotice() {
        // discovered 10 January 2026, first told the seller by phone on 12 January: 12 January 2028
        var contents = TestDossier.nl().discovered("2026-01-10").call("2026-01-12", "Will send a technician")
                .event(EventKind.COMPLAINT_SENT, "2026-01-20").build();

        var limitation = deadline(DeadlineRule.CLAIM_LIMITATION, contents, EARLY).orElseThrow();

        assertThat(limitation.due()).isEqualTo("2028-01-12");
        assertThat(limitation.countsFrom()).isEqualTo("2026-01-12");
    }

    @ParameterizedTest(name = "NL: notice {0}, claim runs out {1}")
    @CsvSource(textBlock = """
            # 29 February 2024 + 2 years = 28 February 2026 (a Saturday, not moved)
            2024-02-29, 2026-02-28
            # 27 April 2024 + 2 years = Monday 27 April 2026, King's Day, not moved (Atw art. 4)
            2024-04-27, 2026-04-27
            """)
    void dutchLimitationIsNeverMoved(String notice, LocalDate due) {
        var contents = TestDossier.nl().event(EventKind.COMPLAINT_SENT, notice).build();

        assertThat(deadline(DeadlineRule.CLAIM_LIMITATION, contents, EARLY).orElseThrow().due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "BE: delivered {0}, discovered {1}, claim runs out {2}")
    @CsvSource(textBlock = """
            # one year after discovery (10 June 2027) is later than the guarantee (15 January 2027)
            2025-01-15, 2026-06-10, 2027-06-10
            # one year after discovery (1 March 2026) would end before the guarantee: 15 January 2027
            2025-01-15, 2025-03-01, 2027-01-15
            # without a delivery date only the year after discovery is known
            , 2025-03-01, 2026-03-01
            """)
    void belgianLimitationIsAYearAfterDiscoveryButNotBeforeTheGuaranteeEnds(String delivered, String discovered,
            LocalDate due) {
        TestDossier dossier = TestDossier.be().discovered(discovered);
        if (delivered != null) {
            dossier.delivered(delivered);
        }

        assertThat(deadline(DeadlineRule.CLAIM_LIMITATION, dossier.build(), EARLY).orElseThrow().due())
                .isEqualTo(due);
    }

    @ParameterizedTest(name = "filed {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # NL, complaint 2 March 2026: runs out 2 March 2028
            , 2028-03-02, OPEN
            , 2028-03-03, PASSED
            2027-05-01, 2027-05-02, MET
            2028-03-03, 2028-03-04, PASSED
            """)
    void limitationIsMetByFilingTheDispute(String filed, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (filed != null) {
            dossier.event(EventKind.DISPUTE_FILED, filed);
        }

        assertThat(deadline(DeadlineRule.CLAIM_LIMITATION, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @Test
    void withoutANoticeTheDutchLimitationHasNoStart() {
        assertThat(deadline(DeadlineRule.CLAIM_LIMITATION, TestDossier.nl().discovered("2026-01-10").build(), EARLY))
                .isEmpty();
    }
}
