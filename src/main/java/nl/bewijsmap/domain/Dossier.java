package nl.bewijsmap.domain;

import java.util.Objects;

/** One dispute with one seller: its facts, its phase and when it was made and last changed. */
public record Dossier(
        long id,
        String title,
        DossierFacts facts,
        Phase phase,
        boolean archived,
        Timestamp createdAt,
        Timestamp updatedAt) {

    public Dossier {
        title = Text.clean(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A dossier needs a title");
        }
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
