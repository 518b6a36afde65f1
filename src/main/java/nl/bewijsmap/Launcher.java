package nl.bewijsmap;

import java.nio.file.Path;
import java.util.List;
import nl.bewijsmap.cli.Cli;
import nl.bewijsmap.store.DataDirectory;

/**
 * Entry point of the jar. With a command it runs headless and never loads JavaFX; without one it
 * opens the window. It does not extend {@code Application} so that the JavaFX runtime on the class
 * path is enough.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        configureLogging(args);
        int exitCode = Cli.execute(args, Launcher::openWindow);
        if (exitCode != Cli.OPENED_WINDOW) {
            System.exit(exitCode);
        }
    }

    /** Kept apart so that JavaFX classes load only when the window is wanted. */
    private static void openWindow(Path dataDir) {
        BewijsmapApp.launchWith(dataDir);
    }

    /** The log file lives in the data directory, which must be known before the first logger. */
    private static void configureLogging(String[] args) {
        String explicit = null;
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.equals("--data-dir") && i + 1 < list.size()) {
                explicit = list.get(i + 1);
            } else if (arg.startsWith("--data-dir=")) {
                explicit = arg.substring("--data-dir=".length());
            }
        }
        try {
            Path dir = DataDirectory.resolve(explicit, System.getenv(), System.getProperty("os.name"),
                    Path.of(System.getProperty("user.home")));
            // Created owner-only now: the logger would otherwise create it first, readable by others.
            System.setProperty("bewijsmap.log.dir", DataDirectory.prepare(dir).toString());
        } catch (RuntimeException e) {
            // An unusable directory is reported properly by the command itself.
            System.setProperty("bewijsmap.log.dir", System.getProperty("java.io.tmpdir"));
        }
    }
}
