package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.export.layout.FontFiles;
import nl.bewijsmap.export.layout.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exhibit stamp keeps its number and date however long the title. */
class StampTest {

    private final Metrics metrics = new Metrics(new FontFiles());
    private final Describe describe = new Describe(new Words(new Locale("nl")), metrics);
    private final Stamp stamp = new Stamp(metrics, describe);

    @AfterEach
    void close() {
        metrics.close();
    }

    private static Exhibit call(String agent) {
        Timestamp at = new Timestamp(LocalDateTime.of(2026, 3, 1, 10, 15), null, TimestampSource.USER,
                Precision.MINUTE);
        CallEntry call = new CallEntry(1, 1, new CallDetails(at, Duration.ofMinutes(5), CallDirection.OUTGOING, agent,
                "Klantenservice", "", "", "", null), at);
        return new Exhibit(12, new TimelineEntry.OfCall(call));
    }

    @Test
    void aLongTitleIsShortenedAndTheNumberAndDateStay() {
        Exhibit exhibit = call("Medewerker die de lekkage onder de wasmachine na het centrifugeren op zondagochtend "
                + "met handdoeken eronder en een emmer ernaast heeft bekeken en beoordeeld");
        String date = describe.when(exhibit.at());
        float room = 400;

        String text = stamp.fitted(exhibit, room);

        assertThat(text).startsWith("Bijlage 12 — ").endsWith(" — " + date).contains("…");
        assertThat(metrics.width(Look.STAMP, text)).isLessThanOrEqualTo(room);
        assertThat(text.length()).as("no more cut than needed").isGreaterThan(40);
    }

    @Test
    void aShortTitleIsLeftWhole() {
        Exhibit exhibit = call("Mark");

        assertThat(stamp.fitted(exhibit, 400)).isEqualTo(stamp.text(exhibit)).doesNotContain("…");
    }
}
