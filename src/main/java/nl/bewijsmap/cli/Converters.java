package nl.bewijsmap.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.bewijsmap.domain.EvidenceKind;
import picocli.CommandLine.ITypeConverter;
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

    /** Accepts {@code order-confirmation} as well as {@code ORDER_CONFIRMATION}. */
    static final class KindConverter implements ITypeConverter<EvidenceKind> {
        @Override
        public EvidenceKind convert(String value) {
            String name = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            try {
                return EvidenceKind.valueOf(name);
            } catch (IllegalArgumentException e) {
                StringBuilder kinds = new StringBuilder();
                for (EvidenceKind kind : EvidenceKind.values()) {
                    kinds.append(kinds.length() == 0 ? "" : ", ").append(kind.cliName());
                }
                throw new TypeConversionException("'" + value + "' is not a kind of evidence; use one of: " + kinds);
            }
        }
    }
}
