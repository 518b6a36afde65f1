package nl.bewijsmap.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A moment as the evidence shows it: the local date-time, its UTC offset when known, where it was
 * read from and how precise it is. Local times are never converted to another zone.
 */
public record Timestamp(LocalDateTime local, ZoneOffset offset, TimestampSource source, Precision precision) {

    public Timestamp {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(precision, "precision");
        local = switch (precision) {
            case DAY -> local.truncatedTo(ChronoUnit.DAYS);
            case MINUTE -> local.truncatedTo(ChronoUnit.MINUTES);
            case SECOND -> local.truncatedTo(ChronoUnit.SECONDS);
        };
    }

    /** The current moment on the given clock, recorded by the app itself. */
    public static Timestamp now(Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Timestamp(now.toLocalDateTime(), now.getOffset(), TimestampSource.SYSTEM_CLOCK, Precision.SECOND);
    }

    public boolean hasOffset() {
        return offset != null;
    }
}
