package nl.bewijsmap.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;

/**
 * Export speed and memory: fills a fresh data directory with 100 generated 12 MP camera photos (with EXIF and GPS),
 * 10 PDFs of 50 pages in all and 20 calls, exports the package for De Geschillencommissie with a letter, and prints
 * the time, the peak heap and the size of each part, next to the time ImageMagick takes to put the same photos in
 * one PDF. The brief's budget: 10 s, every part at most 10 MB, with -Xmx256m. A benchmark, not a test: run it by
 * hand after {@code mvn package}:
 * <pre>java -Xmx256m -cp "target/classes:target/test-classes:target/lib/*" nl.bewijsmap.bench.ExportBenchmark 100</pre>
 */
public final class ExportBenchmark {

    private static final int WIDTH = 4000;
    private static final int HEIGHT = 3000;
    private static final Path CONVERT = Path.of("/usr/bin/convert");

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int photos = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path work = Files.createTempDirectory("bewijsmap-export-bench");
        try {
            run(work, photos);
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path work, int count) throws Exception {
        Path photoDir = Files.createDirectories(work.resolve("photos"));
        Path pdfDir = Files.createDirectories(work.resolve("pdfs"));
        System.out.printf("Generating %d photos of %dx%d with EXIF and GPS in %s …%n", count, WIDTH, HEIGHT,
                photoDir);
        List<Path> photos = BenchFiles.photos(photoDir, count, WIDTH, HEIGHT);
        long photoBytes = 0;
        for (Path photo : photos) {
            photoBytes += Files.size(photo);
        }
        System.out.printf("%d photos, %.1f MB (%.1f MB each)%n", count, photoBytes / 1e6, photoBytes / 1e6 / count);
        List<Path> pdfs = BenchFiles.pdfs(pdfDir);
        try (Services services = Services.open(work.resolve("data"), Clock.systemDefaultZone())) {
            long dossier = fill(services, photos, pdfs);
            Path out = work.resolve("out").resolve("pakket.pdf");
            Letter letter = letter();
            PackageRequest request = new PackageRequest(Recipient.GESCHILLENCOMMISSIE, letter, Set.of(),
                    PackageRequest.DEFAULT_MAX_PART_BYTES, false, Locale.forLanguageTag("nl"), out);
            System.gc();
            HeapWatch watch = HeapWatch.start();
            long start = System.nanoTime();
            PackageResult result = services.correspondence().export(dossier, request, ExportProgress.NONE);
            long took = System.nanoTime() - start;
            long peak = watch.stop();
            System.out.printf("Bewijsmap export: %d exhibits, %d pages, %d file(s) in %.2f s (budget 10 s)%n",
                    result.exhibits(), result.pages(), result.files().size(), took / 1e9);
            System.out.printf("Peak heap in use during the export: %.0f MB (sampled every 5 ms; max heap %.0f MB)%n",
                    peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            for (Path file : result.files()) {
                System.out.printf("  %s: %.2f MB%s%n", file.getFileName(), Files.size(file) / 1e6,
                        Files.size(file) > PackageRequest.DEFAULT_MAX_PART_BYTES ? "  OVER 10 MB" : "");
            }
        }
        imageMagick(photos, work.resolve("convert.pdf"));
    }

    private static void imageMagick(List<Path> photos, Path out) throws Exception {
        if (!Files.isExecutable(CONVERT)) {
            System.out.println("ImageMagick: skipped, " + CONVERT + " is not installed");
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(CONVERT.toString());
        for (Path photo : photos) {
            command.add(photo.toString());
        }
        command.add(out.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        long took = System.nanoTime() - start;
        if (exit != 0 || !Files.exists(out) || Files.size(out) == 0) {
            // Debian's ImageMagick policy forbids writing PDF unless the machine's /etc/ImageMagick-6/policy.xml
            // allows it; that is the machine's setting, not ours to change.
            System.out.printf("ImageMagick: no time to compare, it refused after %.2f s (exit %d): %s%n", took / 1e9,
                    exit, said.lines().findFirst().orElse(""));
            return;
        }
        System.out.printf("ImageMagick (%s, the same photos into one PDF): %.2f s, %.1f MB%n", CONVERT, took / 1e9,
                Files.size(out) / 1e6);
    }

    private static long fill(Services services, List<Path> photos, List<Path> pdfs) {
        DossierFacts facts = new DossierFacts(Country.NL, true, "Wasmachine Bosch Serie 8", "ORD-2026-0042",
                "KL-77812", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 14),
                new BigDecimal("749.00"), PaymentMethod.IDEAL, "De trommel stopt en de machine lekt.",
                DesiredOutcome.REPLACEMENT);
        Seller seller = new Seller("Witgoed Online", "Witgoed Online B.V.", new Address("Industrieweg 14", "3542 AD",
                "Utrecht", ""), "12345678", "service@witgoed.example", "030 123 4567", "https://witgoed.example",
                Keurmerk.THUISWINKEL_WAARBORG, DisputeBody.GESCHILLENCOMMISSIE);
        long dossier = services.dossiers().create("Benchmark: wasmachine", facts, seller).id();
        services.parties().saveProfile(new ConsumerProfile("Anna de Vries", new Address("Kerkstraat 12", "3511 AB",
                "Utrecht", ""), "anna@example.nl", "06 12345678", ""));
        long start = System.nanoTime();
        for (Path file : photos) {
            services.importer().importFile(dossier, file, null);
        }
        for (Path file : pdfs) {
            services.importer().importFile(dossier, file, null);
        }
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            LocalDateTime at = LocalDateTime.of(2026, 2, 1, 9, 0).plusHours(i * 17L);
            services.log().logCall(dossier, new CallDetails(new Timestamp(at, null, TimestampSource.USER,
                    Precision.MINUTE), Duration.ofMinutes(3 + random.nextInt(20)), i % 3 == 0 ? CallDirection.INCOMING
                    : CallDirection.OUTGOING, "Medewerker " + i, "Klantenservice", "T-" + (88000 + i),
                    "Gesprek " + i + " over de lekkende wasmachine en de monteur die niet kwam.",
                    "Terugbellen binnen twee werkdagen; monteur wordt ingepland.", LocalDate.of(2026, 3, 1)));
        }
        System.out.printf("Imported %d photos and %d PDFs, logged 20 calls in %.1f s (not part of the export)%n",
                photos.size(), pdfs.size(), (System.nanoTime() - start) / 1e9);
        return dossier;
    }

    private static Letter letter() {
        return new Letter(LetterKind.COVER_LETTER, Recipient.GESCHILLENCOMMISSIE, Locale.forLanguageTag("nl"),
                LocalDate.of(2026, 3, 5), "Utrecht", List.of("Anna de Vries", "Kerkstraat 12", "3511 AB  Utrecht"),
                List.of("De Geschillencommissie", "Postbus 90600", "2509 LP  DEN HAAG"),
                "Klacht over Witgoed Online B.V., bestelnummer ORD-2026-0042",
                "Geachte leden van de commissie,\n\nHierbij dien ik een klacht in tegen Witgoed Online B.V.\n\n"
                        + "In de bijlagen vindt u de samenvatting, de chronologie en alle stukken.\n\n"
                        + "Met vriendelijke groet,", "Anna de Vries");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }
}
