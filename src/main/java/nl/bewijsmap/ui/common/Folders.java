package nl.bewijsmap.ui.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the user keeps documents, and file names that every system accepts; for the save dialogs. */
public final class Folders {

    /** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern XDG_DOCUMENTS = Pattern.compile("^XDG_DOCUMENTS_DIR=\"?([^\"]*)\"?\\s*$");
    private static final int LONGEST_NAME = 150;

    private Folders() {
    }

    /**
     * The user's documents folder: the one the Linux desktop names, else "Documents" (or the Dutch "Documenten")
     * in the home folder, else the home folder itself. Looks at the disk: call it on a worker thread.
     */
    public static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        Path named = xdgDocuments(home);
        if (named != null && Files.isDirectory(named)) {
            return named;
        }
        for (String name : List.of("Documents", "Documenten")) {
            Path folder = home.resolve(name);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return home;
    }

    private static Path xdgDocuments(Path home) {
        Path config = home.resolve(".config/user-dirs.dirs");
        if (!Files.isRegularFile(config)) {
            return null;
        }
        try {
            for (String line : Files.readAllLines(config)) {
                Matcher matcher = XDG_DOCUMENTS.matcher(line.strip());
                if (matcher.matches()) {
                    return Path.of(matcher.group(1).replace("$HOME", home.toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // the usual folders below will do
        }
        return null;
    }

    /** A file name made of the given text: unsafe characters become dashes, spaces are tidied, length is kept sane. */
    public static String safeName(String text) {
        String name = UNSAFE.matcher(text).replaceAll("-").replaceAll("\\s+", " ").strip();
        // A name may not end in a dot or a space on Windows, nor start with a dot (hidden elsewhere).
        name = name.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.length() > LONGEST_NAME) {
            name = name.substring(0, LONGEST_NAME).strip();
        }
        return name.isEmpty() ? "Bewijsmap" : name;
    }
}
