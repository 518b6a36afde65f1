package nl.bewijsmap.ui.letters;

import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Phase;

/** A letter kept as sent: the event that records it, its PDF kept as evidence, and the dossier's phase after it. */
public record SentLetter(DossierEvent event, EvidenceItem copy, Phase phase) {
}
