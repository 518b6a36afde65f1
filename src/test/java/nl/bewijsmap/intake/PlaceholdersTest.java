package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final Placeholders placeholders = new Placeholders(NOW);

    @ParameterizedTest(name = "{0} {1} from {2}: placeholder {3}")
    @CsvSource(textBlock = """
            2024-05-01T14:03:22, ,       EXIF_ORIGINAL,  false
            1970-01-01T00:00:00, Z,      EXIF_ORIGINAL,  true
            1904-01-01T00:00:00, Z,      QUICKTIME,      true
            1989-12-31T23:59:59, ,       PDF_CREATION,   true
            1990-01-01T00:00:01, ,       PDF_CREATION,   false
            2000-01-01T00:00:00, ,       EXIF_ORIGINAL,  true
            1998-01-01T00:00:00, ,       EXIF_ORIGINAL,  true
            2024-01-01T00:00:00, +01:00, EMAIL_DATE,     false
            2024-01-01T00:00:01, ,       EXIF_ORIGINAL,  false
            2002-12-08T12:00:00, ,       EXIF_DIGITIZED, true
            2026-03-03T11:00:00, Z,      EMAIL_DATE,     false
            2026-03-03T13:00:00, Z,      EMAIL_DATE,     true
            2026-03-04T00:00:00, +14:00, EMAIL_DATE,     false
            2026-03-04T02:00:00, ,       EXIF_ORIGINAL,  false
            2026-03-04T02:00:01, ,       EXIF_ORIGINAL,  true
            2038-05-05T01:29:24, ,       EXIF_ORIGINAL,  true
            """)
    void distrustsResetClocksZerosAndTheFuture(String local, String offset, TimestampSource source,
            boolean placeholder) {
        Timestamp t = new Timestamp(LocalDateTime.parse(local), offset == null ? null : ZoneOffset.of(offset),
                source, Precision.SECOND);
        assertThat(placeholders.isPlaceholder(t)).isEqualTo(placeholder);
    }

    @ParameterizedTest
    @CsvSource({"2024-01-01, false", "1985-06-01, true"})
    void aDateOnlyNewYearIsARealDate(String day, boolean placeholder) {
        Timestamp t = new Timestamp(LocalDateTime.parse(day + "T00:00"), null, TimestampSource.XMP, Precision.DAY);
        assertThat(placeholders.isPlaceholder(t)).isEqualTo(placeholder);
    }
}
