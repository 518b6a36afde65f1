package nl.bewijsmap.store.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns whatever extension a file came with into one that is safe to use in the vault, or none. */
final class Extensions {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9]{1,10}");

    private Extensions() {
    }

    /** Lowercase letters and digits, 1 to 10 of them, without the dot; else the empty string. */
    static String sanitise(String extension) {
        if (extension == null) {
            return "";
        }
        String candidate = extension.strip().toLowerCase(Locale.ROOT);
        if (candidate.startsWith(".")) {
            candidate = candidate.substring(1);
        }
        return SAFE.matcher(candidate).matches() ? candidate : "";
    }

    /** The sanitised extension of a file name; a leading dot alone (".profile") is not an extension. */
    static String of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : sanitise(text.substring(dot + 1));
    }
}
