package nl.bewijsmap.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.ui.common.I18n;

/**
 * One line of the timeline: the entry, and its texts in the user's language with the lower-case text that
 * searching looks in. The texts are worded on first use, so that opening a big dossier only words the lines on
 * screen; the rest are worded on a worker thread after the first paint, or by the first search.
 */
public final class TimelineRow {

    /** What a line says; made in one go so every thread sees the same whole texts. */
    record Words(String when, String title, String detail, boolean weak, String search) {
    }

    private final TimelineEntry entry;
    private final RowType type;
    private final TimelineTexts texts;
    private volatile Words words;

    TimelineRow(TimelineEntry entry, RowType type, TimelineTexts texts) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.type = Objects.requireNonNull(type, "type");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** Lines for these entries, worded as the timeline words them (for lists elsewhere, such as an export's). */
    public static List<TimelineRow> of(List<? extends TimelineEntry> entries, I18n i18n, LocalDate today) {
        TimelineTexts texts = new TimelineTexts(i18n, today);
        List<TimelineRow> rows = new ArrayList<>(entries.size());
        for (TimelineEntry entry : entries) {
            rows.add(texts.row(entry));
        }
        return rows;
    }

    private Words words() {
        Words made = words;
        if (made == null) {
            // Two threads may word the same line at once; both make the same texts, so either may win.
            made = texts.words(entry);
            words = made;
        }
        return made;
    }

    public TimelineEntry entry() {
        return entry;
    }

    public RowType type() {
        return type;
    }

    public String when() {
        return words().when();
    }

    public String title() {
        return words().title();
    }

    public String detail() {
        return words().detail();
    }

    /** Whether the line needs the user's attention: a weak date, or a call without agreements. */
    public boolean weak() {
        return words().weak();
    }

    /** Whether every word of the query (already lower case) is somewhere in this line's texts. */
    boolean matches(String[] query) {
        String search = words().search();
        for (String word : query) {
            if (!search.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words the line now if that has not happened yet. */
    void prepare() {
        words();
    }

    /** Whether this line stands for the same item as that entry (the same kind of thing with the same number). */
    boolean isFor(TimelineEntry other) {
        return other != null && other.getClass() == entry.getClass() && other.id() == entry.id();
    }

    @Override
    public String toString() {
        return type + " " + entry.id() + " " + title();
    }
}
