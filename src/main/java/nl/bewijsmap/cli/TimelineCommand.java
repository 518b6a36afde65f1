package nl.bewijsmap.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.bewijsmap.app.DisputeRules;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.domain.Timeline;
import nl.bewijsmap.domain.TimelineEntry;
import picocli.CommandLine.Command;

/** {@code timeline}: everything in a dossier oldest first, deadlines on their last days, undated evidence last. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show everything in a dossier in the order it happened: evidence, calls, notes and events, "
                + "with each deadline on its last day. Evidence without a date comes last.")
final class TimelineCommand extends DossierListing {

    private static final String ROW = "%-26s %-22s %6s  %s%n";

    @Override
    List<TimelineJson> items(Standing standing) {
        return DisputeRules.timeline(standing).all().stream().map(TimelineJson::of).toList();
    }

    @Override
    void list(Standing standing, PrintWriter out) {
        Timeline timeline = DisputeRules.timeline(standing);
        if (timeline.isEmpty()) {
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
