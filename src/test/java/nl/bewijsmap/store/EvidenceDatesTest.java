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

/** The dates of evidence: corrected by the user, restored, or replaced by a later reading. */
class EvidenceDatesTest extends EvidenceTestBase {

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

}
