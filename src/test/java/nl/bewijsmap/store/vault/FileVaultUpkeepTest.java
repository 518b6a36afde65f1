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

/** Keeping the vault sound: sweeping crash leftovers, verifying hashes, removing unreferenced files. */
class FileVaultUpkeepTest extends VaultTestBase {

    @Test
    void aHalfWrittenFileLeftByACrashIsSweptAndNeverListed() throws IOException {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {1}), "jpg");
        Path tmp = dataDir.resolve("vault").resolve("tmp");
        Files.write(tmp.resolve("put-123.part"), new byte[] {1, 2});
        Files.write(tmp.resolve("put-456.part"), new byte[0]);

        assertThat(vault.listHashes()).containsExactly(stored.sha256());
        assertThat(vault.sweepTemporaryFiles()).isEqualTo(2);
        assertThat(tmp).isEmptyDirectory();
        assertThat(vault.listHashes()).containsExactly(stored.sha256());
    }

    @Test
    void aWorkFolderIsPrivateAndOneLeftByACrashIsSwept() throws IOException {
        Path folder = vault.newWorkFolder();
        Files.write(folder.resolve("factuur.pdf"), new byte[] {1, 2, 3});

        assertThat(folder.getParent()).isEqualTo(dataDir.resolve("vault").resolve("tmp"));
        if (Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertThat(Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        }
        assertThat(vault.sweepTemporaryFiles()).isEqualTo(1);
        assertThat(folder).doesNotExist();
    }

    @Test
    void discardingAWorkFolderDeletesItAndRefusesAnyOtherFolder() throws IOException {
        Path folder = vault.newWorkFolder();
        Files.write(folder.resolve("foto.jpg"), new byte[] {1});

        vault.discardWorkFolder(folder);

        assertThat(folder).doesNotExist();
        assertThatThrownBy(() -> vault.discardWorkFolder(sources)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sources).exists();
    }

    @Test
    void sweepingAVaultThatWasNeverUsedRemovesNothing() {
        assertThat(vault.sweepTemporaryFiles()).isZero();
        assertThat(vault.listHashes()).isEmpty();
    }

    @Test
    void verifyFindsAnUntouchedFileOk() {
        StoredFile stored = vault.put(new ByteArrayInputStream("ok".getBytes(UTF_8)), "txt");

        assertThat(vault.verify(stored.sha256())).isEqualTo(VerifyResult.OK);
    }

    @Test
    void verifyDetectsAFileChangedAfterItWasStored() throws IOException {
        StoredFile stored = vault.put(new ByteArrayInputStream("origineel".getBytes(UTF_8)), "txt");
        Path file = vault.pathOf(stored.sha256());
        assertThat(file.toFile().setWritable(true)).isTrue();
        Files.writeString(file, "aangepast");

        assertThat(vault.verify(stored.sha256())).isEqualTo(VerifyResult.CHANGED);
    }

    @Test
    void verifyDetectsAMissingFile() throws IOException {
        StoredFile stored = vault.put(new ByteArrayInputStream("weg".getBytes(UTF_8)), "txt");
        Path file = vault.pathOf(stored.sha256());
        file.toFile().setWritable(true);
        Files.delete(file);

        assertThat(vault.verify(stored.sha256())).isEqualTo(VerifyResult.MISSING);
        assertThat(vault.contains(stored.sha256())).isFalse();
        assertThatThrownBy(() -> vault.open(stored.sha256()))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void hashesAreAcceptedInCapitalsToo() {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {42}), "bin");

        assertThat(vault.contains(stored.sha256().toUpperCase())).isTrue();
    }

    @Test
    void stringsThatAreNotA64DigitHashAreRefused() {
        String tooShort = "ab".repeat(31);
        String traversal = "../../../../etc/passwd" + "0".repeat(42);
        String notHex = "g".repeat(64);
        for (String bad : new String[] {tooShort, traversal, notHex, "", null}) {
            assertThatThrownBy(() -> vault.contains(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vault.pathOf(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vault.open(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> vault.verify(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void listHashesIgnoresFilesThatAreNotStoredEvidence() throws IOException {
        StoredFile stored = vault.put(new ByteArrayInputStream(new byte[] {3}), "jpg");
        Path shard = dataDir.resolve(stored.relativePath()).getParent();
        Files.writeString(shard.resolve("notes.txt"), "not evidence");
        Files.writeString(shard.resolve("ff".repeat(32)), "in the wrong folder");

        assertThat(vault.listHashes()).containsExactly(stored.sha256());
    }

    @Test
    void unreferencedFilesAreRemovedAndReferencedOnesKept() {
        StoredFile kept = vault.put(new ByteArrayInputStream(new byte[] {1}), "jpg");
        StoredFile orphan = vault.put(new ByteArrayInputStream(new byte[] {2}), "pdf");

        int removed = vault.removeUnreferenced(Set.of(kept.sha256().toUpperCase()));

        assertThat(removed).isEqualTo(1);
        assertThat(vault.listHashes()).containsExactly(kept.sha256());
        assertThat(vault.contains(orphan.sha256())).isFalse();
    }

}
