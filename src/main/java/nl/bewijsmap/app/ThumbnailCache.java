package nl.bewijsmap.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.Thumbnails;
import nl.bewijsmap.store.DataDirectory;
import nl.bewijsmap.store.StoreException;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thumbnails of stored evidence, made once and kept as small JPEGs in {@code <data dir>/thumbnails/}, so a
 * dossier of hundreds of photos scrolls without decoding any of them again. Blocking and thread-safe:
 * call it from background threads, never from the FX thread.
 */
public final class ThumbnailCache {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailCache.class);

    /** The longer edge in pixels: a 120-pixel cell on a screen scaled to 200%. */
    public static final int SIZE = 240;
    static final String FOLDER = "thumbnails";
    private static final float JPEG_QUALITY = 0.85f;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Striped locks: the same file is made by one thread at a time, different files mostly in parallel. */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final Path folder;
    private final FileVault vault;
    private final Thumbnails thumbnails;
    /** Files that gave no thumbnail in this run, so scrolling past them costs nothing. */
    private final Set<String> impossible = ConcurrentHashMap.newKeySet();

    private final TimeLimit timeLimit;

    public ThumbnailCache(Path dataDirectory, FileVault vault, Thumbnails thumbnails) {
        this(dataDirectory, vault, thumbnails, null);
    }

    /** With a time limit per picture: a hostile PDF must not hold a thumbnail thread for good. */
    ThumbnailCache(Path dataDirectory, FileVault vault, Thumbnails thumbnails, TimeLimit timeLimit) {
        this.folder = Objects.requireNonNull(dataDirectory, "dataDirectory").resolve(FOLDER);
        this.vault = Objects.requireNonNull(vault, "vault");
        this.thumbnails = Objects.requireNonNull(thumbnails, "thumbnails");
        this.timeLimit = timeLimit;
    }

    /**
     * Deletes the thumbnails and marks of files no dossier holds any more (evidence removed, dossiers
     * emptied from the bin), and what a crash left half-written. Returns how many files went.
     */
    public int removeUnreferenced(Set<String> referencedHashes) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                boolean known = name.length() >= 64 && referencedHashes.contains(name.substring(0, 64));
                if (!known || name.endsWith(".part")) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not tidy the thumbnails folder", e);
        }
        return removed;
    }

    /**
     * The thumbnail file of a stored file, made now if it is not there yet; empty when the type has no
     * picture or the file cannot be decoded.
     *
     * @throws IllegalArgumentException when {@code sha256} is not a SHA-256 in hex
     */
    public Optional<Path> thumbnail(String sha256, MediaType type) {
        String hash = normalise(sha256);
        if (!Thumbnails.supports(type) || impossible.contains(hash)) {
            return Optional.empty();
        }
        Path target = folder.resolve(hash + "-" + SIZE + ".jpg");
        // The file appears in one rename, so when it is there it is whole: no lock needed to hand it out.
        if (isPresent(target)) {
            return Optional.of(target);
        }
        synchronized (LOCKS[Integer.parseInt(hash.substring(0, 2), 16) % LOCKS.length]) {
            if (isPresent(target)) {
                return Optional.of(target);
            }
            Path marker = markerFor(hash);
            if (Files.exists(marker)) {
                impossible.add(hash);
                return Optional.empty();
            }
            return make(hash, type, target, marker);
        }
    }

    /**
     * A larger picture of a stored file for looking at it in the app (a photo, a PDF's first page), made now and
     * not kept; empty when the type has no picture, the file cannot be decoded or it takes too long.
     */
    public Optional<BufferedImage> preview(String sha256, MediaType type, int maxEdge) {
        String hash = normalise(sha256);
        if (!Thumbnails.supports(type) || impossible.contains(hash)) {
            return Optional.empty();
        }
        Path source;
        try {
            source = vault.pathOf(hash);
        } catch (StoreException e) {
            LOG.warn("No preview for {}: {}", hash, e.getMessage());
            return Optional.empty();
        }
        try {
            return timeLimit == null ? thumbnails.make(source, type, maxEdge)
                    : timeLimit.run(() -> thumbnails.make(source, type, maxEdge));
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.info("No preview for {}: {}", hash, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Where the "no thumbnail possible" mark for a file lives. Its name holds a version: raise it when a
     * better decoder arrives (HEIC, say) so files given up on are tried once more.
     */
    Path markerFor(String sha256) {
        return folder.resolve(normalise(sha256) + "-" + SIZE + ".v1.none");
    }

    private Optional<Path> make(String hash, MediaType type, Path target, Path marker) {
        Path source;
        try {
            source = vault.pathOf(hash);
        } catch (StoreException e) {
            // Not remembered: a missing file is a vault problem the user may still fix from a backup.
            LOG.warn("No thumbnail for {}: {}", hash, e.getMessage());
            return Optional.empty();
        }
        Optional<BufferedImage> picture;
        try {
            picture = timeLimit == null ? thumbnails.make(source, type, SIZE)
                    : timeLimit.run(() -> thumbnails.make(source, type, SIZE));
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.info("No thumbnail for {}: making it took longer than {}", hash, timeLimit.limit());
            impossible.add(hash);
            writeMarker(marker);
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            // Out of memory, say: says nothing lasting about the file, so it is not marked.
            LOG.warn("No thumbnail for {} this time", hash, e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            return Optional.empty();
        }
        if (picture.isEmpty()) {
            // A stopped thread says nothing about the file; only a real failure is remembered.
            if (!Thread.currentThread().isInterrupted()) {
                impossible.add(hash);
                writeMarker(marker);
            }
            return Optional.empty();
        }
        try {
            prepareFolder();
            write(picture.get(), target);
            return Optional.of(target);
        } catch (IOException | StoreException e) {
            LOG.warn("Could not save the thumbnail of {}", hash, e);
            return Optional.empty();
        }
    }

    /** Written to a temporary name and renamed, so neither a reader nor a crash ever sees half a file. */
    private void write(BufferedImage picture, Path target) throws IOException {
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), ".part");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            // Another process of the app may have made the same thumbnail meanwhile; both are equally good.
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Kept on disk so a broken file is not decoded again at every start; losing the mark costs one retry. */
    private void writeMarker(Path marker) {
        try {
            prepareFolder();
            Files.write(marker, new byte[0]);
        } catch (IOException | StoreException e) {
            LOG.warn("Could not remember that {} has no thumbnail", marker.getFileName(), e);
        }
    }

    /** Thumbnails show the evidence, so the folder is as private as the data folder itself. */
    private void prepareFolder() {
        if (!Files.isDirectory(folder)) {
            DataDirectory.prepare(folder);
        }
    }

    private static boolean isPresent(Path file) {
        try {
            // An empty file is what a crash between rename and write-back can leave on some file systems.
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static String normalise(String sha256) {
        String hash = Objects.requireNonNull(sha256, "sha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(hash).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hash: " + sha256);
        }
        return hash;
    }
}
