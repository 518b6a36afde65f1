package nl.bewijsmap.store.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Content-addressed store of evidence files: each file lives once under {@code vault/ab/<sha256>.<ext>}
 * and is never modified after it is stored.
 */
public final class FileVault {

    static final String VAULT = "vault";
    static final String TMP = "tmp";

    /** Striped locks so two puts of the same content in this JVM cannot both decide the hash is new. */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private final VaultIndex index;
    private final Path tmp;

    /** A vault inside the given data directory; folders are created on the first put. */
    public FileVault(Path dataDirectory) {
        Path vault = Objects.requireNonNull(dataDirectory, "dataDirectory").resolve(VAULT);
        this.index = new VaultIndex(vault);
        this.tmp = vault.resolve(TMP);
    }

    /** Stores a copy of a file, keeping its (sanitised) extension. */
    public StoredFile put(Path source) {
        if (Files.isDirectory(source)) {
            throw new VaultException(source.getFileName() + " is a folder, not a file.");
        }
        try (InputStream in = Files.newInputStream(source)) {
            return put(in, Extensions.of(source));
        } catch (IOException e) {
            throw new VaultException("Could not read " + source.getFileName() + " to store it: " + e.getMessage(), e);
        }
    }

    /** Stores everything the stream holds; the caller closes the stream. */
    public StoredFile put(InputStream in, String extension) {
        Objects.requireNonNull(in, "in");
        String ext = Extensions.sanitise(extension);
        Path temp = null;
        try {
            Files.createDirectories(tmp);
            temp = Files.createTempFile(tmp, "put-", ".part");
            MessageDigest digest = Sha256.newDigest();
            long size = copyAndSync(in, temp, digest);
            return publish(temp, Sha256.hex(digest.digest()), size, ext);
        } catch (IOException e) {
            throw new VaultException("Could not store the file in the vault: " + e.getMessage(), e);
        } finally {
            if (temp != null && Files.exists(temp)) {
                VaultFiles.deleteQuietly(temp);
            }
        }
    }

    /** Streams the bytes once, hashing as they pass, and forces them to disk before anyone can see the file. */
    private static long copyAndSync(InputStream in, Path temp, MessageDigest digest) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            byte[] buffer = new byte[Sha256.BUFFER_SIZE];
            long size = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                size += read;
            }
            channel.force(true);
            return size;
        }
    }

    private StoredFile publish(Path temp, String hash, long size, String ext) throws IOException {
        synchronized (lockFor(hash)) {
            Optional<Path> existing = index.find(hash);
            if (existing.isPresent()) {
                VaultFiles.delete(temp);
                return new StoredFile(hash, size, index.relativePath(existing.get()), true);
            }
            Path target = index.fileFor(hash, ext);
            Files.createDirectories(target.getParent());
            VaultFiles.makeReadOnly(temp);
            VaultFiles.moveIntoPlace(temp, target);
            VaultFiles.syncDirectory(target.getParent());
            return new StoredFile(hash, size, index.relativePath(target), false);
        }
    }

    private static Object lockFor(String hash) {
        return LOCKS[Integer.parseInt(hash.substring(0, 2), 16) % LOCKS.length];
    }

    /**
     * A new, empty folder for a file on its way into the vault, such as an email's attachment taken out to
     * be imported under its own name. The caller deletes it; one left by a crash is swept like a
     * half-written file.
     */
    public Path newWorkFolder() {
        try {
            Files.createDirectories(tmp);
            // On POSIX systems a temporary folder is created readable by its owner only.
            return Files.createTempDirectory(tmp, VaultIndex.WORK_PREFIX);
        } catch (IOException e) {
            throw new VaultException("Could not make a temporary folder in the vault: " + e.getMessage(), e);
        }
    }

    /** Deletes a folder made by {@link #newWorkFolder} with what is in it; what cannot go now is swept later. */
    public void discardWorkFolder(Path folder) {
        Path name = folder.getFileName();
        if (!tmp.equals(folder.getParent()) || name == null || !name.toString().startsWith(VaultIndex.WORK_PREFIX)) {
            throw new IllegalArgumentException("Not a work folder of this vault: " + folder);
        }
        VaultIndex.deleteWorkFolder(folder);
    }

    /** Opens a stored file for reading; the caller closes the stream. */
    public InputStream open(String sha256) {
        Path file = pathOf(sha256);
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new VaultException("Could not open the stored file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** Where the file with this hash is stored, whatever its extension. */
    public Path pathOf(String sha256) {
        String hash = Sha256.requireValid(sha256);
        return index.find(hash).orElseThrow(() -> new VaultException(
                "The stored file " + hash + " is missing from the vault."));
    }

    public boolean contains(String sha256) {
        return index.find(Sha256.requireValid(sha256)).isPresent();
    }

    /** Reads the stored file again and checks it still has the hash it was stored under. */
    public VerifyResult verify(String sha256) {
        String hash = Sha256.requireValid(sha256);
        Optional<Path> file = index.find(hash);
        if (file.isEmpty()) {
            return VerifyResult.MISSING;
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            return Sha256.of(in).equals(hash) ? VerifyResult.OK : VerifyResult.CHANGED;
        } catch (IOException e) {
            throw new VaultException("Could not read the stored file " + file.get().getFileName()
                    + " to check it: " + e.getMessage(), e);
        }
    }

    /**
     * Removes half-written files left in {@code tmp/} by a crash. Call on start-up, before any put:
     * a put in progress would lose its temporary file.
     */
    public int sweepTemporaryFiles() {
        return sweepTemporaryFiles(java.time.Duration.ZERO);
    }

    /** As {@link #sweepTemporaryFiles()}, sparing files younger than {@code olderThan} (another process's put). */
    public int sweepTemporaryFiles(java.time.Duration olderThan) {
        return index.sweep(tmp, olderThan);
    }

    /** The hashes of all stored files, sorted. */
    public Set<String> listHashes() {
        return index.hashes();
    }

    /**
     * Deletes stored files whose hash is not in the given set: files whose database row was never
     * committed. Call on start-up, before any put, since a fresh put has no row yet.
     */
    public int removeUnreferenced(Set<String> referencedHashes) {
        return removeUnreferenced(referencedHashes, java.time.Duration.ZERO);
    }

    /** As {@link #removeUnreferenced(Set)}, sparing files younger than {@code olderThan}. */
    public int removeUnreferenced(Set<String> referencedHashes, java.time.Duration olderThan) {
        Set<String> keep = referencedHashes.stream()
                .map(hash -> hash.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return index.removeAllExcept(keep, olderThan);
    }
}
