package nl.bewijsmap.ui.settings;

import java.util.Locale;
import java.util.Optional;
import nl.bewijsmap.ui.common.I18n;

/** The language the user picked for the app: the system's, or Dutch or English whatever the system says. */
public enum LanguageChoice {
    SYSTEM("system"),
    DUTCH("nl"),
    ENGLISH("en");

    /** The settings key under which the choice is kept. */
    public static final String SETTING = "ui.language";

    private final String code;

    LanguageChoice(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale(Locale system) {
        return switch (this) {
            case SYSTEM -> I18n.supported(system);
            case DUTCH -> I18n.DUTCH;
            case ENGLISH -> I18n.ENGLISH;
        };
    }

    public static LanguageChoice fromCode(Optional<String> code) {
        for (LanguageChoice choice : values()) {
            if (code.filter(choice.code::equals).isPresent()) {
                return choice;
            }
        }
        return SYSTEM;
    }
}
