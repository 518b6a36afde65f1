package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.PhaseAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The next step once the seller answered or acted: a reply, a refusal, a repair or a refund, before or after the
 * complaint and the notice of default. A problem that may be solved is checked before any further step.
 */
class PhaseGuideAnswersTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final PhaseGuide guide = PhaseGuide.standard();

    @Test
    void aRefundAfterTheNoticeOfDefaultIsCheckedNotTakenToCourt() {
        // The review's case: complaint Friday 11 September 2026, refusal 15 September, notice of default
        // 20 September (final term until 4 October), refund received 25 September; on 1 October.
        var contents = TestDossier.nl().disputeBody(DisputeBody.NONE).event(EventKind.COMPLAINT_SENT, "2026-09-11")
                .event(EventKind.SELLER_REFUSED, "2026-09-15").event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-09-20")
                .event(EventKind.REFUND_RECEIVED, "2026-09-25").build();

        PhaseAdvice advice = guide.advise(contents, day("2026-10-01"));

        assertThat(advice.step()).isEqualTo(NextStep.CHECK_SOLUTION);
        assertThat(GuideTexts.step(advice, Locale.ENGLISH)).doesNotContain("kantonrechter")
                .contains("close the dossier");
        assertThat(GuideTexts.step(advice, DUTCH)).doesNotContain("kantonrechter").contains("dossier afsluiten");
    }

    @ParameterizedTest(name = "{0} on {1}, then {2} on {3}, today {4}: {5}")
    @CsvSource(textBlock = """
            # no dispute body, complaint 2 March 2026, notice of default Friday 20 March: its term ends 3 April
            # a reply alone solves nothing: wait for the end of the term, then the court
            SELLER_REPLY, 2026-03-25, , , 2026-03-26, WAIT_FOR_NOTICE_TERM
            SELLER_REPLY, 2026-03-25, , , 2026-04-04, GO_TO_KANTONRECHTER
            CORRESPONDENCE_IN, 2026-03-25, , , 2026-03-26, WAIT_FOR_NOTICE_TERM
            CORRESPONDENCE_IN, 2026-03-25, , , 2026-04-04, GO_TO_KANTONRECHTER
            # a refusal after the notice: no need to wait for the end of the term (art. 6:83 sub c BW)
            SELLER_REFUSED, 2026-03-25, , , 2026-03-26, GO_TO_KANTONRECHTER
            # a refusal recorded for a day still to come does not count yet
            SELLER_REFUSED, 2026-03-30, , , 2026-03-26, WAIT_FOR_NOTICE_TERM
            # a repair or a refund: first see whether it solved the problem, during the term or after it
            REPAIR, 2026-03-25, , , 2026-03-26, CHECK_SOLUTION
            REPAIR, 2026-03-25, , , 2026-04-20, CHECK_SOLUTION
            REFUND_RECEIVED, 2026-04-10, , , 2026-04-11, CHECK_SOLUTION
            # the repair was before the notice: the notice says it did not solve it
            REPAIR, 2026-03-10, , , 2026-04-04, GO_TO_KANTONRECHTER
            # a repair planned for a day still to come has not solved anything yet
            REPAIR, 2026-04-10, , , 2026-03-26, WAIT_FOR_NOTICE_TERM
            REPAIR, 2026-04-10, , , 2026-04-10, CHECK_SOLUTION
            # the consumer wrote again after the repair: it did not solve the problem
            REPAIR, 2026-03-25, COMPLAINT_SENT, 2026-03-27, 2026-04-03, WAIT_FOR_NOTICE_TERM
            REPAIR, 2026-03-25, COMPLAINT_SENT, 2026-03-27, 2026-04-04, GO_TO_KANTONRECHTER
            # a repair after such a letter is checked again
            COMPLAINT_SENT, 2026-03-27, REPAIR, 2026-03-30, 2026-04-04, CHECK_SOLUTION
            """)
    void afterANoticeOfDefaultOnlyAnUnsolvedProblemGoesToCourt(String what, String on, EventKind then,
            String thenOn, LocalDate today, NextStep step) {
        TestDossier dossier = TestDossier.nl().disputeBody(DisputeBody.NONE)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02").event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-03-20");
        if (what.equals("CORRESPONDENCE_IN")) {
            dossier.evidence(EvidenceKind.CORRESPONDENCE_IN, on);
        } else {
            dossier.event(EventKind.valueOf(what), on);
        }
        if (then != null) {
            dossier.event(then, thenOn);
        }

        assertThat(guide.advise(dossier.build(), today).step()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0}, {1} on {2}: {3}")
    @CsvSource(textBlock = """
            # complaint 2 March 2026 (the seller's reply term ends 16 March); today 1 April 2026
            THUISWINKEL_WAARBORG, REFUND_RECEIVED, 2026-03-10, CHECK_SOLUTION
            WEBWINKELKEUR, REPAIR, 2026-03-05, CHECK_SOLUTION
            NONE, REPAIR, 2026-03-05, CHECK_SOLUTION
            # a repair before the complaint: the complaint says it did not solve the problem
            NONE, REPAIR, 2026-03-01, SEND_NOTICE_OF_DEFAULT
            THUISWINKEL_WAARBORG, REPAIR, 2026-03-01, FILE_WITH_GESCHILLENCOMMISSIE
            """)
    void aRepairOrRefundAfterTheComplaintIsCheckedFirstOnEveryRoute(Keurmerk keurmerk, EventKind kind, String on,
            NextStep step) {
        var contents = TestDossier.nl().ordered("2026-02-01").discovered("2026-02-20").keurmerk(keurmerk)
                .disputeBody(DisputeBody.NONE).event(EventKind.COMPLAINT_SENT, "2026-03-02").event(kind, on).build();

        assertThat(guide.advise(contents, day("2026-04-01")).step()).isEqualTo(step);
    }

    @Test
    void aRepairOrRefundBeforeAnyComplaintIsCheckedFirstToo() {
        // Discovered 20 February; the consumer called, the seller repaired on 1 March.
        TestDossier repaired = TestDossier.nl().ordered("2026-02-01").discovered("2026-02-20")
                .call("2026-02-22", "They come to repair it").event(EventKind.REPAIR, "2026-03-01");
        // A withdrawal, and the money came back.
        TestDossier refunded = TestDossier.nl().distanceSale().ordered("2026-02-01").delivered("2026-02-03")
                .event(EventKind.WITHDRAWAL_SENT, "2026-02-05").event(EventKind.REFUND_RECEIVED, "2026-02-12");
        // A repair long before this defect was found was about something else.
        TestDossier earlier = TestDossier.nl().ordered("2025-02-01").discovered("2026-02-20")
                .event(EventKind.REPAIR, "2025-06-01");

        assertThat(guide.advise(repaired.build(), day("2026-03-02")).step()).isEqualTo(NextStep.CHECK_SOLUTION);
        assertThat(guide.advise(refunded.build(), day("2026-03-02")).step()).isEqualTo(NextStep.CHECK_SOLUTION);
        assertThat(guide.advise(earlier.build(), day("2026-03-02")).step()).isEqualTo(NextStep.COMPLAIN_IN_WRITING);
    }

    @Test
    void aRefundWhileTheDisputeBodyHasTheCaseStillAwaitsItsDecision() {
        var contents = TestDossier.nl().keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02").event(EventKind.DISPUTE_FILED, "2026-04-01")
                .event(EventKind.REFUND_RECEIVED, "2026-04-10").build();

        assertThat(guide.advise(contents, day("2026-04-11")).step()).isEqualTo(NextStep.AWAIT_DECISION);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
