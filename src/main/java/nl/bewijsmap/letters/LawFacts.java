package nl.bewijsmap.letters;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Term;
import nl.bewijsmap.rules.RuleBook;
import nl.bewijsmap.rules.RuleEntry;

/**
 * The legal facts a letter states, all taken from the rule book and the deadlines computed for the dossier, never
 * from numbers in the templates: the term the seller gets to answer and the final term of a notice of default
 * (counted from the letter's date), whether the legal presumption covers the defect, whether the defect was notified
 * in time, the Belgian guarantee and the delivery term. A fact the letter would get wrong is left out rather than
 * guessed: a presumption that ended before the defect was found is not mentioned.
 */
final class LawFacts {

    private final DossierSnapshot snapshot;
    private final RuleBook book;
    private final LetterFormat format;
    private final Phrases phrases;
    private final Language language;

    LawFacts(DossierSnapshot snapshot, RuleBook book, LetterFormat format, Phrases phrases, Language language) {
        this.snapshot = snapshot;
        this.book = book;
        this.format = format;
        this.phrases = phrases;
        this.language = language;
    }

    void addTo(Map<String, Object> model) {
        termFromToday(model, DeadlineRule.SELLER_REPLY, "replyBy", "replyTerm");
        termFromToday(model, DeadlineRule.NOTICE_OF_DEFAULT, "finalTermEnd", "finalTerm");
        model.put("refundTerm", rule(DeadlineRule.REFUND).map(entry -> phrases.term(entry.period()))
                .orElse(phrases.gap("term")));
        presumption(model);
        notice(model);
        guarantee(model);
        delivery(model);
    }

    /**
     * The last day of a term the letter itself sets, counted from the letter's date, and the term in words. The rule
     * book does not move these ends past a weekend (the consumer sets the term), so neither does the letter.
     */
    private void termFromToday(Map<String, Object> model, DeadlineRule rule, String dateKey, String termKey) {
        Optional<RuleEntry> entry = rule(rule);
        model.put(dateKey, entry.map(e -> format.date(e.period().endFrom(snapshot.today()))).orElse(phrases.gap("date")));
        model.put(termKey, entry.map(e -> phrases.term(e.period())).orElse(phrases.gap("term")));
    }

    /** Only when the defect showed within the presumption's period: then the seller must prove otherwise. */
    private void presumption(Map<String, Object> model) {
        // Open only while the discovery date is unknown: the defect shows today, within the period.
        Optional<Deadline> presumption = snapshot.deadline(DeadlineRule.PRESUMPTION_END)
                .filter(deadline -> deadline.status() != DeadlineStatus.PASSED);
        model.put("presumption", presumption.isPresent());
        model.put("presumptionTerm", presumption.map(d -> phrases.term(d.term())).orElse(""));
        // Purchases before the law changed keep the old, shorter period under the old article.
        boolean oldLaw = presumption.isPresent() && rule(DeadlineRule.PRESUMPTION_END)
                .map(entry -> !entry.period().equals(presumption.get().term())).orElse(false);
        model.put("presumptionOldLaw", oldLaw);
    }

    /**
     * In time when the first notice came within the period that is always in time (then its day is named), or when
     * this letter itself still does; nothing is said after the period, as a later notice may still be reasonable.
     */
    private void notice(Map<String, Object> model) {
        Optional<Deadline> notice = snapshot.deadline(DeadlineRule.DEFECT_NOTICE);
        boolean given = notice.map(d -> d.status() == DeadlineStatus.MET && d.settledOn() != null).orElse(false);
        boolean now = notice.map(d -> d.status() == DeadlineStatus.OPEN).orElse(false);
        model.put("noticeGiven", given);
        model.put("noticeDate", given ? format.date(notice.get().settledOn()) : "");
        model.put("noticeNow", now);
        model.put("noticeTerm", notice.map(d -> phrases.term(d.term())).orElse(""));
    }

    /** The Belgian legal guarantee: its length, and whether the defect showed within it. */
    private void guarantee(Map<String, Object> model) {
        Optional<Deadline> guarantee = snapshot.deadline(DeadlineRule.GUARANTEE_END);
        Optional<Term> term = guarantee.map(Deadline::term).or(() -> rule(DeadlineRule.GUARANTEE_END)
                .map(RuleEntry::period));
        model.put("guaranteeTerm", term.map(phrases::term).orElse(phrases.gap("term")));
        model.put("withinGuarantee", guarantee.map(d -> d.status() != DeadlineStatus.PASSED).orElse(false));
    }

    /** When the goods were due without an agreed date: the dossier's delivery deadline, else the order plus the term. */
    private void delivery(Map<String, Object> model) {
        Optional<RuleEntry> entry = rule(DeadlineRule.DELIVERY);
        LocalDate ordered = snapshot.contents().facts().orderDate();
        LocalDate due = snapshot.deadline(DeadlineRule.DELIVERY).map(Deadline::due)
                .orElse(ordered == null || entry.isEmpty() ? null : entry.get().period().endFrom(ordered));
        model.put("deliveryDue", due == null ? phrases.gap("deliveryDue") : format.date(due));
        model.put("deliveryOverdue", due != null && snapshot.today().isAfter(due));
        model.put("deliveryTerm", entry.map(e -> phrases.term(e.period())).orElse(phrases.gap("term")));
        model.put("deliveryCitation", entry.map(e -> Citations.inSentence(e.source().citation(language.locale()),
                language)).orElse(""));
    }

    private Optional<RuleEntry> rule(DeadlineRule rule) {
        Country country = snapshot.contents().country();
        return book.rule(rule, country);
    }
}
