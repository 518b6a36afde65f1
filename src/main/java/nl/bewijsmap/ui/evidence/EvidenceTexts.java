package nl.bewijsmap.ui.evidence;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.ui.common.I18n;

/** How a piece of evidence is described on screen: its date with where that date came from, its caveats. */
public final class EvidenceTexts {

    private final I18n i18n;

    public EvidenceTexts(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Taken 14 Feb 2026 16:40 — camera (EXIF)"; "14 Feb 2026 09:12 — file date only (weak)". */
    public String when(Timestamp timestamp) {
        if (timestamp == null) {
            return i18n.text("evidence.date." + TimestampSource.NONE);
        }
        return i18n.text("evidence.date." + timestamp.source(), moment(timestamp));
    }

    /** The date and time alone, as precise as it is known. */
    public String moment(Timestamp timestamp) {
        Locale locale = i18n.locale();
        String pattern = timestamp.precision() == Precision.DAY ? "d MMM yyyy" : "d MMM yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(timestamp.local());
    }

    /** Whether the date shown would not convince a dispute body without more proof. */
    public static boolean isWeak(EvidenceItem item) {
        return item.occurredAt() == null || !item.occurredAt().source().isReliable();
    }

    /** The stored warnings in the user's language, one sentence each, leaving out those {@code except}. */
    public List<String> warnings(EvidenceItem item, ImportProblem... except) {
        Locale locale = i18n.locale();
        List<ImportProblem> left = List.of(except);
        return ProblemTexts.decode(item.warning()).stream()
                .filter(p -> !left.contains(p.code()))
                .map(p -> ProblemTexts.sentence(p.code(), p.detail(), locale))
                .collect(Collectors.toList());
    }

    public String warningText(List<Problem> problems) {
        return ProblemTexts.describe(problems, i18n.locale());
    }

    /** "2.4 MB" in the user's language. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return i18n.text("evidence.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return i18n.text("evidence.size.kb", Math.round(bytes / 1024.0));
        }
        return i18n.text("evidence.size.mb", bytes / (1024.0 * 1024.0));
    }
}
