package nl.bewijsmap.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Where the app's one bundle of user-visible texts is found, for the window, the commands and the rule texts. */
public final class Messages {

    public static final String BUNDLE = "nl.bewijsmap.messages";

    private Messages() {
    }

    /**
     * The text under {@code key} with its arguments. Only a text with a placeholder goes through MessageFormat (and
     * so writes an apostrophe doubled); a text without one is taken as it stands.
     */
    public static String text(ResourceBundle texts, Locale locale, String key, Object... args) {
        String pattern = texts.getString(key);
        return pattern.contains("{") ? new MessageFormat(pattern, locale).format(args) : pattern;
    }

    /** The texts in exactly this language: no fallback to the JVM's own locale (a Dutch computer asked for English). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
