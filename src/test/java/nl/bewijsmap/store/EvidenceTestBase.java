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

/** A real database with one dossier, and sample evidence to put in it. */
abstract class EvidenceTestBase {


    static final Timestamp EXIF = new Timestamp(LocalDateTime.parse("2024-02-14T18:30:15"),
            ZoneOffset.ofHours(1), TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    static final Timestamp EXIF_NO_OFFSET = new Timestamp(LocalDateTime.parse("2024-02-14T18:30:15"), null,
            TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    static final Timestamp PDF = new Timestamp(LocalDateTime.parse("2024-01-05T10:00:00"),
            ZoneOffset.UTC, TimestampSource.PDF_CREATION, Precision.SECOND);

    @TempDir
    Path dir;

    final TestClock clock = new TestClock("2024-03-10T09:00:00Z", "Europe/Brussels");
    Database database;
    DossierRepository dossiers;
    EvidenceRepository evidence;
    long dossierId;

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

    static String sha(int n) {
        return String.format("%064x", n);
    }

    static NewEvidence photo(int n, Timestamp reading) {
        return new NewEvidence(EvidenceKind.PHOTO, "Photo " + n, "", "IMG_" + n + ".jpg", sha(n), 1000 + n,
                MediaType.JPEG, reading, "", false);
    }

    static Timestamp at(String local) {
        return new Timestamp(LocalDateTime.parse(local), null, TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
    }


    String updatedLocal() {
        return dossiers.find(dossierId).orElseThrow().updatedAt().local().toString();
    }

}
