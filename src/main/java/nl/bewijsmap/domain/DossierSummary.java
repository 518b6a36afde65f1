package nl.bewijsmap.domain;

/** What the list of dossiers shows of each dossier. */
public record DossierSummary(
        long id, String title, String sellerName, Country country, Phase phase, boolean archived,
        Timestamp createdAt, Timestamp updatedAt) {

    public DossierSummary {
        title = Text.clean(title);
        sellerName = Text.clean(sellerName);
    }
}
