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

/** The vault on a temporary data directory, with helpers to look at what it wrote. */
abstract class VaultTestBase {

    @TempDir
    Path dataDir;

    @TempDir
    Path sources;

    FileVault vault;

    @BeforeEach
    void openVault() {
        vault = new FileVault(dataDir);
    }

    Path write(String name, byte[] content) throws IOException {
        return Files.write(sources.resolve(name), content);
    }

    List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir.resolve("vault"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().getFileName().toString().equals("tmp"))
                    .toList();
        }
    }

    List<Path> temporaryFiles() throws IOException {
        Path tmp = dataDir.resolve("vault").resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
