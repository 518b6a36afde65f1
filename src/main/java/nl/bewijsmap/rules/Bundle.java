package nl.bewijsmap.rules;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.bewijsmap.domain.Messages;

/** The app's one bundle of texts in exactly one language, with the date and amount formats the rule texts share. */
final class Bundle {

    private final ResourceBundle texts;
    private final Locale locale;

    Bundle(Locale locale) {
        this.locale = locale;
        this.texts = Messages.bundle(locale);
    }

    /** The text under {@code key}; only a text with a placeholder goes through MessageFormat, as everywhere. */
    String text(String key, Object... args) {
        return Messages.text(texts, locale, key, args);
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** "19 March 2026" or "19 maart 2026". */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(date);
    }

    /** "Sunday 15 March 2026" or "zondag 15 maart 2026". */
    String dayAndDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale).format(date);
    }

    /** "21 Nov 2026" or "21 nov. 2026". */
    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM uuuu", locale).format(date);
    }

    /** An amount in euros, without cents when it is whole: "€25", "€27.50"; "€ 25", "€ 27,50" in Dutch. */
    String euros(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(locale));
        return text("rules.euros", format.format(amount));
    }

    /** "a", "a and b", "a, b and c" in the bundle's language. */
    String list(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        String head = String.join(", ", parts.subList(0, parts.size() - 1));
        return text("rules.list.and", head, parts.get(parts.size() - 1));
    }
}
