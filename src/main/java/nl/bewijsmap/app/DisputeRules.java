package nl.bewijsmap.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Timeline;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.rules.Deadlines;
import nl.bewijsmap.rules.PhaseGuide;
import nl.bewijsmap.rules.Readiness;
import nl.bewijsmap.store.Database;

/** The rules applied to a stored dossier as it is today: its deadlines, its next step and its readiness. */
public final class DisputeRules {

    /** Where a dossier stands today: what it holds, the deadlines that apply and the advice for the next step. */
    public record Standing(DossierContents contents, List<Deadline> deadlines, PhaseAdvice advice, LocalDate today) {
        public Standing {
            Objects.requireNonNull(contents, "contents");
            deadlines = List.copyOf(deadlines);
            Objects.requireNonNull(advice, "advice");
            Objects.requireNonNull(today, "today");
        }

        /** What a dispute body (or the seller) would miss in the dossier. */
        public List<ReadinessIssue> readiness(Recipient recipient) {
            return Readiness.check(contents, recipient, today);
        }
    }

    /** What a reading was taken under: the same dossier, unchanged file and the same day give the same standing. */
    private record Reading(long dossierId, String changeMark, LocalDate today, Standing standing) {
    }

    private final Database database;
    private final DossierLog log;
    private final Clock clock;
    private final Deadlines deadlines;
    private final PhaseGuide guide;
    private volatile Reading last;

    public DisputeRules(Database database, DossierLog log, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.deadlines = Deadlines.standard();
        this.guide = PhaseGuide.standard();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads the dossier and applies the rules to it as of today. Opening a dossier asks this for the timeline and
     * for the steps tab at once: a second asking with nothing changed in between gets the same standing.
     */
    public Standing standing(long dossierId) {
        LocalDate today = today();
        // Taken before reading: a change made meanwhile leaves the mark behind, so the next asking reads again.
        String mark = database.changeMark();
        Reading previous = last;
        if (previous != null && previous.dossierId() == dossierId && previous.today().equals(today)
                && previous.changeMark().equals(mark)) {
            return previous.standing();
        }
        DossierContents contents = log.contents(dossierId);
        List<Deadline> computed = deadlines.compute(contents, today);
        Standing standing = new Standing(contents, computed, guide.advise(contents, computed, today), today);
        last = new Reading(dossierId, mark, today, standing);
        return standing;
    }

    /** The dossier's timeline with its deadlines on their last days. */
    public Timeline timeline(long dossierId) {
        return timeline(standing(dossierId));
    }

    public static Timeline timeline(Standing standing) {
        return Timeline.of(standing.contents(),
                standing.deadlines().stream().map(TimelineEntry.OfDeadline::new).toList());
    }
}
