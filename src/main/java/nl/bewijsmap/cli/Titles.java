package nl.bewijsmap.cli;

import java.util.Locale;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;

/** The one-line English title of each kind of timeline item, as the command line shows it. */
final class Titles {

    private Titles() {
    }

    static String of(EvidenceItem item) {
        if (!item.title().isEmpty()) {
            return item.title();
        }
        return item.originalName().isEmpty() ? words(item.kind().name()) : item.originalName();
    }

    static String of(CallEntry call) {
        String agent = call.details().agent();
        return agent.isEmpty() ? "Call" : "Call with " + agent;
    }

    /** A note is titled by its first line; any other event by its kind, then that line. */
    static String of(DossierEvent event) {
        String firstLine = event.text().lines().findFirst().orElse("").strip();
        if (event.kind() == EventKind.NOTE && !firstLine.isEmpty()) {
            return firstLine;
        }
        String kind = words(event.kind().name());
        return firstLine.isEmpty() ? kind : kind + ": " + firstLine;
    }

    /** {@code NOTICE_OF_DEFAULT_SENT} as {@code Notice of default sent}: every kind gets words without a table. */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
