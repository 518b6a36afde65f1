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

class EvidenceRepositoryTest extends EvidenceTestBase {

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
