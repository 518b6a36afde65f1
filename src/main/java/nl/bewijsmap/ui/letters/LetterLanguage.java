package nl.bewijsmap.ui.letters;

import java.util.Locale;
import nl.bewijsmap.ui.common.I18n;

/** The languages a letter or package can be written in, shown by name: {@code enum.LetterLanguage.<NAME>}. */
public enum LetterLanguage {
    DUTCH(I18n.DUTCH),
    ENGLISH(I18n.ENGLISH);

    private final Locale locale;

    LetterLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a letter written in this locale: English for English, else Dutch. */
    public static LetterLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? ENGLISH : DUTCH;
    }
}
