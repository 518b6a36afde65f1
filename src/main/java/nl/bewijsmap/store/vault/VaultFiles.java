package nl.bewijsmap.store.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The file-system moves the vault relies on to keep files whole through a crash or power cut. */
final class VaultFiles {

    private static final Logger LOG = LoggerFactory.getLogger(VaultFiles.class);

    private VaultFiles() {
    }

    /**
     * Moves a finished file into place in one step, so no reader ever sees half of it. Without
     * REPLACE_EXISTING the plain fallback fails rather than overwrite a stored file.
     */
    static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("The file system refuses an atomic move to {}; using a plain move", target);
            Files.move(source, target);
        }
    }

    /** Makes a rename durable: on Linux the new directory entry survives a power cut only once the directory is synced. */
    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory as a channel; NTFS journals the rename itself.
            LOG.debug("Could not sync directory {}", directory, e);
        }
    }

    /** Stored evidence must not be changed by accident, by us or by another program. */
    static void makeReadOnly(Path file) {
        if (!file.toFile().setWritable(false, false)) {
            LOG.warn("Could not make {} read-only", file);
        }
    }

    /** Deletes a file, first lifting the read-only mark that Windows would otherwise refuse to delete. */
    static boolean delete(Path file) throws IOException {
        file.toFile().setWritable(true, true);
        return Files.deleteIfExists(file);
    }

    /** Cleans up after a failure that is already being reported; a second failure only goes to the log. */
    static void deleteQuietly(Path file) {
        try {
            delete(file);
        } catch (IOException e) {
            LOG.warn("Could not delete temporary file {}", file, e);
        }
    }
}
