package nl.bewijsmap.intake;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * Passes bytes on until a limit, so a small attachment that decodes to a huge one stops early, and stops
 * when the thread is interrupted. Does not close the stream it writes to: that belongs to the caller.
 */
final class LimitedOutput extends OutputStream {

    private final OutputStream out;
    private final long max;
    private long written;

    LimitedOutput(OutputStream out, long max) {
        this.out = out;
        this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
        check(1);
        try {
            out.write(b);
        } catch (IOException e) {
            throw notSaved(e);
        }
        written++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        check(len);
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw notSaved(e);
        }
        written += len;
    }

    private void check(int more) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("taking the attachment out was stopped");
        }
        if (written + more > max) {
            throw new ExtractionException("The attachment is larger than " + describe(max)
                    + ", too large to take out of the email.");
        }
    }

    private static String describe(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb ? bytes / mb + " MB" : bytes + " bytes";
    }

    /** Where the bytes go failed (a full disk), not the email: say so rather than blame the email. */
    private static IOException notSaved(IOException e) {
        return e instanceof InterruptedIOException ? e
                : new ExtractionException("The attachment could not be saved: " + e.getMessage(), e);
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw notSaved(e);
        }
    }
}
