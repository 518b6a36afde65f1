package nl.bewijsmap.domain;

/** The webshop quality mark a seller carries, which decides the mediation route. */
public enum Keurmerk {
    NONE,
    THUISWINKEL_WAARBORG,
    WEBWINKELKEUR,
    OTHER
}
