package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.PublicHoliday;
import nl.bewijsmap.domain.RuleSource;
import nl.bewijsmap.domain.Term;

/**
 * Words a deadline in the user's language: its name, a plain explanation with the dates, why its end moved, and
 * its source. Texts live under {@code deadline.*}, {@code term.*} and {@code holiday.*} in the messages bundle; an
 * explanation can differ per country ({@code deadline.<RULE>.explanation.<COUNTRY>}), else one serves both.
 */
public final class RuleTexts {

    private final Holidays holidays;

    public RuleTexts(Holidays holidays) {
        this.holidays = holidays;
    }

    public static RuleTexts standard() {
        return new RuleTexts(Holidays.standard());
    }

    public String name(DeadlineRule rule, Locale locale) {
        return new Bundle(locale).text("deadline." + rule.name() + ".name");
    }

    public String status(DeadlineStatus status, Locale locale) {
        return new Bundle(locale).text("deadline.status." + status.name());
    }

    /**
     * The status of this deadline in words; a first day on which something may be done (filing) is "not yet" and
     * then "possible now", not "open" and "done".
     */
    public String status(Deadline deadline, Locale locale) {
        return deadline.rule().isOpeningDay()
                ? new Bundle(locale).text("deadline.status.opening." + deadline.status().name())
                : status(deadline.status(), locale);
    }

    /**
     * One or two calm sentences with the dates: e.g. "You may withdraw until 19 March 2026: 14 days counted from
     * the day after delivery (5 March 2026)."
     */
    public String explanation(Deadline deadline, Locale locale) {
        Bundle bundle = new Bundle(locale);
        String key = "deadline." + deadline.rule().name() + ".explanation";
        String countryKey = key + "." + deadline.country().name();
        return bundle.text(bundle.has(countryKey) ? countryKey : key, bundle.date(deadline.due()),
                bundle.date(deadline.countsFrom()), term(deadline.term(), locale), bundle.date(deadline.settledOn()));
    }

    /** Why the end moved, e.g. "Moved from Saturday 4 April 2026 to Tuesday 7 April 2026 because of the weekend and
     * Easter Monday."; empty when it did not move. */
    public String movedNote(Deadline deadline, Locale locale) {
        if (!deadline.moved()) {
            return "";
        }
        Bundle bundle = new Bundle(locale);
        List<String> reasons = new ArrayList<>();
        for (LocalDate day = deadline.unrolledEnd(); day.isBefore(deadline.due()); day = day.plusDays(1)) {
            String reason = holidays.on(day, deadline.country()).map(h -> holiday(h, locale))
                    .orElse(WorkingDays.isWeekend(day) ? bundle.text("deadline.moved.weekend") : null);
            if (reason != null && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        return bundle.text("deadline.moved", bundle.dayAndDate(deadline.unrolledEnd()),
                bundle.dayAndDate(deadline.due()), bundle.list(reasons));
    }

    /** "Source: Art. 7:23 lid 1 BW — checked 21 Nov 2026", plus a guidance note when not confirmed. */
    public String sourceLine(RuleSource source, Locale locale) {
        Bundle bundle = new Bundle(locale);
        String line = bundle.text("deadline.source", source.citation(locale), bundle.shortDate(source.lastChecked()));
        return source.confirmed() ? line : line + " " + bundle.text("deadline.source.unconfirmed");
    }

    /** The explanation and, when the end moved, why: what the command line prints as a deadline's explanation. */
    public String describe(Deadline deadline, Locale locale) {
        String moved = movedNote(deadline, locale);
        return moved.isEmpty() ? explanation(deadline, locale) : explanation(deadline, locale) + " " + moved;
    }

    /**
     * What a deadline counts, addressing no one: "14 days from the delivery (29 May 2026)." with why the end moved.
     * For a package that the seller or a dispute body reads, where "you" would mean the wrong person.
     */
    public String basis(Deadline deadline, Locale locale) {
        Bundle bundle = new Bundle(locale);
        String basis = bundle.text("deadline.basis", term(deadline.term(), locale),
                bundle.text("deadline.anchor." + deadline.anchor().name()), bundle.date(deadline.countsFrom()));
        String moved = movedNote(deadline, locale);
        return moved.isEmpty() ? basis : basis + " " + moved;
    }

    public String holiday(PublicHoliday holiday, Locale locale) {
        return new Bundle(locale).text(holiday.messageKey());
    }

    /** "14 days", "4 weeks", "2 months", "1 year" and their Dutch. */
    public String term(Term term, Locale locale) {
        return new Bundle(locale).text("term." + term.unit().name(), term.amount());
    }

    /** A day as the warnings write it: "Thursday 19 March 2026", "donderdag 19 maart 2026". */
    public static String dayAndDate(LocalDate date, Locale locale) {
        return new Bundle(locale).dayAndDate(date);
    }

    /** A date as the rule texts write it: "19 March 2026", "19 maart 2026". */
    public static String date(LocalDate date, Locale locale) {
        return new Bundle(locale).date(date);
    }
}
