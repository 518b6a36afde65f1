package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.TestPictures;
import nl.bewijsmap.intake.Thumbnails;
import nl.bewijsmap.store.vault.FileVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thumbnails kept next to the vault: made once, found again, broken files given up on for good. */
class ThumbnailCacheTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path dataDir;

    @TempDir
    Path sources;

    private FileVault vault;

    @BeforeEach
    void openVault() {
        vault = new FileVault(dataDir);
    }

    private ThumbnailCache newCache() {
        return new ThumbnailCache(dataDir, vault, new Thumbnails());
    }

    private String store(String name, byte[] content) throws IOException {
        return vault.put(Files.write(sources.resolve(name), content)).sha256();
    }

    private List<Path> thumbnailFolder() throws IOException {
        Path folder = dataDir.resolve(ThumbnailCache.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aThumbnailIsMadeOnceAndFoundAgainAfterARestart() throws IOException {
        String sha = store("photo.jpg", TestPictures.jpeg(1200, 900, Color.BLUE));

        Path made = newCache().thumbnail(sha, MediaType.JPEG).orElseThrow();
        BufferedImage picture = ImageIO.read(made.toFile());
        assertThat(made.getFileName()).hasToString(sha + "-" + ThumbnailCache.SIZE + ".jpg");
        assertThat(picture.getWidth()).isEqualTo(ThumbnailCache.SIZE);
        assertThat(picture.getHeight()).isEqualTo(180);

        // Made again, the file would get a new modification time.
        Files.setLastModifiedTime(made, LONG_AGO);
        assertThat(newCache().thumbnail(sha, MediaType.JPEG)).contains(made);
        assertThat(Files.getLastModifiedTime(made)).isEqualTo(LONG_AGO);
        assertThat(thumbnailFolder()).containsExactly(made);
    }

    @Test
    void aFileThatGivesNoThumbnailIsMarkedAndNotDecodedAgainAfterARestart() throws IOException {
        String sha = store("broken.jpg", TestPictures.noise(4096));
        ThumbnailCache cache = newCache();

        assertThat(cache.thumbnail(sha, MediaType.JPEG)).isEmpty();
        Path marker = cache.markerFor(sha);
        assertThat(marker).isEmptyFile();

        // Swap the stored bytes for a good photo behind the vault's back: only a decode would notice.
        Path stored = vault.pathOf(sha);
        stored.toFile().setWritable(true);
        Files.write(stored, TestPictures.jpeg(300, 200, Color.BLUE));
        assertThat(newCache().thumbnail(sha, MediaType.JPEG)).isEmpty();

        Files.delete(marker);
        assertThat(newCache().thumbnail(sha, MediaType.JPEG)).isPresent();
    }

    @Test
    void typesWithoutPicturesTouchNothingOnDisk() throws IOException {
        String sha = store("clip.mp4", TestPictures.noise(2048));

        assertThat(newCache().thumbnail(sha, MediaType.MP4)).isEmpty();
        assertThat(thumbnailFolder()).isEmpty();
    }

    @Test
    void aFileMissingFromTheVaultIsNotMarkedAsBroken() throws IOException {
        String sha = "ab".repeat(32);
        ThumbnailCache cache = newCache();

        assertThat(cache.thumbnail(sha, MediaType.JPEG)).isEmpty();
        assertThat(cache.markerFor(sha)).doesNotExist();
    }

    @Test
    void manyThreadsAskingForTheSameThumbnailGetOneWholeFile() throws Exception {
        String sha = store("photo.jpg", TestPictures.jpeg(2000, 1500, Color.BLUE));
        ThumbnailCache cache = newCache();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Optional<Path>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return cache.thumbnail(sha, MediaType.JPEG);
                }));
            }
            start.countDown();
            Path first = results.get(0).get().orElseThrow();
            for (Future<Optional<Path>> result : results) {
                assertThat(result.get()).contains(first);
            }
            assertThat(ImageIO.read(first.toFile()).getWidth()).isEqualTo(ThumbnailCache.SIZE);
            assertThat(thumbnailFolder()).as("no temporary files left").containsExactly(first);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theThumbnailFolderIsPrivateToTheUser() throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView(PosixFileAttributeView.class));
        String sha = store("photo.png", TestPictures.png(TestPictures.solid(300, 200, Color.BLUE)));

        Path made = newCache().thumbnail(sha, MediaType.PNG).orElseThrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
    }

    @Test
    void somethingOtherThanAHashIsRefusedBeforeItBecomesAFileName() {
        assertThatThrownBy(() -> newCache().thumbnail("../../etc/passwd", MediaType.JPEG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thumbnailsOfFilesNoDossierHoldsAreTidiedAway() throws IOException {
        String kept = store("kept.jpg", TestPictures.jpeg(400, 300, Color.BLUE));
        String removed = store("removed.jpg", TestPictures.jpeg(400, 300, Color.RED));
        ThumbnailCache cache = newCache();
        Path keptThumbnail = cache.thumbnail(kept, MediaType.JPEG).orElseThrow();
        Path removedThumbnail = cache.thumbnail(removed, MediaType.JPEG).orElseThrow();

        assertThat(cache.removeUnreferenced(java.util.Set.of(kept))).isEqualTo(1);

        assertThat(keptThumbnail).exists();
        assertThat(removedThumbnail).doesNotExist();
    }
}
