package nl.bewijsmap.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the consumer notes about one phone call with the seller. The start is the date and time the call began as
 * the consumer gives it (source {@link TimestampSource#USER}); duration and follow-up date may be unknown (null),
 * text fields are never null.
 */
public record CallDetails(
        Timestamp startedAt,
        Duration duration,
        CallDirection direction,
        String agent,
        String department,
        String reference,
        String summary,
        String agreements,
        LocalDate followUp) {

    public CallDetails {
        Objects.requireNonNull(startedAt, "startedAt");
        direction = Objects.requireNonNullElse(direction, CallDirection.OUTGOING);
        if (duration != null && duration.isNegative()) {
            throw new IllegalArgumentException("A call cannot last less than nothing: " + duration);
        }
        agent = Text.clean(agent);
        department = Text.clean(department);
        reference = Text.clean(reference);
        summary = Text.clean(summary);
        agreements = Text.clean(agreements);
    }

    /** Whether the consumer wrote down what was agreed; a dispute body asks for it. */
    public boolean hasAgreements() {
        return !agreements.isEmpty();
    }
}
