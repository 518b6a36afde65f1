package nl.bewijsmap.store.vault;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** SHA-256 helpers: a fresh digest, hex text, and the check that keeps hash strings out of path tricks. */
final class Sha256 {

    static final int BUFFER_SIZE = 128 * 1024;
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256, so this is a broken installation.
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static boolean isValid(String hash) {
        return hash != null && HEX_64.matcher(hash).matches();
    }

    /** The hash in lowercase; refuses anything but 64 hex digits, since it becomes part of a file path. */
    static String requireValid(String hash) {
        if (!isValid(hash)) {
            throw new IllegalArgumentException("Not a SHA-256 hash (64 hexadecimal digits): " + hash);
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    /** Hashes a stream to its end without keeping more than one buffer in memory. */
    static String of(InputStream in) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[BUFFER_SIZE];
        int read;
        while ((read = in.read(buffer)) != -1) {
            digest.update(buffer, 0, read);
        }
        return hex(digest.digest());
    }
}
