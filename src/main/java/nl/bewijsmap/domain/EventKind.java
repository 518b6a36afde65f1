package nl.bewijsmap.domain;

import java.util.Locale;
import java.util.Optional;

/** Something that happened in a dispute without a document of its own, or a free note. */
public enum EventKind {
    NOTE,
    COMPLAINT_SENT,
    NOTICE_OF_DEFAULT_SENT,
    WITHDRAWAL_SENT,
    SELLER_REPLY,
    SELLER_REFUSED,
    REPAIR,
    RETURN_SHIPPED,
    REFUND_RECEIVED,
    VISIT,
    MEDIATION_STARTED,
    DISPUTE_FILED,
    OTHER;

    /** The command-line spelling: lower case with dashes, e.g. {@code complaint-sent}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The phase a dispute has at least reached once this happened, if it marks one. */
    public Optional<Phase> phaseReached() {
        return switch (this) {
            case COMPLAINT_SENT -> Optional.of(Phase.WRITTEN_COMPLAINT);
            case NOTICE_OF_DEFAULT_SENT -> Optional.of(Phase.NOTICE_OF_DEFAULT);
            case MEDIATION_STARTED -> Optional.of(Phase.MEDIATION);
            case DISPUTE_FILED -> Optional.of(Phase.DISPUTE_BODY);
            default -> Optional.empty();
        };
    }
}
