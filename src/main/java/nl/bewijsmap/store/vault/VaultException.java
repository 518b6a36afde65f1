package nl.bewijsmap.store.vault;

import nl.bewijsmap.store.StoreException;

/** A failure to store or read an evidence file, with a message in plain words. */
public class VaultException extends StoreException {

    private static final long serialVersionUID = 1L;

    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
