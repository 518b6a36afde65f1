package nl.bewijsmap.store;

/** A failure to read or save the user's data, with a message in plain words that can be shown as is. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
