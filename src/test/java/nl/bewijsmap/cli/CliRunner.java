package nl.bewijsmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Runs the command line in-process, as a user would type it, and keeps what it printed. */
final class CliRunner {

    /** What one run answered. */
    record Run(int exitCode, String out, String err) {

        String lastLine() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }

        /** The number a command that writes something down printed last, after checking it succeeded. */
        long newId() {
            assertThat(exitCode).as("exit code; stderr: %s", err).isZero();
            return Long.parseLong(lastLine());
        }

        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Path dataDir;
    private final Consumer<Path> windowOpener;
    private final Clock clock;

    CliRunner(Path dataDir) {
        this(dataDir, dir -> { });
    }

    CliRunner(Path dataDir, Consumer<Path> windowOpener) {
        this(dataDir, windowOpener, Clock.systemDefaultZone());
    }

    private CliRunner(Path dataDir, Consumer<Path> windowOpener, Clock clock) {
        this.dataDir = dataDir;
        this.windowOpener = windowOpener;
        this.clock = clock;
    }

    /** The same runner on a day of our choosing (at noon in Amsterdam), for what depends on today's date. */
    CliRunner on(LocalDate today) {
        return new CliRunner(dataDir, windowOpener, Clock.fixed(today.atTime(LocalTime.NOON).atZone(AMSTERDAM)
                .toInstant(), AMSTERDAM));
    }

    /** Runs exactly these arguments, without choosing the data directory. */
    Run bare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, windowOpener, new PrintWriter(out, true), new PrintWriter(err, true), clock);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the arguments on this runner's data directory. */
    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return bare(all.toArray(String[]::new));
    }

    /** Creates a dossier with {@code dossier create} and these further options, and returns its number. */
    long createDossier(String title, String... options) {
        List<String> args = new ArrayList<>(List.of("dossier", "create", "--title", title));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new)).newId();
    }
}
