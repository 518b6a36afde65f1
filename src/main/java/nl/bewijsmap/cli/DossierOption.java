package nl.bewijsmap.cli;

import nl.bewijsmap.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --dossier ID} option of every command that works on one existing dossier, and that command's line. */
final class DossierOption {

    /** The command this option is mixed into; its parent holds the data directory. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--dossier", required = true, paramLabel = "ID",
            description = "The dossier's number ('bewijsmap dossier list' shows them).")
    private long id;

    long id() {
        return id;
    }

    /** Where the command prints, with the streams the caller gave. */
    CommandLine commandLine() {
        return command.commandLine();
    }

    /** Opens the data directory, or stops with a plain usage error when the dossier does not exist. */
    Services open() {
        Services services = ((RootCommand) command.root().userObject()).openServices();
        if (services.dossiers().find(id).isEmpty()) {
            services.close();
            throw new IllegalArgumentException("there is no dossier with number " + id
                    + "; 'bewijsmap dossier list' shows them");
        }
        return services;
    }
}
