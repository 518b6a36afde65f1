package nl.bewijsmap.letters;

import java.util.Locale;

/** The languages letters are written in; each has its own folder of templates under the letters resources. */
enum Language {
    DUTCH("nl", Locale.forLanguageTag("nl-NL")),
    ENGLISH("en", Locale.forLanguageTag("en-GB"));

    private final String folder;
    private final Locale locale;

    Language(String folder, Locale locale) {
        this.folder = folder;
        this.locale = locale;
    }

    /** Dutch for a Dutch locale, English for every other. */
    static Language of(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }

    String folder() {
        return folder;
    }

    Locale locale() {
        return locale;
    }
}
