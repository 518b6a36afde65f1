package nl.bewijsmap.store.vault;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVaultTest extends VaultTestBase {

    @Test
    void aStoredFileReadsBackWithTheSameBytes() throws IOException {
        byte[] content = "Foto van de kapotte koelkast".getBytes(UTF_8);
        StoredFile stored = vault.put(write("koelkast.jpg", content));

        try (InputStream in = vault.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.alreadyPresent()).isFalse();
    }

    @Test
    void theHashIsTheSha256OfTheBytesInLowercaseHex() throws Exception {
        byte[] content = "factuur 2024-117".getBytes(UTF_8);

        StoredFile stored = vault.put(new ByteArrayInputStream(content), "pdf");

        assertThat(stored.sha256()).isEqualTo(sha256(content)).matches("[0-9a-f]{64}");
    }

    @Test
    void theFileLandsInAFolderNamedAfterTheFirstTwoHexDigits() {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), "JPG");
        String hash = stored.sha256();

        assertThat(stored.relativePath()).isEqualTo("vault/" + hash.substring(0, 2) + "/" + hash + ".jpg");
        assertThat(dataDir.resolve(stored.relativePath())).isRegularFile();
        assertThat(vault.pathOf(hash)).isEqualTo(dataDir.resolve(stored.relativePath()));
    }

    @Test
    void aFileWithoutAUsableExtensionIsStoredUnderItsHashAlone() {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {4, 5}), "../../etc");

        assertThat(stored.relativePath()).endsWith("/" + stored.sha256());
        assertThat(vault.contains(stored.sha256())).isTrue();
    }

    @Test
    void theSameContentTwiceIsStoredOnceAndTheSecondPutSaysSo() throws IOException {
        byte[] content = "dezelfde bon".getBytes(UTF_8);
        StoredFile first = vault.put(write("bon.png", content));
        StoredFile second = vault.put(write("kopie van bon.PNG", content));

        assertThat(second.alreadyPresent()).isTrue();
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.relativePath()).isEqualTo(first.relativePath());
        assertThat(storedFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void theSameContentWithAnotherExtensionIsFoundUnderTheFirstName() {
        StoredFile first = vault.put(new ByteArrayInputStream(new byte[] {9}), "jpeg");
        StoredFile second = vault.put(new ByteArrayInputStream(new byte[] {9}), "jpg");

        assertThat(second.alreadyPresent()).isTrue();
        assertThat(second.relativePath()).isEqualTo(first.relativePath()).endsWith(".jpeg");
    }

    @Test
    void aStoredFileIsMarkedReadOnly() throws IOException {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {7, 7}), "txt");

        Path file = vault.pathOf(stored.sha256());
        // Asking the file system for the marks, not Files.isWritable, which says yes to root.
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(Files.getPosixFilePermissions(file)).doesNotContain(
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        } else {
            assertThat(Files.readAttributes(file, DosFileAttributes.class).isReadOnly()).isTrue();
        }
    }

    @Test
    void anEmptyFileCanBeStored() throws Exception {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[0]), "txt");

        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo(sha256(new byte[0]));
        assertThat(vault.verify(stored.sha256())).isEqualTo(VerifyResult.OK);
    }

    @Test
    void aSourceThatCannotBeReadGivesAPlainMessageAndLeavesNothingBehind() {
        Path missing = sources.resolve("bestaat-niet.jpg");

        assertThatThrownBy(() -> vault.put(missing))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("bestaat-niet.jpg");
        assertThat(vault.listHashes()).isEmpty();
    }

    @Test
    void aFolderIsRefusedInPlainWords() throws IOException {
        Path folder = Files.createDirectory(sources.resolve("vakantie"));

        assertThatThrownBy(() -> vault.put(folder))
                .isInstanceOf(VaultException.class)
                .hasMessage("vakantie is a folder, not a file.");
    }

    @Test
    void aStreamThatFailsHalfwayLeavesNoFileBehind() throws IOException {
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                // Keeps failing once it has failed, as a removed USB stick would.
                if (left <= 0) {
                    throw new IOException("USB stick removed");
                }
                left--;
                return 'x';
            }
        };

        assertThatThrownBy(() -> vault.put(failing, "mov"))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("USB stick removed");
        assertThat(vault.listHashes()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aLargeFileIsStoredWithTheRightHash() throws Exception {
        Path large = sources.resolve("video.mp4");
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        Random random = new Random(42);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int i = 0; i < 50; i++) {
                random.nextBytes(chunk);
                expected.update(chunk);
                out.write(chunk);
            }
        }

        StoredFile stored = vault.put(large);

        assertThat(stored.size()).isEqualTo(50L * 1024 * 1024);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
        assertThat(vault.pathOf(stored.sha256())).hasSize(50L * 1024 * 1024);
        assertThat(vault.verify(stored.sha256())).isEqualTo(VerifyResult.OK);
    }

    @Test
    void fourThreadsStoringTheSameContentEndWithOneFile() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(content);
        CountDownLatch start = new CountDownLatch(1);
        Callable<StoredFile> put = () -> {
            start.await();
            return vault.put(new ByteArrayInputStream(content), "jpg");
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<StoredFile> results = new ArrayList<>();
        try {
            List<Future<StoredFile>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(put));
            }
            start.countDown();
            for (Future<StoredFile> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).extracting(StoredFile::sha256).containsOnly(sha256(content));
        assertThat(results).filteredOn(stored -> !stored.alreadyPresent()).hasSize(1);
        assertThat(storedFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
        assertThat(vault.verify(sha256(content))).isEqualTo(VerifyResult.OK);
    }
}
