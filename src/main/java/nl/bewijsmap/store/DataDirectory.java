package nl.bewijsmap.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds and prepares the folder that holds the user's database, evidence files and log. */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "BEWIJSMAP_DATA_DIR";

    // No static logger: the launcher resolves the directory before logging is set up, since the log file
    // lives in it. A static field would start logging too early, writing to the temp folder instead.
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private DataDirectory() {
    }

    /**
     * The data directory: an explicit {@code --data-dir} value first, then {@value #ENV_VARIABLE}, then the
     * operating system's convention. Takes its inputs as arguments so every branch can be tested anywhere.
     *
     * @param explicitOrNull the {@code --data-dir} value, or null
     * @param env the environment variables
     * @param osName the value of the {@code os.name} property
     * @param userHome the user's home folder
     */
    public static Path resolve(String explicitOrNull, Map<String, String> env, String osName, Path userHome) {
        if (!isBlank(explicitOrNull)) {
            return toPath(explicitOrNull, userHome, "--data-dir");
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (!isBlank(fromEnv)) {
            return toPath(fromEnv, userHome, ENV_VARIABLE);
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isBlank(appData) ? userHome.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Bewijsmap");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Bewijsmap");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (!isBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("bewijsmap");
        }
        return userHome.resolve(".local").resolve("share").resolve("bewijsmap");
    }

    /**
     * Creates the directory (and its parents) if needed and returns its absolute path. A directory we
     * create gets owner-only permissions where the file system has POSIX permissions; an existing one
     * is left as the user set it up.
     *
     * @throws StoreException in plain words when the path is a file or cannot be created or written
     */
    public static Path prepare(Path dir) {
        Path absolute = dir.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new StoreException("The data folder " + absolute
                    + " is a file, not a folder. Choose another place for your data.");
        }
        try {
            if (!Files.isDirectory(absolute)) {
                create(absolute);
            }
        } catch (IOException e) {
            throw new StoreException("Could not create the data folder " + absolute + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new StoreException("The data folder " + absolute + " cannot be written to. Choose another place.");
        }
        return absolute;
    }

    /**
     * Evidence is personal data, so other users on the machine must not read it. The folder is created
     * with its permissions in one step, leaving no moment in which it is open to others.
     */
    private static void create(Path dir) throws IOException {
        // An absolute path that does not exist yet is never a root, so it has a parent.
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        boolean posix = Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class);
        try {
            if (posix) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                // Windows: a folder under %APPDATA% is already private to the user.
                Files.createDirectory(dir);
            }
            Logger log = LoggerFactory.getLogger(DataDirectory.class);
            log.info("Created data directory {}", dir);
        } catch (FileAlreadyExistsException e) {
            // Another start of the app created it a moment ago; fine if it is a folder.
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
    }

    private static Path toPath(String value, Path userHome, String source) {
        String text = value.strip();
        try {
            // "--data-dir=~/x" reaches us unexpanded because the shell only expands a separate word.
            if (text.equals("~")) {
                return userHome;
            }
            if (text.startsWith("~/") || text.startsWith("~\\")) {
                return userHome.resolve(text.substring(2));
            }
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("The data folder given by " + source + " is not a valid path: " + value, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
