package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceRepositoryTest {

    private static final Timestamp EXIF = new Timestamp(LocalDateTime.parse("2024-02-14T18:30:15"),
            ZoneOffset.ofHours(1), TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    private static final Timestamp EXIF_NO_OFFSET = new Timestamp(LocalDateTime.parse("2024-02-14T18:30:15"), null,
            TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    private static final Timestamp PDF = new Timestamp(LocalDateTime.parse("2024-01-05T10:00:00"),
            ZoneOffset.UTC, TimestampSource.PDF_CREATION, Precision.SECOND);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock("2024-03-10T09:00:00Z", "Europe/Brussels");
    private Database database;
    private DossierRepository dossiers;
    private EvidenceRepository evidence;
    private long dossierId;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("bewijsmap.db"));
        dossiers = new DossierRepository(database, clock);
        evidence = new EvidenceRepository(database, clock);
        dossierId = dossiers.create("Broken washing machine", DossierFacts.EMPTY, null).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String sha(int n) {
        return String.format("%064x", n);
    }

    private static NewEvidence photo(int n, Timestamp reading) {
        return new NewEvidence(EvidenceKind.PHOTO, "Photo " + n, "", "IMG_" + n + ".jpg", sha(n), 1000 + n,
                MediaType.JPEG, reading, "", false);
    }

    private static Timestamp at(String local) {
        return new Timestamp(LocalDateTime.parse(local), null, TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        NewEvidence n = new NewEvidence(EvidenceKind.RECEIPT, "Receipt from the shop", "Paid by card",
                "bon 14-02.jpg", sha(0xabc), 123_456, MediaType.JPEG, EXIF, "Date looks odd", true);

        EvidenceItem added = evidence.add(dossierId, n);

        EvidenceItem expected = new EvidenceItem(added.id(), dossierId, EvidenceKind.RECEIPT, "Receipt from the shop",
                "Paid by card", "bon 14-02.jpg", sha(0xabc), 123_456, MediaType.JPEG, EXIF, EXIF, "Date looks odd",
                new Timestamp(LocalDateTime.parse("2024-03-10T10:00:00"), ZoneOffset.ofHours(1),
                        TimestampSource.SYSTEM_CLOCK, Precision.SECOND));
        assertThat(added).isEqualTo(expected);
        assertThat(evidence.find(added.id())).contains(expected);
        assertThat(evidence.findBySha(dossierId, sha(0xabc))).contains(expected);
        assertThat(evidence.needsPassword(added.id())).isTrue();
        assertThat(Sql.single(database, "SELECT occurred_offset FROM evidence")).isEqualTo("+01:00");
    }

    @Test
    void aReadingWithoutOffsetKeepsNoOffsetAndUtcKeepsItsSign() {
        EvidenceItem local = evidence.add(dossierId, photo(1, EXIF_NO_OFFSET));
        EvidenceItem utc = evidence.add(dossierId, photo(2, PDF));

        assertThat(evidence.find(local.id()).orElseThrow().occurredAt()).isEqualTo(EXIF_NO_OFFSET);
        assertThat(evidence.find(local.id()).orElseThrow().originalReading().offset()).isNull();
        assertThat(evidence.find(utc.id()).orElseThrow().occurredAt()).isEqualTo(PDF);
        assertThat(Sql.single(database, "SELECT original_offset FROM evidence WHERE id = " + utc.id()))
                .isEqualTo("+00:00");
        assertThat(evidence.needsPassword(local.id())).isFalse();
    }

    @Test
    void aFileWithoutReadingHasNoDates() {
        EvidenceItem added = evidence.add(dossierId, photo(1, null));

        EvidenceItem found = evidence.find(added.id()).orElseThrow();
        assertThat(found.occurredAt()).isNull();
        assertThat(found.originalReading()).isNull();
        assertThat(found.dateCorrected()).isFalse();
        assertThat(found.importedAt()).isNotNull();
    }

    @Test
    void theSameFileTwiceInOneDossierIsRefusedWithTheExistingNumber() {
        EvidenceItem first = evidence.add(dossierId, photo(1, EXIF));

        assertThatThrownBy(() -> evidence.add(dossierId, photo(1, null)))
                .isInstanceOfSatisfying(DuplicateEvidenceException.class,
                        e -> assertThat(e.existingId()).isEqualTo(first.id()))
                .isInstanceOf(StoreException.class);
        assertThat(evidence.count(dossierId)).isEqualTo(1);
        assertThat(evidence.find(first.id())).contains(first);
    }

    @Test
    void theSameFileMayBeInTwoDossiers() {
        long other = dossiers.create("Late parcel", DossierFacts.EMPTY, null).id();
        evidence.add(dossierId, photo(1, EXIF));

        evidence.add(other, photo(1, EXIF));

        assertThat(evidence.count(dossierId)).isEqualTo(1);
        assertThat(evidence.count(other)).isEqualTo(1);
        assertThat(evidence.allHashes()).containsExactly(sha(1));
    }

    @Test
    void theListIsByDateUndatedLastAndTiesInTheOrderAdded() {
        long undated1 = evidence.add(dossierId, photo(1, null)).id();
        long late = evidence.add(dossierId, photo(2, at("2024-03-01T08:00:00"))).id();
        long tie1 = evidence.add(dossierId, photo(3, at("2024-02-01T12:00:00"))).id();
        long early = evidence.add(dossierId, photo(4, at("2023-12-31T23:59:59"))).id();
        long tie2 = evidence.add(dossierId, photo(5, at("2024-02-01T12:00:00"))).id();
        long undated2 = evidence.add(dossierId, photo(6, null)).id();
        long otherDossier = dossiers.create("Other", DossierFacts.EMPTY, null).id();
        evidence.add(otherDossier, photo(7, at("2020-01-01T00:00:00")));

        assertThat(evidence.list(dossierId)).extracting(EvidenceItem::id)
                .containsExactly(early, tie1, tie2, late, undated1, undated2);
        assertThat(evidence.count(dossierId)).isEqualTo(6);
    }

    @Test
    void correctingTheDateKeepsTheOriginalAndRestoringBringsItBack() {
        long id = evidence.add(dossierId, photo(1, EXIF)).id();
        Timestamp corrected = new Timestamp(LocalDateTime.parse("2024-02-13T00:00:00"), null,
                TimestampSource.USER, Precision.DAY);

        evidence.correctDate(id, corrected);

        EvidenceItem item = evidence.find(id).orElseThrow();
        assertThat(item.occurredAt()).isEqualTo(corrected);
        assertThat(item.originalReading()).isEqualTo(EXIF);
        assertThat(item.dateCorrected()).isTrue();

        evidence.restoreOriginalDate(id);

        EvidenceItem restored = evidence.find(id).orElseThrow();
        assertThat(restored.occurredAt()).isEqualTo(EXIF);
        assertThat(restored.originalReading()).isEqualTo(EXIF);
        assertThat(restored.dateCorrected()).isFalse();
    }

    @Test
    void aCorrectedDateIsAlwaysTheUsers() {
        long id = evidence.add(dossierId, photo(1, null)).id();

        evidence.correctDate(id, at("2024-02-01T12:00:00"));

        assertThat(evidence.find(id).orElseThrow().occurredAt().source()).isEqualTo(TimestampSource.USER);
        evidence.restoreOriginalDate(id);
        assertThat(evidence.find(id).orElseThrow().occurredAt()).isNull();
    }

    @Test
    void aNewReadingMovesTheDateUnlessTheUserCorrectedIt() {
        NewEvidence locked = new NewEvidence(EvidenceKind.RECEIPT, "Invoice", "", "invoice.pdf", sha(1), 10,
                MediaType.PDF, null, "Protected by a password", true);
        long id = evidence.add(dossierId, locked).id();
        long corrected = evidence.add(dossierId, new NewEvidence(EvidenceKind.RECEIPT, "Invoice 2", "",
                "invoice2.pdf", sha(2), 10, MediaType.PDF, null, "", true)).id();
        Timestamp byUser = new Timestamp(LocalDateTime.parse("2024-01-01T00:00:00"), null, TimestampSource.USER,
                Precision.DAY);
        evidence.correctDate(corrected, byUser);

        evidence.replaceReading(id, PDF, "", false);
        evidence.replaceReading(corrected, PDF, "", false);

        EvidenceItem followed = evidence.find(id).orElseThrow();
        assertThat(followed.occurredAt()).isEqualTo(PDF);
        assertThat(followed.originalReading()).isEqualTo(PDF);
        assertThat(followed.warning()).isEmpty();
        assertThat(evidence.needsPassword(id)).isFalse();
        EvidenceItem kept = evidence.find(corrected).orElseThrow();
        assertThat(kept.occurredAt()).isEqualTo(byUser);
        assertThat(kept.originalReading()).isEqualTo(PDF);
        assertThat(evidence.needsPassword(corrected)).isFalse();
    }

    @Test
    void thePasswordFlagCanBeSetAndAReadingAloneLeavesItAlone() {
        long id = evidence.add(dossierId, new NewEvidence(EvidenceKind.RECEIPT, "Invoice", "", "invoice.pdf", sha(1),
                10, MediaType.PDF, null, "Protected by a password", false)).id();
        clock.advance(Duration.ofMinutes(1));

        evidence.setNeedsPassword(id, true);

        assertThat(evidence.needsPassword(id)).isTrue();
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:01");

        evidence.replaceReading(id, PDF, "  ");

        EvidenceItem read = evidence.find(id).orElseThrow();
        assertThat(read.occurredAt()).isEqualTo(PDF);
        assertThat(read.originalReading()).isEqualTo(PDF);
        assertThat(read.warning()).isEmpty();
        assertThat(evidence.needsPassword(id)).isTrue();

        evidence.setNeedsPassword(id, false);
        assertThat(evidence.needsPassword(id)).isFalse();
        assertThatThrownBy(() -> evidence.setNeedsPassword(999, true)).hasMessage("No evidence with number 999");
    }

    @Test
    void aNewReadingWithoutDateClearsAnUncorrectedDate() {
        long id = evidence.add(dossierId, photo(1, EXIF)).id();

        evidence.replaceReading(id, null, "No date in the file");

        EvidenceItem item = evidence.find(id).orElseThrow();
        assertThat(item.occurredAt()).isNull();
        assertThat(item.originalReading()).isNull();
        assertThat(item.warning()).isEqualTo("No date in the file");
    }

    @Test
    void kindTitleAndNoteCanBeChanged() {
        EvidenceItem added = evidence.add(dossierId, photo(1, EXIF));

        evidence.update(added.id(), EvidenceKind.SCREENSHOT, "  Chat with the seller ", "They promised a refund");

        EvidenceItem changed = evidence.find(added.id()).orElseThrow();
        assertThat(changed.kind()).isEqualTo(EvidenceKind.SCREENSHOT);
        assertThat(changed.title()).isEqualTo("Chat with the seller");
        assertThat(changed.note()).isEqualTo("They promised a refund");
        assertThat(changed.occurredAt()).isEqualTo(added.occurredAt());
        assertThat(changed.importedAt()).isEqualTo(added.importedAt());
    }

    @Test
    void everyChangeCountsAsAChangeToTheDossier() {
        long id = evidence.add(dossierId, photo(1, EXIF)).id();
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:00");

        clock.advance(Duration.ofMinutes(1));
        evidence.update(id, EvidenceKind.OTHER, "x", "");
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:01");

        clock.advance(Duration.ofMinutes(1));
        evidence.correctDate(id, at("2024-01-01T00:00:00"));
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:02");

        clock.advance(Duration.ofMinutes(1));
        evidence.restoreOriginalDate(id);
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:03");

        clock.advance(Duration.ofMinutes(1));
        evidence.replaceReading(id, PDF, "", false);
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:04");

        clock.advance(Duration.ofMinutes(1));
        evidence.delete(id);
        assertThat(updatedLocal()).isEqualTo("2024-03-10T10:05");
    }

    private String updatedLocal() {
        return dossiers.find(dossierId).orElseThrow().updatedAt().local().toString();
    }

    @Test
    void deletingRemovesTheEvidence() {
        long id = evidence.add(dossierId, photo(1, EXIF)).id();
        long kept = evidence.add(dossierId, photo(2, EXIF)).id();

        evidence.delete(id);

        assertThat(evidence.find(id)).isEmpty();
        assertThat(evidence.list(dossierId)).extracting(EvidenceItem::id).containsExactly(kept);
        assertThat(evidence.allHashes()).containsExactly(sha(2));
        assertThatThrownBy(() -> evidence.delete(id)).isInstanceOf(StoreException.class)
                .hasMessage("No evidence with number " + id);
    }

    @Test
    void unknownEvidenceIsReportedInPlainWords() {
        assertThat(evidence.find(999)).isEmpty();
        assertThat(evidence.findBySha(dossierId, sha(1))).isEmpty();
        assertThatThrownBy(() -> evidence.update(999, EvidenceKind.OTHER, "", ""))
                .hasMessage("No evidence with number 999");
        assertThatThrownBy(() -> evidence.needsPassword(999)).hasMessage("No evidence with number 999");
        assertThatThrownBy(() -> evidence.correctDate(999, EXIF)).hasMessage("No evidence with number 999");
    }

    @Test
    void evidenceCannotBeAddedToAnUnknownDossierOrOneInTheBin() {
        assertThatThrownBy(() -> evidence.add(12345, photo(1, EXIF)))
                .isInstanceOf(StoreException.class).hasMessage("No dossier with number 12345");
        dossiers.delete(dossierId);
        assertThatThrownBy(() -> evidence.add(dossierId, photo(1, EXIF)))
                .isInstanceOf(StoreException.class).hasMessage("No dossier with number " + dossierId);
        assertThat(Sql.single(database, "SELECT count(*) FROM evidence")).isEqualTo("0");
    }

    @Test
    void purgingADossierRemovesItsEvidence() {
        long other = dossiers.create("Late parcel", DossierFacts.EMPTY, null).id();
        evidence.add(dossierId, photo(1, EXIF));
        evidence.add(dossierId, photo(2, null));
        evidence.add(other, photo(3, EXIF));

        dossiers.delete(dossierId);
        assertThat(evidence.count(dossierId)).isEqualTo(2);
        dossiers.purgeDeleted();

        assertThat(evidence.count(dossierId)).isZero();
        assertThat(evidence.count(other)).isEqualTo(1);
        assertThat(evidence.allHashes()).containsExactly(sha(3));
        assertThat(database.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void allHashesCoversEveryDossier() {
        assertThat(evidence.allHashes()).isEmpty();
        long other = dossiers.create("Late parcel", DossierFacts.EMPTY, null).id();
        evidence.add(dossierId, photo(1, EXIF));
        evidence.add(dossierId, photo(2, EXIF));
        evidence.add(other, photo(3, EXIF));

        assertThat(evidence.allHashes()).containsExactlyInAnyOrder(sha(1), sha(2), sha(3));
    }

    @Test
    void theTableRefusesAMalformedHash() {
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO evidence (dossier_id, kind, sha256, size,"
                + " media_type, imported_local, imported_source, imported_precision) VALUES (" + dossierId
                + ", 'PHOTO', 'abc', 1, 'JPEG', '2024-01-01T00:00:00', 'SYSTEM_CLOCK', 'SECOND')"))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> Sql.update(database, "INSERT INTO evidence (dossier_id, kind, sha256, size,"
                + " media_type, imported_local, imported_source, imported_precision) VALUES (" + dossierId
                + ", 'PHOTO', '" + "AB".repeat(32) + "', 1, 'JPEG', '2024-01-01T00:00:00', 'SYSTEM_CLOCK', 'SECOND')"))
                .isInstanceOf(StoreException.class);
        assertThat(Sql.single(database, "SELECT count(*) FROM evidence")).isEqualTo("0");
        assertThatThrownBy(() -> new NewEvidence(EvidenceKind.PHOTO, "", "", "", "ABC", 1, MediaType.JPEG, null, "",
                false)).isInstanceOf(IllegalArgumentException.class);
    }
}
