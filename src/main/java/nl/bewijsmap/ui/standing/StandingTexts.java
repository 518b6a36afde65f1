package nl.bewijsmap.ui.standing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.ui.common.I18n;

/** Words where a dossier stands for the page, once per reading, on a worker thread. */
final class StandingTexts {

    /** Steps taken before any route, during which it helps to know where the dispute can go next. */
    private static final Set<NextStep> BEFORE_A_ROUTE = Set.of(NextStep.COMPLAIN_IN_WRITING, NextStep.WAIT_FOR_REPLY,
            NextStep.SEND_NOTICE_OF_DEFAULT, NextStep.WAIT_FOR_NOTICE_TERM);

    /** The route the next step takes (or the one ahead), in words; all empty when there is none. */
    record RouteWords(String route, String fee, String terms, String source, String url) {
        static final RouteWords NONE = new RouteWords("", "", "", "", "");
    }

    /** Everything the page shows about one dossier. */
    record Words(Standing standing, String phase, String meaning, String step, RouteWords route, String disclaimer,
            List<DeadlineRow> deadlines, List<DeadlineWarning> warnings, Map<Recipient, ReadinessWords> readiness,
            Recipient suggested) {
    }

    private final I18n i18n;
    private final Locale locale;
    private final RuleTexts rules;
    private final DateTimeFormatter weekday;

    StandingTexts(I18n i18n, RuleTexts rules) {
        this.i18n = i18n;
        this.locale = i18n.locale();
        this.rules = rules;
        this.weekday = DateTimeFormatter.ofPattern("EEEE", locale);
    }

    Words words(Standing standing) {
        PhaseAdvice advice = standing.advice();
        Map<Recipient, ReadinessWords> readiness = new EnumMap<>(Recipient.class);
        for (Recipient recipient : Recipient.values()) {
            readiness.put(recipient, ReadinessWords.of(recipient, standing.readiness(recipient), i18n));
        }
        return new Words(standing, i18n.name(advice.phase()), GuideTexts.meaning(advice.phase(), locale),
                GuideTexts.step(advice, locale), route(advice, standing.contents().seller()),
                GuideTexts.disclaimer(locale), deadlines(standing.deadlines(), standing.today()),
                DeadlineWarning.of(standing.deadlines(), standing.today(), i18n), readiness,
                Recipients.suggested(standing.contents().seller(), advice));
    }

    /**
     * The route of the next step; before any route is taken, the first one that fits, so the consumer knows where
     * the dispute can go. Not while the seller's dispute body is still unknown: the court would then be a guess.
     */
    private RouteWords route(PhaseAdvice advice, Seller seller) {
        Route route = advice.step().route();
        String key = "standing.route.step";
        if (route == null && BEFORE_A_ROUTE.contains(advice.step()) && !advice.routes().isEmpty()) {
            route = advice.routes().get(0);
            key = "standing.route.ahead";
            if (route == Route.KANTONRECHTER && seller.disputeBody() == DisputeBody.UNKNOWN) {
                return RouteWords.NONE;
            }
        }
        if (route == null) {
            return RouteWords.NONE;
        }
        String name = GuideTexts.route(route, locale);
        RouteFacts facts = null;
        for (RouteFacts each : advice.facts()) {
            if (each.route() == route) {
                facts = each;
            }
        }
        String fee = i18n.text("standing.route.fee", GuideTexts.fee(facts, locale));
        if (facts == null) {
            return new RouteWords(i18n.text(key, name), fee, "", "", "");
        }
        List<String> terms = new ArrayList<>();
        if (facts.waitAfterComplaint() != null) {
            terms.add(i18n.text("standing.route.wait", rules.term(facts.waitAfterComplaint(), locale)));
        }
        if (facts.fileWithin() != null) {
            terms.add(i18n.text("standing.route.within", rules.term(facts.fileWithin(), locale)));
        }
        terms.add(i18n.text(facts.binding() ? "standing.route.binding" : "standing.route.notBinding"));
        return new RouteWords(i18n.text(key, name), fee, String.join(" ", terms),
                rules.sourceLine(facts.source(), locale), facts.source().url());
    }

    private List<DeadlineRow> deadlines(List<Deadline> deadlines, LocalDate today) {
        List<DeadlineRow> rows = new ArrayList<>(deadlines.size());
        for (Deadline deadline : deadlines) {
            rows.add(new DeadlineRow(deadline, rules.name(deadline.rule(), locale), weekday.format(deadline.due()),
                    RuleTexts.date(deadline.due(), locale), rules.status(deadline, locale),
                    DeadlineWarning.days(deadline, today, i18n), rules.describe(deadline, locale),
                    rules.sourceLine(deadline.source(), locale), !deadline.source().confirmed(),
                    deadline.source().url(), DeadlineWarning.attention(deadline, today).orElse(null)));
        }
        return List.copyOf(rows);
    }
}
