package nl.bewijsmap.store;

/** The dossier already holds a file with the same contents (the same SHA-256); nothing was added. */
public final class DuplicateEvidenceException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final long existingId;

    public DuplicateEvidenceException(long existingId) {
        super("This file is already in the dossier (evidence number " + existingId + ").");
        this.existingId = existingId;
    }

    /** The number of the evidence that already holds this file. */
    public long existingId() {
        return existingId;
    }
}
