package nl.bewijsmap.intake;

import java.io.IOException;

/** Taking an attachment out of an email failed; the message says why in plain words. */
final class ExtractionException extends IOException {

    private static final long serialVersionUID = 1L;

    ExtractionException(String message) {
        super(message);
    }

    ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
