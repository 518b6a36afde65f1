package nl.bewijsmap.cli;

import java.util.concurrent.Callable;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Timestamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code note}: writes down a free note in a dossier and prints its number last. */
@Command(name = "note", mixinStandardHelpOptions = true,
        description = "Write down a note in a dossier, e.g. what the shop said at the counter. Prints the new "
                + "note's number on the last line.")
final class NoteCommand implements Callable<Integer> {

    @Mixin
    private DossierOption dossier;

    @Option(names = "--at", required = true, paramLabel = "T", description = EventCommand.AT_HELP)
    private Timestamp at;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note; its first line is its title.")
    private String text;

    @Override
    public Integer call() {
        // An empty note is refused there, as for 'event --kind note'.
        return EventCommand.record(dossier, EventKind.NOTE, at, text);
    }
}
