package nl.bewijsmap.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.DossierLog.Recorded;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.rules.GuideTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code event}: writes down something that happened in the dispute and prints its number last. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Record something that happened in the dispute without a document of its own, such as a "
                + "complaint sent or a repair. A complaint, notice of default, mediation or dispute filed moves the "
                + "dossier on to that phase. Prints the new event's number on the last line.")
final class EventCommand implements Callable<Integer> {

    static final String AT_HELP = "When: 2026-03-05, 2026-03-05T14:05 or 2026-03-05T14:05:30 (local time).";

    @Mixin
    private DossierOption dossier;

    @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = Kinds.class,
            description = "What happened, one of: ${COMPLETION-CANDIDATES}.")
    private EventKind kind;

    @Option(names = "--at", required = true, paramLabel = "T", description = AT_HELP)
    private Timestamp at;

    @Option(names = "--text", paramLabel = "TEXT", description = "What happened, in your own words.")
    private String text;

    @Override
    public Integer call() {
        return record(dossier, kind, at, text);
    }

    /**
     * Records the event; says what was recorded and any new phase on stderr, and the number last on stdout. A note
     * without words is refused, as in the app, whichever command made it.
     */
    static int record(DossierOption dossier, EventKind kind, Timestamp at, String text) {
        if (kind == EventKind.NOTE && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a note needs words: --text \"The shop promised to call back\"");
        }
        try (Services services = dossier.open()) {
            Recorded recorded = services.log().record(dossier.id(), kind, at, text);
            Confirmation.print(dossier.commandLine(), kind == EventKind.NOTE ? "note" : "event", recorded.event().id(),
                    Titles.of(recorded.event()), at, dossier.id(), recorded.movedTo()
                            .map(phase -> "The dossier is now in the phase \"" + GuideTexts.name(phase, Locale.ENGLISH)
                                    + "\".").stream().toList());
        }
        return 0;
    }

    /** The kinds as they are typed, for the help text. */
    static final class Kinds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EventKind.values()).map(EventKind::cliName).iterator();
        }
    }
}
