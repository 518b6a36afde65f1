package nl.bewijsmap.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import nl.bewijsmap.domain.Messages;

/** The user's language: the resource bundle in force and formatting of its messages. */
public final class I18n {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private ResourceBundle bundle;

    public I18n(Locale initial) {
        locale.addListener((obs, old, now) -> bundle = loadBundle(now));
        locale.set(supported(initial));
    }

    /** Dutch for a Dutch (or Flemish) system, else English. */
    public static Locale supported(Locale requested) {
        return requested != null && requested.getLanguage().equals("nl") ? DUTCH : ENGLISH;
    }

    public static ResourceBundle loadBundle(Locale locale) {
        // Without the fallback control, an English user on a Dutch-default JVM would get Dutch.
        return Messages.bundle(locale);
    }

    public ObservableValue<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /**
     * Switches the app's language. The JVM's default locale follows, because JavaFX's own controls
     * (the date picker's month names, for one) read it.
     */
    public void switchTo(Locale requested) {
        Locale chosen = supported(requested);
        Locale.setDefault(chosen);
        locale.set(chosen);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key, filled in with its arguments; a missing key shows itself rather than failing. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /** The display name of an enum constant: key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String name(Enum<?> value) {
        return value == null ? "" : text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
