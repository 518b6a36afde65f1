package nl.bewijsmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.store.NewEvidence;
import nl.bewijsmap.ui.MainWindow;
import nl.bewijsmap.ui.common.AppExecutor;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/**
 * Opening and filtering a big timeline: fills a dossier with 10,000 items (evidence, calls, notes and events),
 * shows the app's main window, opens the dossier as a click in the list does and prints the time to the first paint
 * of its timeline, then types a search word letter by letter and prints the time each keystroke takes until the
 * window is laid out again. A benchmark, not a test; the
 * brief's budgets are 300 ms to open and 50 ms a keystroke. Run it by hand after {@code mvn package}, with a display
 * (or with {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw} and Monocle on the path):
 * <pre>mvn -q dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -cp "target/classes:target/test-classes:$(cat target/test.classpath)" nl.bewijsmap.bench.TimelineBenchmark 10000</pre>
 */
public final class TimelineBenchmark {

    private static final String[] WORDS = {"washing", "machine", "drum", "leak", "refund", "repair", "technician",
        "invoice", "parcel", "delivery", "noise", "door", "seal", "water", "floor", "photo", "email", "complaint",
        "warranty", "customer", "service", "ticket", "agreed", "friday", "monday", "call", "back", "manager"};

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path data = Files.createTempDirectory("bewijsmap-timeline-bench");
        try (Services services = Services.open(data, Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            long dossier = fill(services, count);
            System.out.printf("Filled a dossier with %d items in %.1f s (%s)%n", count,
                    (System.nanoTime() - start) / 1e9, data);
            long read = System.nanoTime();
            services.log().contents(dossier);
            System.out.printf("Reading the dossier from the database: %d ms%n", millis(read));
            services.dossiers().create("A small dossier", DossierFacts.EMPTY, null);
            measureWindow(services, dossier);
        }
    }

    private static long fill(Services services, int count) {
        Random random = new Random(42);
        long dossier = services.dossiers().create("Benchmark", DossierFacts.EMPTY, null).id();
        LocalDateTime first = LocalDateTime.parse("2025-01-01T08:00");
        services.database().inTransaction(c -> {
            for (int i = 0; i < count; i++) {
                LocalDateTime at = first.plusMinutes(random.nextInt(60 * 24 * 600));
                switch (i % 5) {
                    case 0, 1, 2 -> services.evidence().add(dossier, evidence(i, at, random));
                    case 3 -> services.log().logCall(dossier, new CallDetails(user(at, Precision.MINUTE),
                            Duration.ofMinutes(3 + random.nextInt(30)), CallDirection.OUTGOING, "Agent " + i % 40,
                            "Customer service", "T-" + i, sentence(random, 12), sentence(random, 8), null));
                    default -> services.log().record(dossier, i % 2 == 0 ? EventKind.NOTE : EventKind.REPAIR,
                            user(at, i % 3 == 0 ? Precision.DAY : Precision.MINUTE), sentence(random, 15));
                }
            }
            return null;
        });
        return dossier;
    }

    private static NewEvidence evidence(int i, LocalDateTime at, Random random) {
        Timestamp reading = i % 97 == 0 ? null
                : new Timestamp(at, null, TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
        return new NewEvidence(EvidenceKind.PHOTO, sentence(random, 4), sentence(random, 10), "IMG_" + i + ".jpg",
                String.format(Locale.ROOT, "%064x", i + 1), 4_000_000, MediaType.JPEG, reading, "", false);
    }

    private static Timestamp user(LocalDateTime at, Precision precision) {
        return new Timestamp(at, null, TimestampSource.USER, precision);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static void measureWindow(Services services, long dossier) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // The app's own window on the app's own single worker, so the timeline waits behind whatever else opening a
        // dossier reads, as it does for a user.
        ExecutorService worker = AppExecutor.create();
        CompletableFuture<Long> opened = new CompletableFuture<>();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, services, new Background(worker, Platform::runLater),
                    I18n.ENGLISH, Clock.systemDefaultZone());
            window.show();
            shown.complete(stage.getScene());
        });
        Scene scene = shown.get(30, TimeUnit.SECONDS);
        ListView<DossierSummary> dossiers = (ListView<DossierSummary>) lookup(scene, "#dossierList");
        waitUntil(() -> dossiers.getItems().size() == 2);
        // Dossiers are listed newest first: the small one made after the big one comes first.
        System.out.printf("Opening the dossier to the first paint of its timeline, the first dossier opened since the"
                + " start: %d ms%n", open(scene, dossiers, 1));
        Platform.runLater(() -> dossiers.getSelectionModel().select(0));
        Thread.sleep(1500);
        System.out.printf("Opening it again after another dossier: %d ms (budget 300 ms)%n", open(scene, dossiers, 1));
        TextField search = (TextField) lookup(scene, "#timelineSearch");
        ListView<?> timeline = (ListView<?>) lookup(scene, "#datedList");
        Label count = (Label) lookup(scene, "#timelineCount");
        List<Long> keystrokes = new ArrayList<>();
        for (String typed : List.of("t", "te", "tec", "tech", "techn", "techni", "technic", "technici",
                "technicia", "technician", "technician f", "technician fr", "technician fri", "", "zzz", "")) {
            CompletableFuture<Long> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                search.setText(typed);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                took.complete(System.nanoTime() - start);
            });
            long nanos = took.get(30, TimeUnit.SECONDS);
            keystrokes.add(nanos);
            CompletableFuture<String> shownCount = new CompletableFuture<>();
            Platform.runLater(() -> shownCount.complete(count.getText() + ", " + timeline.getItems().size()
                    + " dated lines"));
            System.out.printf("  typed \"%s\": %.1f ms (%s)%n", typed, nanos / 1e6, shownCount.get());
        }
        long worst = keystrokes.stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = keystrokes.stream().mapToLong(Long::longValue).average().orElse(0);
        System.out.printf("Filtering per keystroke: mean %.1f ms, worst %.1f ms (budget 50 ms)%n", mean / 1e6,
                worst / 1e6);
        Platform.exit();
        worker.shutdownNow();
    }

    /** Selects a dossier in the list as a click does; returns the milliseconds until its timeline is painted. */
    private static long open(Scene scene, ListView<DossierSummary> dossiers, int index) throws Exception {
        CompletableFuture<Long> painted = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                ListView<?> timeline = (ListView<?>) scene.lookup("#datedList");
                if (timeline != null && timeline.getItems().size() > 1000 && !painted.isDone()) {
                    painted.complete(System.nanoTime() - start);
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            dossiers.getSelectionModel().select(index);
        });
        long nanos = painted.get(60, TimeUnit.SECONDS);
        Thread.sleep(1500); // let the other tabs' readings finish before anything else is measured
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static Node lookup(Scene scene, String selector) throws Exception {
        CompletableFuture<Node> found = new CompletableFuture<>();
        Platform.runLater(() -> found.complete(scene.lookup(selector)));
        Node node = found.get(10, TimeUnit.SECONDS);
        if (node == null) {
            throw new IllegalStateException("No " + selector + " in the window");
        }
        return node;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            CompletableFuture<Boolean> holds = new CompletableFuture<>();
            Platform.runLater(() -> holds.complete(condition.getAsBoolean()));
            if (holds.get(10, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The window did not get ready within 30 s");
            }
            Thread.sleep(20);
        }
    }

    private static long millis(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
