package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadlines the consumer must meet: withdrawal and defect notice. */
class ConsumerDeadlinesTest {

    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");

    static Optional<Deadline> deadline(DeadlineRule rule, DossierContents contents, LocalDate today) {
        return Deadlines.standard().compute(rule, contents, today);
    }

    @ParameterizedTest(name = "{0}: delivered {1}, withdraw by {2}")
    @CsvSource(textBlock = """
            # country, delivered, due, end before the move (empty: not moved)
            # 5 March + 14 days = Thursday 19 March
            NL, 2026-03-05, 2026-03-19,
            # 1 March + 14 = Sunday 15 March, moved to Monday 16 March
            NL, 2026-03-01, 2026-03-16, 2026-03-15
            # 21 March + 14 = Saturday 4 April; Sunday, Easter Monday 6 April: Tuesday 7 April in both countries
            NL, 2026-03-21, 2026-04-07, 2026-04-04
            BE, 2026-03-21, 2026-04-07, 2026-04-04
            # 20 March + 14 = Good Friday 3 April: NL Tuesday 7 April, BE keeps Friday 3 April
            NL, 2026-03-20, 2026-04-07, 2026-04-03
            BE, 2026-03-20, 2026-04-03,
            # 13 April + 14 = King's Day Monday 27 April: NL Tuesday 28 April, BE 27 April
            NL, 2026-04-13, 2026-04-28, 2026-04-27
            BE, 2026-04-13, 2026-04-27,
            # 12 April 2025 + 14 = Saturday 26 April, King's Day 2025: Monday 28 April
            NL, 2025-04-12, 2025-04-28, 2025-04-26
            # 21 April + 14 = Tuesday 5 May: NL Wednesday 6 May, BE 5 May
            NL, 2026-04-21, 2026-05-06, 2026-05-05
            BE, 2026-04-21, 2026-05-05,
            # 30 April + 14 = Ascension Thursday 14 May 2026: NL past the decree Friday to Monday 18 May, BE Friday 15
            NL, 2026-04-30, 2026-05-18, 2026-05-14
            BE, 2026-04-30, 2026-05-15, 2026-05-14
            # 15 May 2025 + 14 = Ascension Thursday 29 May 2025: NL Monday 2 June, BE Friday 30 May
            NL, 2025-05-15, 2025-06-02, 2025-05-29
            BE, 2025-05-15, 2025-05-30, 2025-05-29
            # 11 December 2025 + 14 = Christmas Thursday: NL both Christmas days, Monday 29; BE Friday 26
            NL, 2025-12-11, 2025-12-29, 2025-12-25
            BE, 2025-12-11, 2025-12-26, 2025-12-25
            # 7 July + 14 = Tuesday 21 July: BE Wednesday 22 July, NL 21 July
            BE, 2026-07-07, 2026-07-22, 2026-07-21
            NL, 2026-07-07, 2026-07-21,
            # 28 October + 14 = Wednesday 11 November: BE Thursday 12 November, NL 11 November
            BE, 2026-10-28, 2026-11-12, 2026-11-11
            NL, 2026-10-28, 2026-11-11,
            # 15 February 2024 + 14 = leap day Thursday 29 February
            NL, 2024-02-15, 2024-02-29,
            """)
    void withdrawalRunsFourteenDaysFromTheDayAfterDelivery(Country country, LocalDate delivered, LocalDate due,
            LocalDate unmoved) {
        DossierContents contents = TestDossier.of(country.name()).distanceSale().delivered(delivered.toString())
                .build();

        Deadline withdrawal = deadline(DeadlineRule.WITHDRAWAL, contents, EARLY).orElseThrow();

        assertThat(withdrawal.due()).isEqualTo(due);
        assertThat(withdrawal.unrolledEnd()).isEqualTo(unmoved);
        assertThat(withdrawal.countsFrom()).isEqualTo(delivered);
    }

    @ParameterizedTest(name = "withdrawal sent {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # delivered Sunday 1 March 2026; 14 days end Sunday 15 March, moved to Monday 16 March
            , 2026-03-16, OPEN
            , 2026-03-17, PASSED
            2026-03-10, 2026-03-11, MET
            # sent on the Monday the end moved to: in time
            2026-03-16, 2026-04-30, MET
            # sent a day late
            2026-03-17, 2026-04-30, PASSED
            # sent before the order: another purchase, ignored
            2026-02-01, 2026-03-17, PASSED
            """)
    void withdrawalIsMetByANoticeSentInTime(String sent, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().distanceSale().ordered("2026-02-20").delivered("2026-03-01");
        if (sent != null) {
            dossier.event(EventKind.WITHDRAWAL_SENT, sent);
        }

        assertThat(deadline(DeadlineRule.WITHDRAWAL, dossier.build(), today).orElseThrow().status())
                .isEqualTo(status);
    }

    @Test
    void withdrawalNeedsADistanceSaleAndADeliveryDate() {
        assertThat(deadline(DeadlineRule.WITHDRAWAL, TestDossier.nl().delivered("2026-03-05").build(), EARLY))
                .isEmpty();
        assertThat(deadline(DeadlineRule.WITHDRAWAL, TestDossier.nl().distanceSale().ordered("2026-03-01").build(),
                EARLY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: discovered {1}, notify by {2}")
    @CsvSource(textBlock = """
            # 2 months after discovery, never moved: it is the period that is always in time
            NL, 2026-01-31, 2026-03-31
            # 31 December + 2 months: February has no 31st, so 28 February (a Saturday, not moved)
            NL, 2025-12-31, 2026-02-28
            # leap year: 29 February
            NL, 2023-12-31, 2024-02-29
            BE, 2023-12-31, 2024-02-29
            # 15 March + 2 months = Friday 15 May 2026, a decree holiday in NL: still not moved
            NL, 2026-03-15, 2026-05-15
            BE, 2026-03-15, 2026-05-15
            """)
    void defectNoticeIsDueTwoMonthsAfterDiscovery(Country country, LocalDate discovered, LocalDate due) {
        DossierContents contents = TestDossier.of(country.name()).discovered(discovered.toString()).build();

        Deadline notice = deadline(DeadlineRule.DEFECT_NOTICE, contents, EARLY).orElseThrow();

        assertThat(notice.due()).isEqualTo(due);
        assertThat(notice.moved()).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            # discovered 31 January 2026, due 31 March 2026
            NONE, , 2026-03-31, OPEN
            NONE, , 2026-04-01, PASSED
            COMPLAINT, 2026-03-31, 2026-04-01, MET
            COMPLAINT, 2026-04-01, 2026-04-02, PASSED
            # a call the consumer made is a notice too: the law asks no form
            CALL, 2026-02-10, 2026-02-11, MET
            # a call from the seller is no notice by the consumer
            INCOMING_CALL, 2026-02-10, 2026-04-01, PASSED
            INCOMING_CALL, 2026-02-10, 2026-03-31, OPEN
            # a letter or email to the seller kept as evidence
            LETTER, 2026-02-05, 2026-02-06, MET
            NOTICE_OF_DEFAULT, 2026-03-01, 2026-03-02, MET
            # a complaint before the discovery is about something else
            COMPLAINT, 2026-01-20, 2026-04-01, PASSED
            """)
    void defectNoticeIsMetByTheFirstNoticeAfterDiscovery(String how, String on, LocalDate today,
            DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().ordered("2026-01-02").discovered("2026-01-31");
        switch (how) {
            case "COMPLAINT" -> dossier.event(EventKind.COMPLAINT_SENT, on);
            case "NOTICE_OF_DEFAULT" -> dossier.event(EventKind.NOTICE_OF_DEFAULT_SENT, on);
            case "CALL" -> dossier.call(on, "They will call back");
            case "INCOMING_CALL" -> dossier.call(on, "They will call back", CallDirection.INCOMING);
            case "LETTER" -> dossier.evidence(EvidenceKind.CORRESPONDENCE_OUT, on);
            default -> { }
        }

        Deadline notice = deadline(DeadlineRule.DEFECT_NOTICE, dossier.build(), today).orElseThrow();

        assertThat(notice.status()).isEqualTo(status);
        if (status == DeadlineStatus.MET) {
            assertThat(notice.settledOn()).isEqualTo(on);
        }
    }

    @Test
    void onlyACallTheConsumerMadeStartsTheDutchClaimLimitation() {
        // Discovered 31 January 2026; the seller called on 5 February, the consumer called on 12 February:
        // 2 years from 12 February 2026 = 12 February 2028.
        var contents = TestDossier.nl().ordered("2026-01-02").discovered("2026-01-31")
                .call("2026-02-05", "They will send a form", CallDirection.INCOMING)
                .call("2026-02-12", "A technician comes").build();

        Deadline limitation = deadline(DeadlineRule.CLAIM_LIMITATION, contents, EARLY).orElseThrow();
        Deadline notice = deadline(DeadlineRule.DEFECT_NOTICE, contents, EARLY).orElseThrow();

        assertThat(limitation.countsFrom()).isEqualTo("2026-02-12");
        assertThat(limitation.due()).isEqualTo("2028-02-12");
        assertThat(notice.settledOn()).isEqualTo("2026-02-12");
    }
}
