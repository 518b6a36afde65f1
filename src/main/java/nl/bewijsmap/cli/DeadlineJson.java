package nl.bewijsmap.cli;

import java.time.LocalDate;
import java.util.Locale;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.RuleSource;
import nl.bewijsmap.rules.RuleTexts;

/**
 * One item of {@code deadlines --json}: the five fields of the contract first ({@code rule}, {@code due}, {@code
 * status}, {@code explanation}, {@code source}), then what they rest on. Texts are in English.
 *
 * @param rule        the rule's constant, e.g. {@code WITHDRAWAL}
 * @param status      {@code open}, {@code met} or {@code passed}
 * @param explanation the explanation with its dates, and why the end moved when it did
 * @param source      the plain citation in English, e.g. {@code Art. 7:23 lid 1 BW}; when it was checked, whether
 *                    it was confirmed and why not are the fields {@code lastChecked}, {@code confirmed} and
 *                    {@code caveat}
 * @param name        the rule's English name
 * @param term        the period in ISO-8601, e.g. {@code P14D}
 * @param countsFrom  the date of the fact the period counts from (the next day is its first day)
 * @param movedFrom   the end before it moved past a weekend or public holiday, or null when it did not move
 * @param settledOn   the day of what met or decided the deadline, or null when nothing did yet
 * @param caveat      for an unconfirmed rule, why it is guidance (in English, for maintainers); else null
 */
record DeadlineJson(String rule, LocalDate due, String status, String explanation, String source, String name,
        String term, LocalDate countsFrom, LocalDate movedFrom, LocalDate settledOn, LocalDate lastChecked,
        boolean confirmed, String url, String caveat) {

    private static final RuleTexts TEXTS = RuleTexts.standard();

    static DeadlineJson of(Deadline deadline) {
        RuleSource source = deadline.source();
        return new DeadlineJson(deadline.rule().name(), deadline.due(), deadline.status().cliName(),
                TEXTS.describe(deadline, Locale.ENGLISH), source.citation(Locale.ENGLISH),
                TEXTS.name(deadline.rule(), Locale.ENGLISH), deadline.term().iso(), deadline.countsFrom(),
                deadline.unrolledEnd(), deadline.settledOn(), source.lastChecked(), source.confirmed(), source.url(),
                source.caveat().isEmpty() ? null : source.caveat());
    }
}
