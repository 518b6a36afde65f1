package nl.bewijsmap.domain;

import java.util.List;
import java.util.Objects;

/** Everything one dossier holds, as the rules, the timeline and the package read it. */
public record DossierContents(
        Dossier dossier,
        Seller seller,
        List<EvidenceItem> evidence,
        List<CallEntry> calls,
        List<DossierEvent> events) {

    public DossierContents {
        Objects.requireNonNull(dossier, "dossier");
        seller = Objects.requireNonNullElse(seller, Seller.EMPTY);
        evidence = List.copyOf(evidence);
        calls = List.copyOf(calls);
        events = List.copyOf(events);
    }

    public DossierFacts facts() {
        return dossier.facts();
    }

    public Country country() {
        return dossier.facts().country();
    }
}
