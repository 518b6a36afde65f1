package nl.bewijsmap.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.intake.MetadataReader;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.intake.Reading;
import nl.bewijsmap.intake.Sniffer;
import nl.bewijsmap.store.DuplicateEvidenceException;
import nl.bewijsmap.store.EvidenceRepository;
import nl.bewijsmap.store.NewEvidence;
import nl.bewijsmap.store.StoreException;
import nl.bewijsmap.store.vault.FileVault;
import nl.bewijsmap.store.vault.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one file into a dossier: checks it can be kept, copies it into the vault (hashing on the way),
 * reads its date and details under a time limit, and records it. The row is written only after the file
 * is safely in the vault. Nothing a file contains can make this throw; a problem becomes the answer.
 */
public final class EvidenceImporter {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceImporter.class);
    /** Large enough for a long phone video, small enough to refuse a disk image dropped by mistake. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;

    private final FileVault vault;
    private final EvidenceRepository evidence;
    private final MetadataReader reader;
    private final Sniffer sniffer = new Sniffer();
    private final LimitedRead limited;
    private final AttachmentTaker taker;

    public EvidenceImporter(FileVault vault, EvidenceRepository evidence, MetadataReader reader,
                            ExecutorService parsers, Duration readLimit) {
        this.vault = vault;
        this.evidence = evidence;
        this.reader = reader;
        TimeLimit timeLimit = new TimeLimit(parsers, readLimit);
        this.limited = new LimitedRead(timeLimit);
        this.taker = new AttachmentTaker(vault, timeLimit);
    }

    /**
     * What the app knows of a file beyond the file itself: a note for the item, and the moment to show when
     * the content gives no date (the email an attachment came with, the moment an image was pasted).
     */
    private record Origin(String note, Timestamp fallback, boolean fileDateMeaningless) {
        static final Origin NONE = new Origin("", null, false);
    }

    /** Imports one file; {@code kind} null means: guess it from the content. */
    public ImportResult importFile(long dossierId, Path file, EvidenceKind kind) {
        return importFile(dossierId, file, kind, Origin.NONE);
    }

    /**
     * Imports one file whose moment the app knows better than the file's date on disk (an image pasted from
     * the clipboard: the paste time). {@code knownTime} is used only when the content itself gives no date.
     */
    public ImportResult importFile(long dossierId, Path file, EvidenceKind kind, Timestamp knownTime) {
        return importFile(dossierId, file, kind, new Origin("", knownTime, false));
    }

    /** As {@link #importAttachment(long, EvidenceItem, int, Locale)}, with the note in the app's language. */
    public ImportResult importAttachment(long dossierId, EvidenceItem email, int index) {
        return importAttachment(dossierId, email, index, Locale.getDefault());
    }

    /**
     * Imports attachment {@code index} (numbered as in {@link EmailDetails#attachments()}) of an email in the
     * dossier as evidence of its own, the same way as a file: type, hash, duplicates and date. When it has no
     * date of its own, the email's date stands in. Its note says which email it came with, in the language
     * of {@code locale}. Never throws; an attachment that cannot be taken out is rejected.
     */
    public ImportResult importAttachment(long dossierId, EvidenceItem email, int index, Locale locale) {
        Path folder;
        try {
            folder = vault.newWorkFolder();
        } catch (StoreException e) {
            LOG.warn("No work folder for attachment {} of evidence {}", index, email.id(), e);
            return ImportResult.rejected(AttachmentTaker.unnamed(index), ImportProblem.UNREADABLE, "");
        }
        try {
            AttachmentTaker.Taken taken = taker.takeOut(email, index, folder);
            if (taken.rejection() != null) {
                return taken.rejection();
            }
            // What the email itself said, not a date the user typed for the email.
            Origin origin = new Origin(AttachmentTaker.note(email, locale), email.originalReading(), true);
            ImportResult result = importFile(dossierId, taken.file(), null, origin);
            // The temporary copy is gone in a moment; the attachment's own name is what the answer shows.
            return new ImportResult(taken.file().getFileName(), result.status(), result.item(), result.warnings(),
                    result.rejection(), result.rejectionDetail());
        } finally {
            vault.discardWorkFolder(folder);
        }
    }

    private ImportResult importFile(long dossierId, Path file, EvidenceKind kind, Origin origin) {
        Optional<ImportResult> refused = refuse(file);
        if (refused.isPresent()) {
            return refused.get();
        }
        String name = String.valueOf(file.getFileName());
        MediaType type;
        StoredFile stored;
        Timestamp modified;
        try {
            type = sniffer.sniff(file);
            modified = MetadataReader.fileModified(file);
            stored = vault.put(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {}", file, e);
            return ImportResult.rejected(file, ImportProblem.UNREADABLE, "");
        }
        Optional<EvidenceItem> existing = evidence.findBySha(dossierId, stored.sha256());
        if (existing.isPresent()) {
            return new ImportResult(file, ImportStatus.DUPLICATE, existing.get(), List.of(), null, "");
        }
        Path kept = vault.pathOf(stored.sha256());
        Reading reading = limited.read(kept, () -> reader.read(kept, type));
        List<Problem> warnings = new ArrayList<>(reading.problems());
        if (type == MediaType.UNKNOWN) {
            warnings.add(new Problem(ImportProblem.UNKNOWN_TYPE, ""));
        } else if (!sniffer.nameMatches(type, name)) {
            warnings.add(new Problem(ImportProblem.NAME_MISMATCH, extensionOf(name) + "\t" + describe(type)));
        }
        Timestamp when = reading.timestamp() != null ? reading.timestamp() : modified;
        if (reading.timestamp() == null && (origin.fallback() != null || origin.fileDateMeaningless())) {
            // A temporary copy's file date only says when it was made: just now. What the app knows is better,
            // and no date is better than that one.
            when = origin.fallback();
            if (when != null && when.source().isReliable()) {
                warnings.removeIf(p -> p.code() == ImportProblem.NO_DATE);
            }
        }
        NewEvidence item = new NewEvidence(kind != null ? kind : reading.suggestedKind(), title(reading, name),
                origin.note(), name, stored.sha256(), stored.size(), type, when,
                ProblemTexts.encode(warnings), reading.needsPassword());
        try {
            return new ImportResult(file, ImportStatus.IMPORTED, evidence.add(dossierId, item), warnings, null, "");
        } catch (DuplicateEvidenceException e) {
            // The same file came in twice at once (two copies in one batch): the first one holds it.
            return new ImportResult(file, ImportStatus.DUPLICATE, evidence.find(e.existingId()).orElseThrow(),
                    List.of(), null, "");
        }
    }

    private static Optional<ImportResult> refuse(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(ImportResult.rejected(file, ImportProblem.NOT_FOUND, ""));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(ImportResult.rejected(file, ImportProblem.FOLDER, ""));
        }
        if (!Files.isReadable(file) || !Files.isRegularFile(file)) {
            return Optional.of(ImportResult.rejected(file, ImportProblem.UNREADABLE, ""));
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return Optional.of(ImportResult.rejected(file, ImportProblem.EMPTY, ""));
            }
            if (size > MAX_FILE_BYTES) {
                return Optional.of(ImportResult.rejected(file, ImportProblem.TOO_LARGE, "4 GB"));
            }
        } catch (IOException e) {
            return Optional.of(ImportResult.rejected(file, ImportProblem.UNREADABLE, ""));
        }
        return Optional.empty();
    }

    private static String title(Reading reading, String fileName) {
        if (reading.suggestedTitle() != null && !reading.suggestedTitle().isBlank()) {
            return reading.suggestedTitle().strip();
        }
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String describe(MediaType type) {
        return type.extension().isEmpty() ? type.mimeType() : "." + type.extension() + " (" + type.mimeType() + ")";
    }
}
