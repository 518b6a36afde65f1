package nl.bewijsmap.cli;

import nl.bewijsmap.app.Services;
import picocli.CommandLine.Option;

/** The {@code --dossier ID} option of every command that works on one existing dossier. */
final class DossierOption {

    @Option(names = "--dossier", required = true, paramLabel = "ID",
            description = "The dossier's number ('bewijsmap dossier list' shows them).")
    private long id;

    long id() {
        return id;
    }

    /** Opens the data directory, or stops with a plain usage error when the dossier does not exist. */
    Services open(RootCommand root) {
        Services services = root.openServices();
        if (services.dossiers().find(id).isEmpty()) {
            services.close();
            throw new IllegalArgumentException("there is no dossier with number " + id
                    + "; 'bewijsmap dossier list' shows them");
        }
        return services;
    }
}
