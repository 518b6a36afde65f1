package nl.bewijsmap.rules;

import static nl.bewijsmap.rules.ConsumerDeadlinesTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terms the seller has to answer the consumer's letters: the reply to a complaint and a notice of default. */
class SellerReplyDeadlinesTest {

    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");

    @ParameterizedTest(name = "complained {0} and {1}: reply by {2}")
    @CsvSource(textBlock = """
            # Monday 2 March + 14 = Monday 16 March
            2026-03-02, , 2026-03-16
            # two complaints: the first counts
            2026-03-10, 2026-03-02, 2026-03-16
            # Sunday 1 March + 14 = Sunday 15 March: a usual term, not moved
            2026-03-01, , 2026-03-15
            # a complaint before the order is ignored; the one after counts
            2026-02-01, 2026-03-02, 2026-03-16
            """)
    void theSellerHasFourteenDaysToReply(String complaint, String other, LocalDate due) {
        TestDossier dossier = TestDossier.nl().ordered("2026-02-15").event(EventKind.COMPLAINT_SENT, complaint);
        if (other != null) {
            dossier.event(EventKind.COMPLAINT_SENT, other);
        }

        Deadline reply = deadline(DeadlineRule.SELLER_REPLY, dossier.build(), EARLY).orElseThrow();

        assertThat(reply.due()).isEqualTo(due);
        assertThat(reply.moved()).isFalse();
    }

    @ParameterizedTest(name = "{0} on {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            # complaint 2 March 2026, reply due 16 March
            , , 2026-03-16, OPEN
            , , 2026-03-17, PASSED
            SELLER_REPLY, 2026-03-05, 2026-03-06, MET
            SELLER_REFUSED, 2026-03-05, 2026-03-06, MET
            SELLER_REPLY, 2026-03-20, 2026-03-21, MET
            # acting on the complaint answers it too
            REPAIR, 2026-03-09, 2026-03-17, MET
            REFUND_RECEIVED, 2026-03-10, 2026-03-17, MET
            # a reply before the complaint answers something else
            SELLER_REPLY, 2026-03-01, 2026-03-17, PASSED
            """)
    void aReplyOrARefusalMeetsTheReplyTerm(EventKind kind, String on, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (kind != null) {
            dossier.event(kind, on);
        }

        Deadline reply = deadline(DeadlineRule.SELLER_REPLY, dossier.build(), today).orElseThrow();

        assertThat(reply.status()).isEqualTo(status);
        if (status == DeadlineStatus.MET) {
            assertThat(reply.settledOn()).isEqualTo(on);
        }
    }

    @ParameterizedTest(name = "letter from the seller dated {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # complaint 2 March 2026, reply due 16 March; the seller's email is kept as evidence
            2026-03-05, 2026-03-17, MET
            2026-03-02, 2026-03-17, MET
            # late, but it came: nothing left to watch
            2026-03-20, 2026-03-21, MET
            # an email before the complaint answers something else
            2026-03-01, 2026-03-17, PASSED
            # an undated one cannot be placed after the complaint
            , 2026-03-17, PASSED
            """)
    void aLetterOrEmailFromTheSellerKeptAsEvidenceIsAReply(String dated, LocalDate today, DeadlineStatus status) {
        var contents = TestDossier.nl().event(EventKind.COMPLAINT_SENT, "2026-03-02")
                .evidence(EvidenceKind.CORRESPONDENCE_IN, dated).build();

        Deadline reply = deadline(DeadlineRule.SELLER_REPLY, contents, today).orElseThrow();

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.settledOn()).isEqualTo(status == DeadlineStatus.MET ? LocalDate.parse(dated) : null);
    }

    @ParameterizedTest(name = "letter dated {0}, complaint event {1}: reply by {2}")
    @CsvSource(textBlock = """
            # the complaint kept only as an email to the seller, Monday 2 March 2026: reply by 16 March
            2026-03-02, , 2026-03-16
            # the first letter after the discovery (10 February) counts
            2026-03-02 2026-03-09, , 2026-03-16
            # a letter before the discovery was about something else: the next one counts
            2026-02-01 2026-03-09, , 2026-03-23
            # a recorded complaint wins over a letter
            2026-03-02, 2026-03-09, 2026-03-23
            """)
    void aComplaintKeptAsALetterToTheSellerStartsTheReplyTerm(String letters, String event, LocalDate due) {
        TestDossier dossier = TestDossier.nl().ordered("2026-01-15").discovered("2026-02-10");
        for (String letter : letters.split(" ")) {
            dossier.evidence(EvidenceKind.CORRESPONDENCE_OUT, letter);
        }
        if (event != null) {
            dossier.event(EventKind.COMPLAINT_SENT, event);
        }

        Deadline reply = deadline(DeadlineRule.SELLER_REPLY, dossier.build(), EARLY).orElseThrow();

        assertThat(reply.due()).isEqualTo(due);
        assertThat(reply.countsFrom()).isEqualTo(due.minusDays(14));
    }

    @Test
    void anUndatedLetterToTheSellerStartsNoReplyTerm() {
        var contents = TestDossier.nl().ordered("2026-01-15").evidence(EvidenceKind.CORRESPONDENCE_OUT, null).build();

        assertThat(deadline(DeadlineRule.SELLER_REPLY, contents, EARLY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} on {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            # notice of default Monday 2 March 2026: final term ends Monday 16 March
            , , 2026-03-16, OPEN
            , , 2026-03-17, PASSED
            REPAIR, 2026-03-10, 2026-03-11, MET
            REFUND_RECEIVED, 2026-03-12, 2026-03-13, MET
            SELLER_REPLY, 2026-03-20, 2026-03-21, MET
            # a letter or email from the seller kept as evidence is a reply
            CORRESPONDENCE_IN, 2026-03-06, 2026-03-17, MET
            CORRESPONDENCE_IN, 2026-02-27, 2026-03-17, PASSED
            # a refusal does not meet the final term
            SELLER_REFUSED, 2026-03-05, 2026-03-17, PASSED
            # a repair before the notice was not the answer to it
            REPAIR, 2026-02-20, 2026-03-17, PASSED
            """)
    void theNoticeOfDefaultTermIsMetByAReplyRepairOrRefund(String kind, String on, LocalDate today,
            DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-03-02");
        if ("CORRESPONDENCE_IN".equals(kind)) {
            dossier.evidence(EvidenceKind.CORRESPONDENCE_IN, on);
        } else if (kind != null) {
            dossier.event(EventKind.valueOf(kind), on);
        }

        Deadline notice = deadline(DeadlineRule.NOTICE_OF_DEFAULT, dossier.build(), today).orElseThrow();

        assertThat(notice.due()).isEqualTo("2026-03-16");
        assertThat(notice.status()).isEqualTo(status);
    }

    @Test
    void theNoticeOfDefaultTermIsNotMoved() {
        // Sunday 1 March + 14 = Sunday 15 March: the term the letter set, not a statutory period
        var contents = TestDossier.be().event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-03-01").build();

        assertThat(deadline(DeadlineRule.NOTICE_OF_DEFAULT, contents, EARLY).orElseThrow().due())
                .isEqualTo("2026-03-15");
    }
}
