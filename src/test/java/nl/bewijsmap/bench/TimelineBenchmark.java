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
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.store.NewEvidence;
import nl.bewijsmap.ui.MainWindow;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.timeline.TimelineScreen;
import nl.bewijsmap.ui.timeline.TimelineViewModel;

/**
 * Opening and filtering a big timeline: fills a dossier with 10,000 items (evidence, calls, notes and events),
 * opens its timeline in a real window and prints the time to the first paint, then types a search word letter by
 * letter and prints the time each keystroke takes until the list is laid out again. A benchmark, not a test; the
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

    private static void measureWindow(Services services, long dossier) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        var worker = Executors.newFixedThreadPool(2);
        Background background = new Background(worker, Platform::runLater);
        I18n i18n = new I18n(I18n.ENGLISH);
        CompletableFuture<Long> opened = new CompletableFuture<>();
        CompletableFuture<TimelineScreen> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = new Stage();
            MainWindow.applyTheme();
            TimelineScreen screen = new TimelineScreen(services, background, i18n, Clock.systemDefaultZone(),
                    new DialogService(stage, i18n), item -> { }, item -> { }, (id, phase) -> { }, () -> { },
                    Throwable::printStackTrace);
            Scene scene = new Scene(screen.view(), 1200, 760);
            scene.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            long start = System.nanoTime();
            TimelineViewModel timeline = screen.viewModel();
            scene.addPostLayoutPulseListener(() -> {
                if (timeline.loadedProperty().get() && !opened.isDone()) {
                    opened.complete(System.nanoTime() - start);
                }
            });
            screen.load(dossier);
            shown.complete(screen);
        });
        System.out.printf("Opening the timeline to its first paint: %d ms (budget 300 ms)%n",
                TimeUnit.NANOSECONDS.toMillis(opened.get(60, TimeUnit.SECONDS)));
        TimelineScreen screen = shown.get();
        // Nobody types within a moment of the window appearing: give the worker the time it has in real use to
        // word every line for searching (the first search would otherwise do that work itself).
        Thread.sleep(1500);
        List<Long> keystrokes = new ArrayList<>();
        for (String typed : List.of("t", "te", "tec", "tech", "techn", "techni", "technic", "technici",
                "technicia", "technician", "technician f", "technician fr", "technician fri", "", "zzz", "")) {
            CompletableFuture<Long> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                screen.viewModel().queryProperty().set(typed);
                screen.view().applyCss();
                screen.view().layout();
                took.complete(System.nanoTime() - start);
            });
            long nanos = took.get(30, TimeUnit.SECONDS);
            keystrokes.add(nanos);
            CompletableFuture<String> count = new CompletableFuture<>();
            Platform.runLater(() -> count.complete(screen.viewModel().countTextProperty().get()));
            System.out.printf("  typed \"%s\": %.1f ms (%s)%n", typed, nanos / 1e6, count.get());
        }
        long worst = keystrokes.stream().mapToLong(Long::longValue).max().orElse(0);
        double mean = keystrokes.stream().mapToLong(Long::longValue).average().orElse(0);
        System.out.printf("Filtering per keystroke: mean %.1f ms, worst %.1f ms (budget 50 ms)%n", mean / 1e6,
                worst / 1e6);
        Platform.exit();
        worker.shutdownNow();
    }

    private static long millis(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }
}
