package nl.bewijsmap.letters;

import static org.assertj.core.api.Assertions.assertThat;

import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The letter offered first: the one that fits where the dispute stands. */
class LetterChoiceTest {

    @ParameterizedTest
    @EnumSource(value = Recipient.class, names = "SELLER", mode = EnumSource.Mode.EXCLUDE)
    void aKeurmerkOrDisputeBodyGetsTheCoverLetter(Recipient recipient) {
        assertThat(LetterChoice.suggest(recipient, LetterDossier.washingMachine().snapshot()))
                .isEqualTo(LetterKind.COVER_LETTER);
    }

    @Test
    void beforeAnyWrittenComplaintTheSellerGetsTheComplaint() {
        assertThat(LetterChoice.suggest(Recipient.SELLER, LetterDossier.washingMachine().snapshot()))
                .isEqualTo(LetterKind.COMPLAINT);
    }

    @Test
    void afterAWrittenComplaintTheSellerGetsTheNoticeOfDefault() {
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-07", "");

        assertThat(LetterChoice.suggest(Recipient.SELLER, dossier.snapshot())).isEqualTo(LetterKind.NOTICE_OF_DEFAULT);
    }

    @Test
    void goodsOrderedLongAgoAndNeverDeliveredGetTheLateDeliveryNotice() {
        LetterDossier dossier = LetterDossier.nl().ordered("2026-09-01").delivered(null).discovered(null);

        assertThat(LetterChoice.suggest(Recipient.SELLER, dossier.snapshot())).isEqualTo(LetterKind.LATE_DELIVERY);
    }

    @Test
    void goodsOrderedLastWeekAreNotLateYet() {
        LetterDossier dossier = LetterDossier.nl().ordered("2026-11-14").delivered(null).discovered(null);

        assertThat(LetterChoice.suggest(Recipient.SELLER, dossier.snapshot())).isEqualTo(LetterKind.COMPLAINT);
    }

    @Test
    void afterANoticeOfDefaultTheSellerGetsTheCoverLetterNotASecondNotice() {
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-07", "")
                .event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-11-14", "");
        LetterDossier undelivered = LetterDossier.nl().ordered("2026-09-01").delivered(null).discovered(null)
                .event(EventKind.NOTICE_OF_DEFAULT_SENT, "2026-10-14", "");

        assertThat(LetterChoice.suggest(Recipient.SELLER, dossier.snapshot())).isEqualTo(LetterKind.COVER_LETTER);
        assertThat(LetterChoice.suggest(Recipient.SELLER, undelivered.snapshot())).isEqualTo(LetterKind.COVER_LETTER);
    }
}
