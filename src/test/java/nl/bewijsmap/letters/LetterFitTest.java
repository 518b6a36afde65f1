package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.letters.LetterFit.Fit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whether a kind of letter fits the facts of the dossier, and the reason in the consumer's language. */
class LetterFitTest {

    private static Fit check(LetterKind kind, LetterDossier dossier) {
        return LetterFit.check(kind, Recipient.SELLER, dossier.snapshot(), ENGLISH);
    }

    @Test
    void aShopPurchaseCannotBeWithdrawnFrom() {
        LetterDossier shop = LetterDossier.be().shopPurchase().today("2026-06-01");

        Fit fit = check(LetterKind.WITHDRAWAL, shop);

        assertThat(fit.refused()).isTrue();
        assertThat(fit.reason()).contains("only possible for a purchase made at a distance");
        assertThat(LetterFit.unfit(LetterKind.WITHDRAWAL, Recipient.GESCHILLENCOMMISSIE, shop.snapshot(), DUTCH))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Herroepen kan alleen bij een aankoop "
                        + "op afstand"));
    }

    @Test
    void aWithdrawalAfterItsPeriodEndedIsRefusedAndSaysWhenItEnded() {
        // Delivered on Friday 29 May 2026: 14 days end on Friday 12 June.
        LetterDossier late = LetterDossier.nl();

        assertThat(LetterFit.unfit(LetterKind.WITHDRAWAL, Recipient.SELLER, late.snapshot(), DUTCH))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("De bedenktijd is op 12 juni 2026 "
                        + "afgelopen."));
        assertThat(check(LetterKind.WITHDRAWAL, late).reason()).startsWith("The withdrawal period ended on "
                + "12 June 2026.");
    }

    @Test
    void aWithdrawalWithinItsPeriodFits() {
        assertThat(check(LetterKind.WITHDRAWAL, LetterDossier.nl().today("2026-06-05")).fits()).isTrue();
        assertThat(check(LetterKind.WITHDRAWAL, LetterDossier.nl().delivered(null).discovered(null)
                .ordered("2026-11-18")).fits()).isTrue();
    }

    @Test
    void aLateDeliveryNoticeForADeliveredOrderIsRefused() {
        Fit fit = check(LetterKind.LATE_DELIVERY, LetterDossier.nl());

        assertThat(fit.refused()).isTrue();
        assertThat(fit.reason()).startsWith("The dossier says the order was delivered on 29 May 2026");
    }

    @Test
    void aLateDeliveryNoticeBeforeTheTermEndedIsAWarningNotARefusal() {
        // Ordered on 14 November 2026: 30 days end on Monday 14 December.
        LetterDossier early = LetterDossier.nl().ordered("2026-11-14").delivered(null).discovered(null);

        Fit fit = LetterFit.check(LetterKind.LATE_DELIVERY, Recipient.SELLER, early.snapshot(), DUTCH);

        assertThat(fit.refused()).isFalse();
        assertThat(fit.warns()).isTrue();
        assertThat(fit.reason()).startsWith("De levertermijn loopt pas op 14 december 2026 af.");
        assertThat(LetterFit.unfit(LetterKind.LATE_DELIVERY, Recipient.SELLER, early.snapshot(), DUTCH)).isEmpty();
    }

    @Test
    void aLateDeliveryNoticeAfterTheTermFits() {
        LetterDossier late = LetterDossier.nl().ordered("2026-09-01").delivered(null).discovered(null);

        assertThat(check(LetterKind.LATE_DELIVERY, late).fits()).isTrue();
    }

    @Test
    void aSecondNoticeOfDefaultIsAWarning() {
        LetterDossier sent = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-07", "")
                .event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-11-14", "");

        Fit fit = check(LetterKind.NOTICE_OF_DEFAULT, sent);

        assertThat(fit.warns()).isTrue();
        assertThat(fit.reason()).startsWith("You already sent a notice of default on 14 November 2026.");
        assertThat(check(LetterKind.NOTICE_OF_DEFAULT, LetterDossier.washingMachine()
                .event(EventKind.COMPLAINT_SENT, "2026-11-07", "")).fits()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LetterKind.class, names = {"COMPLAINT", "COVER_LETTER"})
    void aComplaintAndACoverLetterAlwaysFit(LetterKind kind) {
        for (Recipient recipient : Recipient.values()) {
            assertThat(LetterFit.check(kind, recipient, LetterDossier.unknown().snapshot(), DUTCH).fits()).isTrue();
        }
    }
}
