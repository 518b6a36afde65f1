package nl.bewijsmap.rules;

import java.util.Locale;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.ReadinessSeverity;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;

/**
 * Words the phase guide and the readiness check in the user's language: what a phase means ({@code phase.hint.*},
 * the texts the dossier screen already shows), the next step ({@code step.*}), routes and fees ({@code route.*}),
 * readiness problems and fixes ({@code readiness.*}) and the line that says this is no legal advice.
 */
public final class GuideTexts {

    private GuideTexts() {
    }

    /** The phase's name as the dossier screen shows it ({@code enum.Phase.*}), e.g. "Written complaint". */
    public static String name(Phase phase, Locale locale) {
        return new Bundle(locale).text("enum.Phase." + phase.name());
    }

    public static String meaning(Phase phase, Locale locale) {
        return new Bundle(locale).text("phase.hint." + phase.name());
    }

    /**
     * The next step in a sentence or two, with the filing dates and the fee of its route where it has them, e.g.
     * "File your complaint with De Geschillencommissie between 29 March 2026 and 1 March 2027. The fee is €27.50 to
     * €127.50, depending on the committee."
     */
    public static String step(PhaseAdvice advice, Locale locale) {
        Bundle bundle = new Bundle(locale);
        NextStep step = advice.step();
        String key = step.messageKey();
        boolean dated = advice.earliestFiling() != null && advice.latestFiling() != null;
        if (step == NextStep.FILE_WITH_GESCHILLENCOMMISSIE && !dated) {
            key = key + ".undated";
        }
        return bundle.text(key, bundle.date(advice.earliestFiling()), bundle.date(advice.latestFiling()),
                fee(advice.stepFacts(), bundle));
    }

    public static String route(Route route, Locale locale) {
        return new Bundle(locale).text(route.messageKey());
    }

    /** What a route costs the consumer: "free", "€25", "€27.50 to €127.50", or that it depends on the claim. */
    public static String fee(RouteFacts facts, Locale locale) {
        return fee(facts, new Bundle(locale));
    }

    /** One line: general information, not legal advice. */
    public static String disclaimer(Locale locale) {
        return new Bundle(locale).text("guide.disclaimer");
    }

    public static String problem(ReadinessIssue issue, Locale locale) {
        Bundle bundle = new Bundle(locale);
        return bundle.text(issue.problem().problemKey(), issue.count(), bundle.date(issue.date()));
    }

    public static String fix(ReadinessIssue issue, Locale locale) {
        Bundle bundle = new Bundle(locale);
        return bundle.text(issue.problem().fixKey(), issue.count(), bundle.date(issue.date()));
    }

    public static String severity(ReadinessSeverity severity, Locale locale) {
        return new Bundle(locale).text("readiness.severity." + severity.name());
    }

    private static String fee(RouteFacts facts, Bundle bundle) {
        if (facts == null || !facts.feeKnown()) {
            return bundle.text("route.fee.unknown");
        }
        if (facts.free()) {
            return bundle.text("route.fee.free");
        }
        if (facts.feeMin().compareTo(facts.feeMax()) == 0) {
            return bundle.euros(facts.feeMin());
        }
        return bundle.text("route.fee.range", bundle.euros(facts.feeMin()), bundle.euros(facts.feeMax()));
    }
}
