package nl.bewijsmap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.MetadataReader;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.intake.Reading;
import nl.bewijsmap.store.EvidenceRepository;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the user does to evidence already in a dossier: describe it, correct its date, unlock it, remove it. */
public final class EvidenceEditor {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceEditor.class);

    private final EvidenceRepository evidence;
    private final FileVault vault;
    private final MetadataReader reader;
    private final LimitedRead limited;
    private final EvidenceImporter importer;
    private final Clock clock;

    EvidenceEditor(EvidenceRepository evidence, FileVault vault, MetadataReader reader, LimitedRead limited,
                   EvidenceImporter importer, Clock clock) {
        this.evidence = evidence;
        this.vault = vault;
        this.reader = reader;
        this.limited = limited;
        this.importer = importer;
        this.clock = clock;
    }

    public List<EvidenceItem> list(long dossierId) {
        return evidence.list(dossierId);
    }

    public EvidenceItem describe(long id, EvidenceKind kind, String title, String note) {
        evidence.update(id, kind, title, note);
        return evidence.find(id).orElseThrow();
    }

    /**
     * Sets the date the evidence shows, as the user knows it; a time of null means the day only. The offset is
     * this computer's zone on that day, as the user reads times in it.
     */
    public EvidenceItem correctDate(long id, LocalDate date, LocalTime time) {
        Objects.requireNonNull(date, "date");
        LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
        ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(local);
        evidence.correctDate(id, new Timestamp(local, offset, TimestampSource.USER,
                time == null ? Precision.DAY : Precision.MINUTE));
        return evidence.find(id).orElseThrow();
    }

    public EvidenceItem restoreOriginalDate(long id) {
        evidence.restoreOriginalDate(id);
        return evidence.find(id).orElseThrow();
    }

    /**
     * Reads a password-protected PDF again with the password the user gave: the item as it is now, or empty
     * when the password was wrong (then nothing changed).
     */
    public Optional<EvidenceItem> unlock(EvidenceItem item, String password) {
        Path stored = vault.pathOf(item.sha256());
        Reading reading = limited.read(stored, () -> reader.readWithPassword(stored, password));
        if (reading.needsPassword()) {
            return Optional.empty();
        }
        List<Problem> warnings = new ArrayList<>(reading.problems());
        Timestamp when = reading.timestamp();
        if (when == null && item.originalReading() != null) {
            when = item.originalReading(); // still the file date: keep it, with the warning that says so
        }
        evidence.replaceReading(item.id(), when, ProblemTexts.encode(warnings), false);
        LOG.info("Evidence {} unlocked with its password", item.id());
        return evidence.find(item.id());
    }

    public void remove(long id) {
        evidence.delete(id);
    }

    /**
     * Keeps an image pasted from the clipboard as a PNG screenshot dated {@code pastedAt}, the moment of pasting.
     * {@code name} is the file name to show, without extension.
     */
    public ImportResult importPasted(long dossierId, byte[] png, String name, Timestamp pastedAt) {
        Path folder = vault.newWorkFolder();
        try {
            Path file = folder.resolve(safeName(name) + ".png");
            Files.write(file, png);
            return importer.importFile(dossierId, file, EvidenceKind.SCREENSHOT, pastedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the pasted image", e);
        } finally {
            vault.discardWorkFolder(folder);
        }
    }

    private static String safeName(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return clean.isEmpty() || clean.startsWith(".") ? "screenshot" : clean;
    }
}
