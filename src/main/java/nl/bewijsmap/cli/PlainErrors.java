package nl.bewijsmap.cli;

import nl.bewijsmap.export.PartTooLargeException;
import nl.bewijsmap.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure inside a command into one plain line on stderr; the stack trace goes to the log. */
final class PlainErrors implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PlainErrors.class);
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof IllegalArgumentException) {
            commandLine.getErr().println("bewijsmap: " + e.getMessage());
            return Cli.USAGE;
        }
        LOG.error("Command {} failed", parseResult.originalArgs(), e);
        String message;
        if (e instanceof StoreException || e instanceof PartTooLargeException) {
            message = e.getMessage();
        } else if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).contains("DISPLAY")) {
            message = "cannot open the window: no graphical display was found. Commands such as "
                    + "'bewijsmap dossier list' work without one.";
        } else {
            message = "something went wrong: " + e;
        }
        commandLine.getErr().println("bewijsmap: " + message);
        return FAILED;
    }
}
