package nl.bewijsmap.cli;

import java.time.LocalDateTime;
import nl.bewijsmap.domain.DossierSummary;

/** The JSON shape of a dossier in {@code dossier list --json}. */
record DossierJson(long id, String title, String seller, String country, String phase, boolean archived,
                   LocalDateTime createdAt, String createdOffset, LocalDateTime updatedAt, String updatedOffset) {

    static DossierJson of(DossierSummary d) {
        return new DossierJson(d.id(), d.title(), d.sellerName(), d.country().name(), d.phase().name(),
                d.archived(), d.createdAt().local(), Times.offset(d.createdAt()), d.updatedAt().local(),
                Times.offset(d.updatedAt()));
    }
}
