package nl.bewijsmap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The top of the command tree: global options, and the window when no command is given. */
@Command(name = "bewijsmap",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Keeps the evidence of a consumer dispute in one dossier and turns it into a complaint "
                + "package. Without a command it opens the app.",
        subcommands = {DossierCommand.class, ImportCommand.class, EventCommand.class, NoteCommand.class,
            CallCommand.class, TimelineCommand.class, DeadlinesCommand.class, ExportCommand.class})
final class RootCommand implements Callable<Integer> {

    private final Consumer<Path> windowOpener;
    private final Clock clock;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the dossiers are kept (default: BEWIJSMAP_DATA_DIR, else the usual place for "
                    + "application data on this system).")
    private String dataDir;

    RootCommand(Consumer<Path> windowOpener, Clock clock) {
        this.windowOpener = windowOpener;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Integer call() {
        windowOpener.accept(dataDir());
        return Cli.OPENED_WINDOW;
    }

    /** The data directory these options point at. */
    Path dataDir() {
        return DataDirectory.resolve(dataDir, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** Opens the data directory these options point at; the caller closes it. */
    Services openServices() {
        return Services.open(dataDir(), clock);
    }

    /** Reads the version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Bewijsmap " + (version == null ? "development build" : version)};
        }
    }
}
