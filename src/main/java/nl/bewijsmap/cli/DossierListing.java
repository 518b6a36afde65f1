package nl.bewijsmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.DisputeRules.Standing;
import nl.bewijsmap.app.Services;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A command that shows where one dossier stands today (what it holds, its deadlines, the next step) as one JSON array
 * ({@code --json}) or as a listing for people.
 */
abstract class DossierListing implements Callable<Integer> {

    @Mixin
    private DossierOption dossier;

    @Option(names = "--json", description = "Print one JSON array instead of a listing.")
    private boolean json;

    @Override
    public final Integer call() throws JsonProcessingException {
        Standing standing;
        try (Services services = dossier.open()) {
            standing = services.rules().standing(dossier.id());
        }
        PrintWriter out = dossier.commandLine().getOut();
        if (json) {
            out.println(Json.write(items(standing)));
        } else {
            list(standing, out);
        }
        out.flush();
        return 0;
    }

    /** The items of the JSON array. */
    abstract List<?> items(Standing standing);

    /** The listing for people. */
    abstract void list(Standing standing, PrintWriter out);
}
