package nl.bewijsmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier list}: every dossier, as a table or as JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the dossiers, newest change first.")
final class ListDossiersCommand implements Callable<Integer> {

    @ParentCommand
    private DossierCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Option(names = "--archived", description = "Include archived dossiers (JSON always includes them).")
    private boolean archived;

    @Override
    public Integer call() throws JsonProcessingException {
        List<DossierSummary> dossiers;
        try (Services services = parent.openServices()) {
            dossiers = services.dossiers().list(json || archived);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(dossiers.stream().map(DossierJson::of).toList()));
        } else if (dossiers.isEmpty()) {
            out.println("No dossiers yet. Create one with: bewijsmap dossier create --title \"Washing machine\"");
        } else {
            out.printf("%-6s %-32s %-24s %-18s %s%n", "ID", "TITLE", "SELLER", "PHASE", "LAST CHANGE");
            for (DossierSummary d : dossiers) {
                out.printf("%-6d %-32s %-24s %-18s %s%s%n", d.id(), cut(d.title(), 32), cut(d.sellerName(), 24),
                        d.phase(), d.updatedAt().local(), d.archived() ? "  (archived)" : "");
            }
        }
        out.flush();
        return 0;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
