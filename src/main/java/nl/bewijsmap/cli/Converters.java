package nl.bewijsmap.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.TypeConversionException;

/** Parses command-line values with messages a person understands. */
final class Converters {

    private Converters() {
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date; write it as 2026-03-05 (year-month-day)");
        }
    }

    static BigDecimal price(String value) {
        String cleaned = value.strip().replace("€", "").replace("EUR", "").strip().replace(',', '.');
        try {
            BigDecimal price = new BigDecimal(cleaned);
            if (price.signum() < 0) {
                throw new TypeConversionException("a price cannot be negative: '" + value + "'");
            }
            return price.setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not an amount in euros; write it as 49.95");
        }
    }
}
