package nl.bewijsmap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.rules.RuleTexts;
import picocli.CommandLine.Command;

/** {@code deadlines}: the legal deadlines that apply to a dossier's facts today, earliest first, with their sources. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = "Show the legal deadlines that apply to a dossier as of today, earliest first: the last day, "
                + "whether it is still open, met or passed, what it means and where the rule comes from. Then the "
                + "next step.")
final class DeadlinesCommand extends DossierListing {

    private static final String NONE_YET = "No deadlines apply yet: add the order, delivery or discovery date, or "
            + "record a complaint sent.";
    private static final String INDENT = " ".repeat(12);
    private static final RuleTexts TEXTS = RuleTexts.standard();

    @Override
    List<DeadlineJson> items(Standing standing) {
        return standing.deadlines().stream().map(DeadlineJson::of).toList();
    }

    /**
     * Each deadline as its last day, status and name, with the explanation and the source line below ("Source: … —
     * checked …", marked as guidance when not confirmed); then what to do.
     */
    @Override
    void list(Standing standing, PrintWriter out) {
        if (standing.deadlines().isEmpty()) {
            out.println(NONE_YET);
            out.println();
        }
        for (Deadline deadline : standing.deadlines()) {
            DeadlineJson item = DeadlineJson.of(deadline);
            out.printf("%-10s  %-6s  %s%n", item.due(), item.status(), item.name());
            out.println(INDENT + item.explanation());
            out.println(INDENT + TEXTS.sourceLine(deadline.source(), Locale.ENGLISH));
            out.println();
        }
        out.println("Next step: " + GuideTexts.step(standing.advice(), Locale.ENGLISH));
        out.println();
        out.println(GuideTexts.disclaimer(Locale.ENGLISH));
    }
}
