package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;

/** Thumbnails of the real files in the shared corpus: every picture and PDF answers in seconds, none throws. */
class ThumbnailCorpusTest {

    private static final int EDGE = 240;
    private static final long PER_FILE_SECONDS = 10;

    private final Thumbnails thumbnails = new Thumbnails();

    private record Outcome(String path, MediaType type, Optional<BufferedImage> thumbnail, long millis,
            String failure) {
    }

    @Test
    void everyPictureAndPdfAnswersQuicklyAndTheReadableOnesGetAThumbnail() throws Exception {
        Path corpus = Corpus.folder();
        Sniffer sniffer = new Sniffer();
        List<Path> files;
        try (Stream<Path> all = Files.walk(corpus)) {
            files = all.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(corpus)).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Outcome> started = new ArrayList<>();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                MediaType type = sniffer.sniff(file);
                if (Thumbnails.supports(type)) {
                    String path = corpus.relativize(file).toString();
                    started.add(new Outcome(path, type, Optional.empty(), -1, null));
                    futures.add(pool.submit(() -> makeOne(file, path, type)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), started.get(i)));
            }
        } finally {
            pool.shutdownNow();
        }

        report(outcomes);
        assertThat(outcomes).as("pictures and PDFs in the corpus").hasSizeGreaterThan(100);
        assertThat(outcomes).filteredOn(o -> o.failure() != null).as("files without an answer").isEmpty();
        assertThat(outcomes).filteredOn(o -> o.thumbnail().isPresent())
                .allSatisfy(o -> assertThat(Math.max(o.thumbnail().get().getWidth(), o.thumbnail().get().getHeight()))
                        .isLessThanOrEqualTo(EDGE));
        // JPEG, PNG and WebP outside malformed/ are all whole files that ImageIO decodes.
        assertThat(outcomes).filteredOn(o -> !o.path().startsWith("malformed")
                        && (o.type() == MediaType.JPEG || o.type() == MediaType.PNG || o.type() == MediaType.WEBP))
                .filteredOn(o -> o.thumbnail().isEmpty()).extracting(Outcome::path).isEmpty();
    }

    private Outcome makeOne(Path file, String path, MediaType type) {
        long start = System.nanoTime();
        Optional<BufferedImage> thumbnail = thumbnails.make(file, type, EDGE);
        return new Outcome(path, type, thumbnail, (System.nanoTime() - start) / 1_000_000, null);
    }

    private static Outcome await(Future<Outcome> future, Outcome started) throws InterruptedException {
        try {
            return future.get(PER_FILE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(started, "no answer within " + PER_FILE_SECONDS + " s");
        } catch (ExecutionException e) {
            return failed(started, "threw " + e.getCause());
        }
    }

    private static Outcome failed(Outcome started, String why) {
        return new Outcome(started.path(), started.type(), Optional.empty(), -1, why);
    }

    private static void report(List<Outcome> outcomes) {
        Map<MediaType, int[]> byType = new TreeMap<>();
        for (Outcome o : outcomes) {
            int[] counts = byType.computeIfAbsent(o.type(), t -> new int[2]);
            counts[0] += o.thumbnail().isPresent() ? 1 : 0;
            counts[1]++;
        }
        long made = outcomes.stream().filter(o -> o.thumbnail().isPresent()).count();
        System.out.printf(Locale.ROOT, "thumbnails: %d of %d pictures and PDFs%n", made, outcomes.size());
        byType.forEach((type, c) -> System.out.printf(Locale.ROOT, "  %-5s %d of %d%n", type, c[0], c[1]));
        for (Outcome o : outcomes) {
            if (o.thumbnail().isEmpty()) {
                System.out.println("  none: " + o.path() + (o.failure() == null ? "" : ", " + o.failure()));
            }
        }
        outcomes.stream().filter(o -> o.millis() >= 0).sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(3)
                .forEach(o -> System.out.printf(Locale.ROOT, "  slowest: %s %d ms%n", o.path(), o.millis()));
    }

    @Test
    void aWebpIsDecodedThroughTheTwelveMonkeysPlugIn() throws IOException {
        BufferedImage thumbnail = thumbnails.make(Corpus.file("photos/metadata-extractor-images/HTC Desire.webp"),
                MediaType.WEBP, EDGE).orElseThrow();

        assertThat(thumbnail.getHeight()).isEqualTo(EDGE);
    }

    @Test
    void aHeifWithAnExifPreviewShowsThatPreview() throws IOException {
        Path file = Corpus.file("photos/metadata-extractor-images/Issue 649.avif");

        BufferedImage thumbnail = thumbnails.make(file, MediaType.HEIF, EDGE).orElseThrow();

        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(120);
    }

    @Test
    void aHeicWithoutAnExifPreviewGivesNothing() throws IOException {
        Path file = Corpus.file("photos/metadata-extractor-images/IMG_1034.heic");

        assertThat(thumbnails.make(file, MediaType.HEIF, EDGE)).isEmpty();
    }
}
