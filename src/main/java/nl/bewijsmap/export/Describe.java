package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.export.layout.Face;
import nl.bewijsmap.export.layout.Metrics;

/** How the package names and dates its items and refers to its exhibits, the same way on every page. */
final class Describe {

    private final Words words;
    private final Metrics metrics;

    /** The metrics tell which titles the typeface cannot show at all; use from the layout thread only. */
    Describe(Words words, Metrics metrics) {
        this.words = words;
        this.metrics = metrics;
    }

    Words words() {
        return words;
    }

    /** Who the package is for, as a sentence names it: "the seller", "De Geschillencommissie". */
    String recipient(Recipient recipient) {
        return words.text(switch (recipient) {
            case SELLER -> "export.recipient.SELLER";
            case KEURMERK -> "export.recipient.KEURMERK";
            case GESCHILLENCOMMISSIE -> "export.recipient.GESCHILLENCOMMISSIE";
            case DIGIDISPUUT -> "export.recipient.DIGIDISPUUT";
        });
    }

    /** "Exhibit 7" / "Bijlage 7". */
    String exhibit(Exhibit exhibit) {
        return words.text("export.exhibit", Words.number(exhibit.number()));
    }

    /**
     * The exhibit's title: the evidence's title (else its file name, also when the typeface can show nothing of the
     * title, such as a subject in Japanese), or who a call was with.
     */
    String title(Exhibit exhibit) {
        EvidenceItem item = exhibit.evidence();
        if (item == null) {
            return callTitle(exhibit.call().details());
        }
        if (!shows(item.title()) && shows(item.originalName())) {
            return item.originalName();
        }
        return item.title().isEmpty() ? exhibit(exhibit) : item.title();
    }

    /** Whether the typeface shows anything of the text. */
    boolean shows(String text) {
        return !metrics.clean(Face.REGULAR, text).isBlank();
    }

    String callTitle(CallDetails call) {
        if (call.agent().isEmpty()) {
            return words.text("export.call.title");
        }
        return call.department().isEmpty() ? words.text("export.call.titleWith", call.agent())
                : words.text("export.call.titleWithDepartment", call.agent(), call.department());
    }

    /** The date and time an item shows, or that it has none. */
    String when(Timestamp at) {
        return at == null ? words.text("export.date.none") : words.moment(at);
    }

    /** The date an exhibit shows, with where it came from when that is weak: "5 Mar 2026 14:05 (file date only)". */
    String dated(Exhibit exhibit) {
        String when = when(exhibit.at());
        String source = source(exhibit.entry());
        return source.isEmpty() ? when : when + " (" + source + ")";
    }

    /**
     * Where a weak date came from, for the reader to weigh it: a file's own date, a date the consumer gave for a
     * file, or none at all (then the day it was added); empty when the file itself says when it was made.
     */
    String source(TimelineEntry entry) {
        if (!(entry instanceof TimelineEntry.OfEvidence evidence)) {
            return "";
        }
        EvidenceItem item = evidence.item();
        if (item.occurredAt() == null) {
            return words.text("export.source.imported", words.shortDate(item.importedAt().local().toLocalDate()));
        }
        TimestampSource source = item.occurredAt().source();
        return switch (source) {
            case FILE_MODIFIED -> words.text("export.source.fileDate");
            case USER -> words.text("export.source.user");
            case SYSTEM_CLOCK -> words.text("export.source.pasted");
            case NONE -> words.text("export.date.none");
            default -> "";
        };
    }

    /** The kind of an item as a column of the chronology shows it. */
    String kind(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.OfEvidence evidence) {
            return words.text("enum.EvidenceKind." + evidence.item().kind().name());
        }
        if (entry instanceof TimelineEntry.OfCall) {
            return words.text("export.kind.call");
        }
        EventKind kind = ((TimelineEntry.OfEvent) entry).event().kind();
        return switch (kind) {
            case NOTE -> words.text("export.kind.note");
            case OTHER -> words.text("export.kind.event");
            default -> words.text("enum.EventKind." + kind.name());
        };
    }

    /** What a line of the chronology says: the title and note, what a call was about and agreed, an event's text. */
    List<String> description(TimelineEntry entry, Exhibit exhibit) {
        List<String> lines = new ArrayList<>();
        if (entry instanceof TimelineEntry.OfEvidence evidence) {
            lines.add(title(exhibit));
            if (!evidence.item().note().isEmpty()) {
                lines.add(evidence.item().note());
            }
        } else if (entry instanceof TimelineEntry.OfCall call) {
            CallEntry c = call.call();
            lines.add(callTitle(c.details()));
            if (!c.details().summary().isEmpty()) {
                lines.add(c.details().summary());
            }
            if (c.details().hasAgreements()) {
                lines.add(words.text("export.call.agreed", c.details().agreements()));
            }
        } else {
            DossierEvent event = ((TimelineEntry.OfEvent) entry).event();
            lines.add(event.text());
        }
        return lines;
    }

    /**
     * How the chronology and letter refer to an exhibit: "Exhibit 7, p. 23", with the part when the package is split
     * ("Exhibit 7, part 2, p. 3"), and where it continues when it runs over into another part.
     */
    String reference(Exhibit exhibit, Map<Integer, List<Plan.Placement>> placements, boolean split) {
        List<Plan.Placement> places = placements.get(exhibit.number());
        String number = Words.number(exhibit.number());
        if (places == null || places.isEmpty()) {
            return exhibit(exhibit);
        }
        Plan.Placement first = places.get(0);
        String reference = split
                ? words.text("export.ref.part", number, Words.number(first.part()), Words.number(first.firstPage()))
                : words.text("export.ref", number, Words.number(first.firstPage()));
        if (places.size() > 1) {
            reference = words.text("export.ref.continued", reference,
                    Words.number(places.get(places.size() - 1).part()));
        }
        return reference;
    }

    /** The pages an exhibit takes, per part when split: "p. 23-25", "part 2, p. 3-40; part 3, p. 2-9". */
    String pages(List<Plan.Placement> places, boolean split) {
        List<String> pieces = new ArrayList<>();
        for (Plan.Placement place : places) {
            String pages = place.firstPage() == place.lastPage()
                    ? words.text("export.place.page", Words.number(place.firstPage()))
                    : words.text("export.place.pages", Words.number(place.firstPage()),
                            Words.number(place.lastPage()));
            pieces.add(split ? words.text("export.place.part", Words.number(place.part()), pages) : pages);
        }
        return String.join("; ", pieces);
    }
}
