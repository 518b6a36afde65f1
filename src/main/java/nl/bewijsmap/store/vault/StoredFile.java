package nl.bewijsmap.store.vault;

import java.util.Objects;

/**
 * An evidence file as the vault holds it.
 *
 * @param sha256 the SHA-256 of the content, lowercase hex
 * @param size the size in bytes
 * @param relativePath the path inside the data directory, with '/' separators, e.g. {@code vault/ab/ab….jpg}
 * @param alreadyPresent true when the same content was stored before and this call stored nothing new
 */
public record StoredFile(String sha256, long size, String relativePath, boolean alreadyPresent) {

    public StoredFile {
        sha256 = Sha256.requireValid(sha256);
        Objects.requireNonNull(relativePath, "relativePath");
        if (size < 0) {
            throw new IllegalArgumentException("A file size cannot be negative: " + size);
        }
    }
}
