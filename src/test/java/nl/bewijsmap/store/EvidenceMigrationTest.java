package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aVersionTwoFileGainsTheEvidenceTableAndKeepsItsDossiers() {
        Path file = dir.resolve("v2.db");
        try (Database old = Database.open(file, 2)) {
            assertThat(old.schemaVersion()).isEqualTo(2);
            assertThat(Sql.column(old, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                    .doesNotContain("evidence");
            Sql.update(old, "INSERT INTO dossier (id, title, phase, archived,"
                    + " created_local, created_offset, created_source, created_precision,"
                    + " updated_local, updated_offset, updated_source, updated_precision, product) VALUES"
                    + " (7, 'Broken washing machine', 'WRITTEN_COMPLAINT', 0,"
                    + " '2024-02-01T09:15:00', '+01:00', 'SYSTEM_CLOCK', 'SECOND',"
                    + " '2024-02-03T18:00:00', '+01:00', 'SYSTEM_CLOCK', 'SECOND', 'WM-900')");
        }

        try (Database upgraded = Database.open(file)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(3);
            assertThat(Sql.column(upgraded, "SELECT description FROM schema_history WHERE version = 3"))
                    .containsExactly("add evidence");
            assertThat(Sql.column(upgraded, "SELECT name FROM sqlite_master WHERE type = 'index'"))
                    .contains("evidence_by_occurred");
            assertThat(upgraded.integrityCheck()).isEqualTo("ok");
            DossierRepository dossiers = new DossierRepository(upgraded, Clock.systemDefaultZone());
            assertThat(dossiers.find(7).orElseThrow().title()).isEqualTo("Broken washing machine");
            assertThat(dossiers.find(7).orElseThrow().facts().product()).isEqualTo("WM-900");

            EvidenceRepository evidence = new EvidenceRepository(upgraded, Clock.systemDefaultZone());
            assertThat(evidence.list(7)).isEmpty();
            EvidenceItem added = evidence.add(7, new NewEvidence(EvidenceKind.PHOTO, "Drum", "", "IMG_1.jpg",
                    "f".repeat(64), 10, MediaType.JPEG, null, "", false));
            assertThat(evidence.list(7)).isEqualTo(List.of(added));
        }
    }
}
