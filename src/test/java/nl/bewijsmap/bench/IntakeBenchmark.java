package nl.bewijsmap.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.app.Services;

/**
 * Intake speed against its floor: imports generated 12 MP JPEGs and prints files per second next to
 * the time {@code sha256sum} and {@code cp} take for the same files. A benchmark, not a test: run it by
 * hand after {@code mvn package}:
 * <pre>java -cp "target/classes:target/test-classes:target/lib/*" nl.bewijsmap.bench.IntakeBenchmark 100</pre>
 */
public final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path work = Files.createTempDirectory("bewijsmap-bench");
        Path photos = Files.createDirectories(work.resolve("photos"));
        System.out.printf("Generating %d photos of 4000x3000 in %s …%n", count, photos);
        List<Path> files = generate(photos, count);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        System.out.printf("%d files, %.1f MB%n", count, bytes / 1e6);

        long floor = time("sha256sum", photos, work) + time("cp", photos, work);
        System.out.printf("sha256sum + cp: %.2f s%n", floor / 1e9);

        long start = System.nanoTime();
        int imported = 0;
        try (Services services = Services.open(work.resolve("data"), Clock.systemDefaultZone())) {
            long dossier = services.dossiers().create("Benchmark", nl.bewijsmap.domain.DossierFacts.EMPTY, null).id();
            ExecutorService workers = Executors.newFixedThreadPool(2);
            List<Future<ImportResult>> results = new ArrayList<>();
            for (Path file : files) {
                results.add(workers.submit(() -> services.importer().importFile(dossier, file, null)));
            }
            for (Future<ImportResult> result : results) {
                imported += result.get().status() == ImportStatus.IMPORTED ? 1 : 0;
            }
            workers.shutdown();
        }
        long took = System.nanoTime() - start;
        System.out.printf("Bewijsmap import: %d imported in %.2f s = %.1f files/s (%.2fx the sha256sum + cp floor)%n",
                imported, took / 1e9, count / (took / 1e9), (double) took / floor);
        System.out.printf("Heap in use at the end: %.0f MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        deleteTree(work);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                path.toFile().setWritable(true);
                Files.deleteIfExists(path);
            }
        }
    }

    /** Camera-like content (smooth with sensor noise) so the files are the size real photos are. */
    private static List<Path> generate(Path folder, int count) throws IOException {
        Random random = new Random(42);
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 3000; y++) {
            for (int x = 0; x < 4000; x++) {
                int noise = random.nextInt(24);
                image.setRGB(x, y, ((x / 16 + noise) & 0xff) << 16 | ((y / 12 + noise) & 0xff) << 8 | (noise * 5 & 0xff));
            }
        }
        List<Path> files = new ArrayList<>();
        Path first = folder.resolve("IMG_0000.jpg");
        ImageIO.write(image, "jpg", first.toFile());
        files.add(first);
        byte[] bytes = Files.readAllBytes(first);
        for (int i = 1; i < count; i++) {
            // Each file differs in its last bytes, so none is a duplicate of another.
            byte[] copy = bytes.clone();
            copy[copy.length - 3] = (byte) i;
            copy[copy.length - 4] = (byte) (i >> 8);
            Path file = folder.resolve(String.format("IMG_%04d.jpg", i));
            Files.write(file, copy);
            files.add(file);
        }
        return files;
    }

    private static long time(String tool, Path photos, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(tool);
        if (tool.equals("cp")) {
            command.add("-r");
            command.add(photos.toString());
            command.add(work.resolve("copy").toString());
        } else {
            try (Stream<Path> list = Files.list(photos)) {
                list.sorted().forEach(p -> command.add(p.toString()));
            }
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(tool + " failed");
        }
        return System.nanoTime() - start;
    }
}
