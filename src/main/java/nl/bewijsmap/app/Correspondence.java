package nl.bewijsmap.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.export.PackageWriter;
import nl.bewijsmap.letters.LetterDrafter;
import nl.bewijsmap.store.Database;
import nl.bewijsmap.store.EvidenceRepository;
import nl.bewijsmap.store.NewEvidence;
import nl.bewijsmap.store.PartyRepository;
import nl.bewijsmap.store.vault.FileVault;
import nl.bewijsmap.store.vault.StoredFile;

/** What the consumer sends: letters drafted from a dossier, kept once sent, and the dossier's PDF package. */
public final class Correspondence {

    /** A letter kept as sent: the event that records it and the PDF kept as evidence. */
    public record Sent(DossierEvent event, EvidenceItem copy) {
    }

    private final Database database;
    private final DisputeRules rules;
    private final PartyRepository parties;
    private final EvidenceRepository evidence;
    private final DossierLog log;
    private final FileVault vault;
    private final LetterDrafter drafter;
    private final PackageWriter writer;

    /** Drafts with {@code drafter} and writes letters and packages with {@code writer}, both made by the wiring. */
    public Correspondence(Database database, DisputeRules rules, PartyRepository parties,
            EvidenceRepository evidence, DossierLog log, FileVault vault, LetterDrafter drafter,
            PackageWriter writer) {
        this.database = Objects.requireNonNull(database, "database");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.parties = Objects.requireNonNull(parties, "parties");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.log = Objects.requireNonNull(log, "log");
        this.vault = Objects.requireNonNull(vault, "vault");
        this.drafter = Objects.requireNonNull(drafter, "drafter");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** The dossier as a letter or package is made from it today. */
    public DossierSnapshot snapshot(long dossierId) {
        DisputeRules.Standing standing = rules.standing(dossierId);
        return new DossierSnapshot(standing.contents(), parties.loadProfile(), standing.deadlines(),
                standing.advice(), standing.today());
    }

    /** A first draft of a letter from the dossier's data, for the consumer to read and edit. */
    public Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale) {
        return drafter.draft(kind, recipient, snapshot(dossierId), locale);
    }

    /** The letter alone as a PDF, for printing or attaching to an email. */
    public void writeLetter(Letter letter, Path out) throws IOException {
        writer.writeLetter(letter, out);
    }

    /** Writes the dossier's package as the request asks; see {@link PackageWriter#write}. */
    public PackageResult export(long dossierId, PackageRequest request, ExportProgress progress) throws IOException {
        return writer.write(snapshot(dossierId), request, progress);
    }

    /**
     * Keeps a letter as sent on the given day: its PDF becomes evidence (written by the consumer) and the sending
     * an event, which moves the dossier on to the phase the letter marks. Both are kept, or neither.
     */
    public Sent markSent(long dossierId, Letter letter, LocalDateTime sentAt) {
        Path folder = vault.newWorkFolder();
        try {
            Path pdf = folder.resolve(fileName(letter));
            writer.writeLetter(letter, pdf);
            StoredFile stored = vault.put(pdf);
            Timestamp at = new Timestamp(sentAt, null, TimestampSource.USER, Precision.MINUTE);
            return database.inTransaction(c -> {
                EvidenceItem copy = evidence.findBySha(dossierId, stored.sha256()).orElseGet(() -> evidence.add(
                        dossierId, new NewEvidence(EvidenceKind.CORRESPONDENCE_OUT, letter.subject(), "",
                                pdf.getFileName().toString(), stored.sha256(), stored.size(), MediaType.PDF, at,
                                "", false)));
                DossierEvent event = log.record(dossierId, letter.kind().sentAs(letter.recipient()), at,
                        letter.subject()).event();
                return new Sent(event, copy);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            vault.discardWorkFolder(folder);
        }
    }

    /** A name the consumer recognises in a folder: the kind of letter and its date. */
    static String fileName(Letter letter) {
        return letter.kind().cliName() + "-" + letter.date() + ".pdf";
    }
}
