package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Timestamp;
import org.junit.jupiter.api.Test;

/** Every corpus file gets an answer, and at least 95% of the manifest's expected timestamps are found. */
class CorpusTimestampTest {

    private static final long PER_FILE_SECONDS = 20;

    private record Outcome(Corpus.Row row, MediaType type, Reading reading, String failure) {
    }

    @Test
    void everyFileIsAnsweredAndNearlyAllTimestampsMatchTheManifest() throws Exception {
        Path corpus = Corpus.folder();
        List<Corpus.Row> rows = Corpus.rows();
        Sniffer sniffer = new Sniffer();
        MetadataReader reader = new MetadataReader(Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Corpus.Row row : rows) {
                futures.add(pool.submit(() -> readOne(corpus.resolve(row.path()), row, sniffer, reader)));
            }
            for (int i = 0; i < rows.size(); i++) {
                outcomes.add(await(futures.get(i), rows.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> failures = outcomes.stream().filter(o -> o.failure() != null)
                .map(o -> o.row().path() + ": " + o.failure()).toList();
        int counted = 0;
        int matched = 0;
        List<String> mismatches = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (!o.row().hasExpected() || o.failure() != null) {
                counted += o.row().hasExpected() ? 1 : 0;
                continue;
            }
            counted++;
            Timestamp got = o.reading().timestamp();
            if (matches(o.row().expected(), got)) {
                matched++;
            } else {
                mismatches.add(String.format(Locale.ROOT, "  %s%n    expected %s (%s)%n    got      %s%s",
                        o.row().path(), o.row().expected(), o.row().source(), describe(got),
                        o.reading().problems().isEmpty() ? "" : " " + o.reading().problems()));
            }
        }
        System.out.printf(Locale.ROOT, "timestamps: %d of %d match (%.1f%%)%n", matched, counted,
                100.0 * matched / counted);
        mismatches.forEach(System.out::println);
        failures.forEach(f -> System.out.println("  NO ANSWER " + f));

        assertThat(failures).as("files that got no answer").isEmpty();
        assertThat(outcomes).hasSize(rows.size());
        assertThat(matched * 100.0 / counted).as("share of expected timestamps found").isGreaterThanOrEqualTo(95.0);
    }

    private static Outcome readOne(Path file, Corpus.Row row, Sniffer sniffer, MetadataReader reader)
            throws Exception {
        MediaType type = sniffer.sniff(file);
        Reading reading = reader.read(file, type);
        if (reading.needsPassword() && row.password().isPresent()) {
            // The consumer gives the password later, as the manifest's notes give it here.
            reading = reader.readWithPassword(file, row.password().get());
        }
        return new Outcome(row, type, reading, null);
    }

    private static Outcome await(Future<Outcome> future, Corpus.Row row) throws InterruptedException {
        try {
            return future.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(row, null, null, "no answer within " + PER_FILE_SECONDS + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome(row, null, null, "threw " + e.getCause());
        }
    }

    /** Same instant when both sides have an offset, else the same local date-time, to the second. */
    static boolean matches(String expected, Timestamp got) {
        if (got == null) {
            return false;
        }
        String normalised = expected.replace("-00:00", "+00:00");
        boolean expectedHasOffset = normalised.endsWith("Z") || normalised.matches(".*[+-]\\d{2}:\\d{2}$");
        if (expectedHasOffset && got.offset() != null) {
            return OffsetDateTime.parse(normalised).toInstant().equals(got.local().toInstant(got.offset()));
        }
        LocalDateTime local = expectedHasOffset ? OffsetDateTime.parse(normalised).toLocalDateTime()
                : LocalDateTime.parse(normalised);
        return local.truncatedTo(ChronoUnit.SECONDS).equals(got.local().truncatedTo(ChronoUnit.SECONDS));
    }

    private static String describe(Timestamp t) {
        return t == null ? "nothing" : t.local() + (t.offset() == null ? "" : t.offset().getId()) + " from "
                + t.source();
    }
}
