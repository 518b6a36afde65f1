package nl.bewijsmap.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

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
        List<Path> photos = photos(photoDir, count);
        long photoBytes = 0;
        for (Path photo : photos) {
            photoBytes += Files.size(photo);
        }
        System.out.printf("%d photos, %.1f MB (%.1f MB each)%n", count, photoBytes / 1e6, photoBytes / 1e6 / count);
        List<Path> pdfs = pdfs(pdfDir);
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

    /** Ten PDFs of five text pages each. */
    private static List<Path> pdfs(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 0; i < 10; i++) {
            Path file = folder.resolve(String.format("document-%02d.pdf", i));
            try (PDDocument document = new PDDocument()) {
                for (int p = 0; p < 5; p++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                        out.beginText();
                        out.setFont(font, 11);
                        out.newLineAtOffset(72, 760);
                        for (int line = 0; line < 45; line++) {
                            out.showText("Document " + i + ", page " + (p + 1) + ", line " + (line + 1)
                                    + ": factuur, leveringsvoorwaarden en correspondentie.");
                            out.newLineAtOffset(0, -15);
                        }
                        out.endText();
                    }
                }
                document.save(file.toFile());
            }
            files.add(file);
        }
        return files;
    }

    /**
     * Camera-like photos: a few distinct pictures with texture and sensor noise (so each file is a few MB, as a
     * camera's are), each saved many times with its own EXIF block (date, GPS), so no two files are the same.
     */
    private static List<Path> photos(Path folder, int count) throws IOException {
        int variants = Math.min(4, count);
        List<byte[]> encoded = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            encoded.add(picture(new Random(42 + v)));
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] jpeg = encoded.get(i % variants);
            byte[] exif = exif(LocalDateTime.of(2026, 2, 14, 9, 0).plusMinutes(i * 7L), 52.0907 + i * 1e-4,
                    5.1214 + i * 1e-4);
            Path file = folder.resolve(String.format("IMG_%04d.jpg", i));
            try (var out = Files.newOutputStream(file)) {
                out.write(jpeg, 0, 2);
                out.write(exif);
                out.write(jpeg, 2, jpeg.length - 2);
            }
            files.add(file);
        }
        return files;
    }

    private static byte[] picture(Random random) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        double phase = random.nextDouble() * 10;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int noise = random.nextInt(40) - 20;
                int r = (int) (128 + 90 * Math.sin(x / 170.0 + y / 330.0 + phase)) + noise;
                int g = (int) (120 + 80 * Math.sin(y / 140.0 + phase)) + noise;
                int b = (int) (110 + 70 * Math.cos((x + y) / 260.0)) + noise;
                image.setRGB(x, y, clamp(r) << 16 | clamp(g) << 8 | clamp(b));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** An APP1 EXIF segment: IFD0 (make, date), the EXIF IFD (date taken) and the GPS IFD (latitude, longitude). */
    static byte[] exif(LocalDateTime taken, double latitude, double longitude) {
        String date = String.format("%04d:%02d:%02d %02d:%02d:%02d\0", taken.getYear(), taken.getMonthValue(),
                taken.getDayOfMonth(), taken.getHour(), taken.getMinute(), taken.getSecond());
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: Make, DateTime, ExifIFD pointer, GPS pointer
        int ifd0 = 8;
        int ifd0Size = 2 + 4 * 12 + 4;
        int makeAt = ifd0 + ifd0Size;
        byte[] make = "Bewijsmap Bench\0".getBytes(StandardCharsets.US_ASCII);
        int dateAt = makeAt + make.length;
        int exifAt = dateAt + 20;
        int exifSize = 2 + 12 + 4;
        int exifDateAt = exifAt + exifSize;
        int gpsAt = exifDateAt + 20;
        int gpsSize = 2 + 4 * 12 + 4;
        int latAt = gpsAt + gpsSize;
        int lonAt = latAt + 24;
        tiff.position(ifd0);
        tiff.putShort((short) 4);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0132, 2, 20, dateAt);
        entry(tiff, 0x8769, 4, 1, exifAt);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.put(make);
        tiff.put(date.getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, 20, exifDateAt);
        tiff.putInt(0);
        tiff.put(date.getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 4);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latAt);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, lonAt);
        tiff.putInt(0);
        degrees(tiff, latitude);
        degrees(tiff, longitude);
        int length = tiff.position();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(0xE1);
        int size = length + 6 + 2;
        segment.write(size >> 8);
        segment.write(size & 0xFF);
        segment.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.write(tiff.array(), 0, length);
        return segment.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void degrees(ByteBuffer tiff, double value) {
        double abs = Math.abs(value);
        int d = (int) abs;
        int m = (int) ((abs - d) * 60);
        int s = (int) Math.round(((abs - d) * 60 - m) * 60 * 1000);
        tiff.putInt(d).putInt(1).putInt(m).putInt(1).putInt(s).putInt(1000);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }

    /** The most heap in use while it ran, sampled from the heap pools. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        private HeapWatch() {
            thread = new Thread(this::sample, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            watch.thread.start();
            return watch;
        }

        private void sample() {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            long pools = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pools += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("(sum of the heap pools' own peaks: %.0f MB, an upper bound)%n", pools / 1e6);
            return peak.get();
        }
    }
}
