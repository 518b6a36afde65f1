package nl.bewijsmap.domain;

/** The country whose consumer law governs a dossier. */
public enum Country {
    NL,
    BE
}
