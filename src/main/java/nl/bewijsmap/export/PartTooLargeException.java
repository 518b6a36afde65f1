package nl.bewijsmap.export;

import java.io.IOException;
import java.util.Locale;

/**
 * A part of the package stayed over the size limit however it was planned (a page that even drawn as a picture is
 * too big, or an exhibit that cannot be cut). Nothing was written: no part is ever published over the limit.
 */
public final class PartTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int part;
    private final long bytes;
    private final long limit;

    public PartTooLargeException(int part, long bytes, long limit) {
        super("part " + part + " of the package would be " + megabytes(bytes) + " MB, over the limit of "
                + megabytes(limit) + " MB, and cannot be made smaller; nothing was written. Try a larger limit.");
        this.part = part;
        this.bytes = bytes;
        this.limit = limit;
    }

    public int part() {
        return part;
    }

    public long bytes() {
        return bytes;
    }

    public long limit() {
        return limit;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
