package nl.bewijsmap.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letter the letters tab proposes for a real dossier as the rules read it on Monday 16 March 2026. */
class LetterAdviceTest {

    @TempDir
    Path dataDir;

    private LettersFixture fixture;

    @BeforeEach
    void open() {
        fixture = new LettersFixture(dataDir);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private DossierSnapshot snapshot(long dossierId) {
        return fixture.services.correspondence().snapshot(dossierId);
    }

    @Test
    void withoutAWrittenComplaintTheComplaintIsProposed() {
        long id = fixture.dossier("Shop", false, LocalDate.of(2026, 1, 10), DesiredOutcome.REPAIR, Keurmerk.NONE,
                DisputeBody.NONE);
        assertThat(LetterAdvice.suggested(snapshot(id))).isEqualTo(LetterKind.COMPLAINT);
    }

    @Test
    void aComplaintSentWhoseTermPassedGetsTheNoticeOfDefault() {
        long id = fixture.dossier("Shop", false, LocalDate.of(2026, 1, 10), DesiredOutcome.REPAIR, Keurmerk.NONE,
                DisputeBody.NONE);
        fixture.record(id, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 1, 20));
        assertThat(LetterAdvice.suggested(snapshot(id))).isEqualTo(LetterKind.NOTICE_OF_DEFAULT);
    }

    @Test
    void aDistanceSaleStillWithinItsWithdrawalPeriodIsOfferedTheWithdrawal() {
        // Delivered on Thursday 12 March: the 14 days run to 26 March.
        long refund = fixture.dossier("Online, money back", true, LocalDate.of(2026, 3, 12), DesiredOutcome.REFUND,
                Keurmerk.NONE, DisputeBody.NONE);
        long unsaid = fixture.dossier("Online, nothing asked yet", true, LocalDate.of(2026, 3, 12), null,
                Keurmerk.NONE, DisputeBody.NONE);
        assertThat(LetterAdvice.suggested(snapshot(refund))).isEqualTo(LetterKind.WITHDRAWAL);
        assertThat(LetterAdvice.suggested(snapshot(unsaid))).isEqualTo(LetterKind.WITHDRAWAL);
    }

    @Test
    void noWithdrawalWhenThePeriodPassedTheConsumerWantsARepairOrAlreadyWithdrew() {
        long late = fixture.dossier("Online, too late", true, LocalDate.of(2026, 2, 2), DesiredOutcome.REFUND,
                Keurmerk.NONE, DisputeBody.NONE);
        long repair = fixture.dossier("Online, repair", true, LocalDate.of(2026, 3, 12), DesiredOutcome.REPAIR,
                Keurmerk.NONE, DisputeBody.NONE);
        long withdrawn = fixture.dossier("Online, withdrawn", true, LocalDate.of(2026, 3, 12), DesiredOutcome.REFUND,
                Keurmerk.NONE, DisputeBody.NONE);
        fixture.record(withdrawn, EventKind.WITHDRAWAL_SENT, LocalDate.of(2026, 3, 13));
        assertThat(LetterAdvice.suggested(snapshot(late))).isEqualTo(LetterKind.COMPLAINT);
        assertThat(LetterAdvice.suggested(snapshot(repair))).isEqualTo(LetterKind.COMPLAINT);
        assertThat(LetterAdvice.suggested(snapshot(withdrawn))).isNotEqualTo(LetterKind.WITHDRAWAL);
    }

    @Test
    void goodsThatNeverCameGetTheLateDeliveryNotice() {
        long id = fixture.undelivered(LocalDate.of(2026, 1, 5));
        assertThat(LetterAdvice.suggested(snapshot(id))).isEqualTo(LetterKind.LATE_DELIVERY);
    }

    @Test
    void turningToADisputeBodyGetsTheCoverLetterForThatBody() {
        long id = fixture.dossier("Geschillencommissie", false, LocalDate.of(2026, 1, 5), DesiredOutcome.REPAIR,
                Keurmerk.THUISWINKEL_WAARBORG, DisputeBody.GESCHILLENCOMMISSIE);
        // Complained on 2 February: the seller's four weeks have gone by, so the next step is to file.
        fixture.record(id, EventKind.COMPLAINT_SENT, LocalDate.of(2026, 2, 2));
        DossierSnapshot snapshot = snapshot(id);
        assertThat(LetterAdvice.suggested(snapshot)).isEqualTo(LetterKind.COVER_LETTER);
        assertThat(LetterAdvice.coverRecipient(snapshot)).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
    }

    @Test
    void aCoverLetterForASellerWithoutADisputeBodyGoesToDeGeschillencommissie() {
        long id = fixture.dossier("No body", false, LocalDate.of(2026, 1, 5), DesiredOutcome.REPAIR, Keurmerk.NONE,
                DisputeBody.NONE);
        assertThat(LetterAdvice.coverRecipient(snapshot(id))).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
        long webshop = fixture.dossier("WebwinkelKeur", true, LocalDate.of(2026, 1, 5), DesiredOutcome.REPAIR,
                Keurmerk.WEBWINKELKEUR, DisputeBody.DIGIDISPUUT);
        assertThat(LetterAdvice.coverRecipient(snapshot(webshop))).isEqualTo(Recipient.KEURMERK);
    }
}
