package nl.bewijsmap.domain;

/** Normalises free text typed by the user. */
public final class Text {

    private Text() {
    }

    /** Null becomes empty; surrounding whitespace is dropped. */
    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
