package nl.bewijsmap.store.vault;

/** What a re-check of a stored file found. */
public enum VerifyResult {
    /** The file is there and its content still has the hash it was stored under. */
    OK,
    /** No file is stored under the hash. */
    MISSING,
    /** The file is there but its content no longer matches its hash: it was changed or damaged. */
    CHANGED
}
