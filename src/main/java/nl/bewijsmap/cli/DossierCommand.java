package nl.bewijsmap.cli;

import nl.bewijsmap.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Groups the commands that work on whole dossiers. */
@Command(name = "dossier", description = "Create and list dossiers.",
        mixinStandardHelpOptions = true,
        subcommands = {CreateDossierCommand.class, ListDossiersCommand.class})
final class DossierCommand {

    @ParentCommand
    private RootCommand root;

    Services openServices() {
        return root.openServices();
    }
}
