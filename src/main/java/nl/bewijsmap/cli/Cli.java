package nl.bewijsmap.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Timestamp;
import picocli.CommandLine;

/** Runs the headless commands; with no command, hands the data directory to the window opener. */
public final class Cli {

    /** Returned when no command was given and the window was opened instead. */
    public static final int OPENED_WINDOW = Integer.MIN_VALUE;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int execute(String[] args, Consumer<Path> windowOpener) {
        return execute(args, windowOpener, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Clock.systemDefaultZone());
    }

    /** Runs with these streams and this clock, which says what day it is for the deadlines and what is recorded. */
    public static int execute(String[] args, Consumer<Path> windowOpener, PrintWriter out, PrintWriter err,
            Clock clock) {
        CommandLine commandLine = commandLine(new RootCommand(windowOpener, clock), out, err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(RootCommand root, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new PlainErrors());
        commandLine.registerConverter(LocalDate.class, Converters::date);
        commandLine.registerConverter(BigDecimal.class, Converters::price);
        commandLine.registerConverter(Timestamp.class, Converters::moment);
        commandLine.registerConverter(Duration.class, Converters::duration);
        commandLine.registerConverter(EventKind.class, Converters::eventKind);
        return commandLine;
    }
}
