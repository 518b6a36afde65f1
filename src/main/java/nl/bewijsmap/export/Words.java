package nl.bewijsmap.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.bewijsmap.domain.Messages;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.rules.RuleTexts;

/** Everything the package says, in its language: texts from the messages bundle and how dates and amounts read. */
final class Words {

    private final Locale locale;
    private final ResourceBundle texts;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter time;

    Words(Locale locale) {
        this.locale = locale;
        this.texts = Messages.bundle(locale);
        this.shortDate = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    Locale locale() {
        return locale;
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text under {@code key}; only a text with a placeholder goes through MessageFormat, as everywhere. */
    String text(String key, Object... args) {
        return Messages.text(texts, locale, key, args);
    }

    /** "5 March 2026", "5 maart 2026", as the rule texts write it; empty for no date. */
    String date(LocalDate day) {
        return RuleTexts.date(day, locale);
    }

    /** "5 Mar 2026", "5 mrt 2026". */
    String shortDate(LocalDate day) {
        return day == null ? "" : shortDate.format(day).replace(".", "");
    }

    /** The date and, when known, the time: "5 Mar 2026 14:05". */
    String moment(Timestamp at) {
        if (at == null) {
            return "";
        }
        String day = shortDate(at.local().toLocalDate());
        return at.precision() == Precision.DAY ? day : day + " " + time.format(at.local());
    }

    /** The time of day alone, "14:05"; empty when only the day is known. */
    String time(Timestamp at) {
        return at == null || at.precision() == Precision.DAY ? "" : time.format(at.local());
    }

    /** An amount in euros with cents: "€1,234.50", "€ 1.234,50". */
    String euros(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        return text("rules.euros", format.format(amount));
    }

    /** "2.4 MB", "830 kB", "12 bytes"; decimal units, as file managers show them. */
    String size(long bytes) {
        if (bytes < 1000) {
            return text("export.size.bytes", String.valueOf(bytes));
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(locale));
        return bytes < 1_000_000 ? text("export.size.kb", format.format(bytes / 1e3))
                : text("export.size.mb", format.format(bytes / 1e6));
    }

    /** "12 min", "1 h 05 min", "45 s". */
    String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return text("export.duration.seconds", String.valueOf(seconds));
        }
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) {
            return text("export.duration.minutes", String.valueOf(minutes));
        }
        return text("export.duration.hours", String.valueOf(minutes / 60), String.format(locale, "%02d",
                minutes % 60));
    }

    /** A whole number as plain digits, never grouped: page 1234 is "1234". */
    static String number(long value) {
        return Long.toString(value);
    }
}
