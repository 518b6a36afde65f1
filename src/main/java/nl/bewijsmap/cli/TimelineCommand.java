package nl.bewijsmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.app.Timeline;
import nl.bewijsmap.domain.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code timeline}: everything in a dossier oldest first, deadlines on their last days, undated evidence last. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show everything in a dossier in the order it happened: evidence, calls, notes and events, "
                + "with each deadline on its last day. Evidence without a date comes last.")
final class TimelineCommand implements Callable<Integer> {

    private static final String ROW = "%-26s %-22s %6s  %s%n";

    @Mixin
    private DossierOption dossier;

    @Option(names = "--json", description = "Print one JSON array instead of a listing.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Timeline timeline;
        try (Services services = dossier.open()) {
            timeline = services.rules().timeline(dossier.id());
        }
        PrintWriter out = dossier.commandLine().getOut();
        if (json) {
            out.println(Json.write(timeline.all().stream().map(TimelineJson::of).toList()));
        } else {
            list(timeline, out);
        }
        out.flush();
        return 0;
    }

    private static void list(Timeline timeline, PrintWriter out) {
        if (timeline.all().isEmpty()) {
            out.println("Nothing in this dossier yet. Add evidence with 'bewijsmap import', a call with "
                    + "'bewijsmap call' or a note with 'bewijsmap note'.");
            return;
        }
        out.printf(ROW, "DATE", "KIND", "NUMBER", "TITLE");
        for (TimelineEntry entry : timeline.dated()) {
            row(Times.shown(entry.at()), entry, out);
        }
        if (!timeline.undated().isEmpty()) {
            out.println();
            out.println("Without a date:");
            for (TimelineEntry entry : timeline.undated()) {
                row("", entry, out);
            }
        }
    }

    private static void row(String date, TimelineEntry entry, PrintWriter out) {
        TimelineJson item = TimelineJson.of(entry);
        String title = item instanceof TimelineJson.Deadline deadline
                ? item.title() + " (" + deadline.status() + ")" : item.title();
        out.printf(ROW, date, item.kind(), item.id(), title);
    }
}
