package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a letter or a package is made from: the dossier as read at one moment, the consumer's own details, and the
 * deadlines and advice that apply on the day it is made.
 */
public record DossierSnapshot(
        DossierContents contents,
        ConsumerProfile consumer,
        List<Deadline> deadlines,
        PhaseAdvice advice,
        LocalDate today) {

    public DossierSnapshot {
        Objects.requireNonNull(contents, "contents");
        consumer = Objects.requireNonNullElse(consumer, ConsumerProfile.EMPTY);
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(today, "today");
    }

    public Dossier dossier() {
        return contents.dossier();
    }

    /** The deadline of this rule, when it applies to the dossier. */
    public Optional<Deadline> deadline(DeadlineRule rule) {
        return deadlines.stream().filter(deadline -> deadline.rule() == rule).findFirst();
    }
}
