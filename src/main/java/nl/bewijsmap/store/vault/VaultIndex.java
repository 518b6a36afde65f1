package nl.bewijsmap.store.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Knows the vault's folder layout: where a hash lives, which files are stored, what is left over. */
final class VaultIndex {

    private static final Logger LOG = LoggerFactory.getLogger(VaultIndex.class);
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    /** The name every work folder in {@code tmp/} starts with. */
    static final String WORK_PREFIX = "work-";

    private final Path vault;

    VaultIndex(Path vault) {
        this.vault = vault;
    }

    /** The path a new file with this hash and extension gets. */
    Path fileFor(String hash, String ext) {
        return vault.resolve(shard(hash)).resolve(ext.isEmpty() ? hash : hash + "." + ext);
    }

    String relativePath(Path storedFile) {
        return FileVault.VAULT + "/" + storedFile.getParent().getFileName() + "/" + storedFile.getFileName();
    }

    /** The stored file for a (valid, lowercase) hash, whatever extension it was stored with. */
    Optional<Path> find(String hash) {
        return filesIn(vault.resolve(shard(hash))).stream()
                .filter(file -> hash.equals(hashOf(file)))
                .findFirst();
    }

    SortedSet<String> hashes() {
        SortedSet<String> hashes = new TreeSet<>();
        for (Path dir : shardDirectories()) {
            for (Path file : filesIn(dir)) {
                String hash = hashOf(file);
                // A stray file that does not belong in this folder is not evidence we stored.
                if (hash != null && shard(hash).equals(dir.getFileName().toString())) {
                    hashes.add(hash);
                }
            }
        }
        return Collections.unmodifiableSortedSet(hashes);
    }

    int removeAllExcept(Set<String> keep, java.time.Duration olderThan) {
        int removed = 0;
        for (String hash : hashes()) {
            if (!keep.contains(hash)) {
                Optional<Path> file = find(hash);
                if (file.isPresent() && isOlderThan(file.get(), olderThan) && delete(file.get())) {
                    LOG.info("Removed stored file {}: no record refers to it", file.get().getFileName());
                    removed++;
                }
            }
        }
        return removed;
    }

    int sweep(Path tmp, java.time.Duration olderThan) {
        int removed = 0;
        for (Path file : filesIn(tmp)) {
            if (isOlderThan(file, olderThan) && delete(file)) {
                removed++;
            }
        }
        for (Path folder : entries(tmp, entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                && entry.getFileName().toString().startsWith(WORK_PREFIX))) {
            if (isOlderThan(folder, olderThan) && deleteWorkFolder(folder)) {
                removed++;
            }
        }
        if (removed > 0) {
            LOG.warn("Removed {} half-written file(s) or work folder(s) left in {} by an earlier crash", removed, tmp);
        }
        return removed;
    }

    /** A younger file may belong to an import that another Bewijsmap process is doing right now. */
    private static boolean isOlderThan(Path file, java.time.Duration age) {
        if (age.isZero()) {
            return true;
        }
        try {
            java.time.Instant modified = java.nio.file.Files.getLastModifiedTime(file).toInstant();
            return modified.isBefore(java.time.Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    /** A work folder holds only files (see {@link FileVault#newWorkFolder}), so one level is enough. */
    static boolean deleteWorkFolder(Path folder) {
        try {
            for (Path file : entries(folder, entry -> true)) {
                delete(file);
            }
        } catch (VaultException e) {
            LOG.warn("Could not list the work folder {}", folder, e);
        }
        return delete(folder);
    }

    private static boolean delete(Path file) {
        try {
            return VaultFiles.delete(file);
        } catch (IOException e) {
            // One stubborn file must not stop start-up; the next start tries again.
            LOG.warn("Could not delete {}", file, e);
            return false;
        }
    }

    /** The hash a stored file's name says it has, or null when the name is not a hash. */
    private static String hashOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String hash = dot < 0 ? name : name.substring(0, dot);
        return Sha256.isValid(hash) && hash.equals(hash.toLowerCase(Locale.ROOT)) ? hash : null;
    }

    private static String shard(String hash) {
        return hash.substring(0, 2);
    }

    private List<Path> shardDirectories() {
        return entries(vault, entry -> Files.isDirectory(entry)
                && SHARD.matcher(entry.getFileName().toString()).matches());
    }

    private static List<Path> filesIn(Path dir) {
        return entries(dir, Files::isRegularFile);
    }

    private static List<Path> entries(Path dir, DirectoryStream.Filter<Path> filter) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, filter)) {
            stream.forEach(found::add);
        } catch (NoSuchFileException e) {
            // Nothing stored yet.
        } catch (IOException e) {
            throw new VaultException("Could not list the folder " + dir + ": " + e.getMessage(), e);
        }
        return found;
    }
}
