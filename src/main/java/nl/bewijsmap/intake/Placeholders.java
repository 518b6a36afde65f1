package nl.bewijsmap.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** Decides whether a date read from a file is a stand-in (a reset clock, a zero, the future) rather than a real moment. */
public final class Placeholders {

    /** Nothing we keep as evidence was made digitally before this; also catches 1970 and 1904 epoch zeros. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(1990, 1, 1, 0, 0);

    /**
     * Clock values some devices write when nobody set the time. January 1st at midnight (the usual reset
     * value, e.g. Sanyo 1998-01-01, many 2000/2001/2004 cameras) is handled by a rule below; these are the
     * odd ones: 2002-12-08 12:00:00 is a MediaTek phone default seen in EXIF DateTimeDigitized (Oppo R7 Plus).
     */
    private static final Set<LocalDateTime> DEVICE_DEFAULTS = Set.of(
            LocalDateTime.of(2002, 12, 8, 12, 0, 0));

    /** How far ahead of now a date may be before we call it impossible; covers any time zone difference. */
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private final Clock clock;

    public Placeholders(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when this reading should not be trusted as the moment the evidence was made. */
    public boolean isPlaceholder(Timestamp t) {
        LocalDateTime local = t.local();
        if (local.isBefore(EARLIEST) || DEVICE_DEFAULTS.contains(local)) {
            return true;
        }
        if (isCameraClock(t.source()) && t.precision() != Precision.DAY && local.getMonthValue() == 1
                && local.getDayOfMonth() == 1 && local.toLocalTime().toSecondOfDay() == 0) {
            return true;
        }
        return isInFuture(local, t.offset());
    }

    private boolean isInFuture(LocalDateTime local, ZoneOffset offset) {
        Instant limit = clock.instant().plus(FUTURE_SLACK);
        // Without an offset assume the most favourable zone (+14:00 makes the instant earliest).
        ZoneOffset assumed = offset != null ? offset : ZoneOffset.ofHours(14);
        return local.toInstant(assumed).isAfter(limit);
    }

    /** Sources written by a device's own clock, which resets to January 1st when its battery runs out. */
    private static boolean isCameraClock(TimestampSource source) {
        return switch (source) {
            case EXIF_ORIGINAL, EXIF_DIGITIZED, EXIF_DATETIME, XMP, QUICKTIME, QUICKTIME_APPLE -> true;
            default -> false;
        };
    }
}
