package nl.bewijsmap.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.bewijsmap.rules.RuleTexts;

/** How dates, times and amounts are written in a letter's language: "3 maart 2026", "€ 1.299,00", "10.15". */
final class LetterFormat {

    private final Language language;

    LetterFormat(Language language) {
        this.language = language;
    }

    /** "3 maart 2026" or "3 March 2026": as the rule texts write a date. */
    String date(LocalDate date) {
        return RuleTexts.date(date, language.locale());
    }

    /** "10.15" in Dutch (followed by "uur" in the template), "10:15" in English. */
    String time(LocalTime time) {
        return DateTimeFormatter.ofPattern(language == Language.DUTCH ? "H.mm" : "H:mm", Locale.ROOT).format(time);
    }

    /** "€ 1.299,00" in Dutch, "€1,299.00" in English: always with cents, as on an invoice. */
    String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(language.locale()));
        String number = format.format(amount.setScale(2, RoundingMode.HALF_UP));
        return language == Language.DUTCH ? "€ " + number : "€" + number;
    }
}
