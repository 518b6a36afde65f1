package nl.bewijsmap.ui.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.ui.common.Background;

/**
 * Small pictures for the evidence list, made and loaded off the FX thread and kept in memory for the pictures
 * seen last, so that scrolling through hundreds of photos never waits for a disk or a decoder. Called on the
 * FX thread only.
 */
public final class ThumbnailLoader {

    /** Makes (or finds) the thumbnail file of a stored file; blocking. {@code ThumbnailCache} in the app. */
    public interface Source {
        Optional<Path> thumbnail(String sha256, MediaType type);
    }


    private final Source source;
    private final Executor workers;
    private final Background background;
    private final double edge;
    private final Map<String, Optional<Image>> cache;
    private final Map<String, List<Consumer<Optional<Image>>>> waiting = new HashMap<>();

    /**
     * {@code edge} is the size the picture is shown at, in pixels; it is loaded at twice that for sharp screens.
     * {@code kept} pictures stay in memory, the ones seen last.
     */
    public ThumbnailLoader(Source source, Executor workers, Background background, double edge, int kept) {
        this.source = source;
        this.workers = workers;
        this.background = background;
        this.edge = edge;
        this.cache = new LinkedHashMap<>(kept, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Optional<Image>> eldest) {
                return size() > kept;
            }
        };
    }

    /**
     * Two threads that take the newest request first: after a fast scroll the pictures now on screen come
     * before those scrolled past.
     */
    public static ExecutorService newestFirst() {
        AtomicInteger count = new AtomicInteger();
        BlockingQueue<Runnable> stack = new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable task) {
                return offerFirst(task);
            }
        };
        return new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, stack, runnable -> {
            Thread thread = new Thread(runnable, "bewijsmap-thumbnail-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    /** The picture at once when it is in memory; otherwise {@code onReady} gets it later (empty: none possible). */
    public Optional<Image> get(EvidenceItem item, Consumer<Optional<Image>> onReady) {
        Optional<Image> known = cache.get(item.sha256());
        if (known != null) {
            return known;
        }
        if (!item.mediaType().isImage() && item.mediaType() != MediaType.PDF) {
            return Optional.empty();
        }
        List<Consumer<Optional<Image>>> callbacks = waiting.get(item.sha256());
        if (callbacks != null) {
            callbacks.add(onReady);
            return Optional.empty();
        }
        callbacks = new ArrayList<>();
        callbacks.add(onReady);
        waiting.put(item.sha256(), callbacks);
        String sha = item.sha256();
        MediaType type = item.mediaType();
        workers.execute(() -> {
            Optional<Image> image = load(sha, type);
            background.onFx(() -> {
                cache.put(sha, image);
                List<Consumer<Optional<Image>>> all = waiting.remove(sha);
                if (all != null) {
                    all.forEach(callback -> callback.accept(image));
                }
            });
        });
        return Optional.empty();
    }

    private Optional<Image> load(String sha, MediaType type) {
        try {
            return source.thumbnail(sha, type)
                    .map(path -> new Image(path.toUri().toString(), edge * 2, edge * 2, true, true, false))
                    .filter(image -> !image.isError());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
