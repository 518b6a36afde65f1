package nl.bewijsmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.rules.GuideTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deadlines}: the legal deadlines that apply to a dossier's facts today, earliest first, with their sources. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = "Show the legal deadlines that apply to a dossier as of today, earliest first: the last day, "
                + "whether it is still open, met or passed, what it means and where the rule comes from. Then the "
                + "next step.")
final class DeadlinesCommand implements Callable<Integer> {

    private static final String NONE_YET = "No deadlines apply yet: add the order, delivery or discovery date, or record a "
            + "complaint sent.";
    private static final String INDENT = " ".repeat(12);

    @Mixin
    private DossierOption dossier;

    @Option(names = "--json", description = "Print one JSON array instead of a listing.")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Standing standing;
        try (Services services = dossier.open()) {
            standing = services.rules().standing(dossier.id());
        }
        PrintWriter out = dossier.commandLine().getOut();
        if (json) {
            out.println(Json.write(standing.deadlines().stream().map(DeadlineJson::of).toList()));
        } else {
            list(standing, out);
        }
        out.flush();
        return 0;
    }

    private static void list(Standing standing, PrintWriter out) {
        if (standing.deadlines().isEmpty()) {
            out.println(NONE_YET);
            out.println();
        }
        for (Deadline deadline : standing.deadlines()) {
            DeadlineJson item = DeadlineJson.of(deadline);
            out.printf("%-10s  %-6s  %s%n", item.due(), item.status(), item.name());
            out.println(INDENT + item.explanation());
            out.println(INDENT + item.source());
            out.println();
        }
        out.println("Next step: " + GuideTexts.step(standing.advice(), Locale.ENGLISH));
        out.println();
        out.println(GuideTexts.disclaimer(Locale.ENGLISH));
    }
}
