package nl.bewijsmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the headless commands; with no command, hands the data directory to the window opener. */
public final class Cli {

    /** Returned when no command was given and the window was opened instead. */
    public static final int OPENED_WINDOW = Integer.MIN_VALUE;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int execute(String[] args, Consumer<Path> windowOpener) {
        return execute(args, windowOpener, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int execute(String[] args, Consumer<Path> windowOpener, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = commandLine(new RootCommand(windowOpener), out, err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine(RootCommand root, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new PlainErrors());
        commandLine.registerConverter(java.time.LocalDate.class, Converters::date);
        commandLine.registerConverter(java.math.BigDecimal.class, Converters::price);
        return commandLine;
    }
}
