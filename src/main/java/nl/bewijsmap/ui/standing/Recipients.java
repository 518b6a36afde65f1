package nl.bewijsmap.ui.standing;

import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;

/** Who a package goes to first, as the steps tab, the letters and the export dialog all propose it. */
public final class Recipients {

    private Recipients() {
    }

    /** The recipient that fits the seller: its dispute body, or its quality mark's mediation; else the seller. */
    public static Recipient suggested(Seller seller, PhaseAdvice advice) {
        if (seller.keurmerk() == Keurmerk.WEBWINKELKEUR) {
            return advice.step() == NextStep.FILE_WITH_DIGIDISPUUT ? Recipient.DIGIDISPUUT : Recipient.KEURMERK;
        }
        if (seller.disputeBody() == DisputeBody.GESCHILLENCOMMISSIE
                || seller.keurmerk() == Keurmerk.THUISWINKEL_WAARBORG) {
            return Recipient.GESCHILLENCOMMISSIE;
        }
        if (seller.disputeBody() == DisputeBody.DIGIDISPUUT) {
            return Recipient.DIGIDISPUUT;
        }
        return seller.keurmerk() == Keurmerk.OTHER ? Recipient.KEURMERK : Recipient.SELLER;
    }
}
