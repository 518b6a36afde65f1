package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.store.Database;
import nl.bewijsmap.store.DossierRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dossier's standing is read once for the timeline and the steps tab, and again as soon as anything changed. */
class DisputeRulesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    @TempDir
    Path dataDir;

    private Services services;
    private long dossierId;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, CLOCK);
        dossierId = services.dossiers().create("Washing machine", DossierFacts.EMPTY, null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static Timestamp day(String date) {
        return new Timestamp(LocalDateTime.parse(date + "T00:00"), null, TimestampSource.USER, Precision.DAY);
    }

    @Test
    void askingTwiceWithNothingChangedReadsOnce() {
        DisputeRules.Standing first = services.rules().standing(dossierId);

        assertThat(services.rules().standing(dossierId)).isSameAs(first);
    }

    @Test
    void aChangeMadeHereIsInTheNextStanding() {
        DisputeRules.Standing before = services.rules().standing(dossierId);

        services.log().record(dossierId, EventKind.COMPLAINT_SENT, day("2026-03-18"), "By email");

        DisputeRules.Standing after = services.rules().standing(dossierId);
        assertThat(after).isNotSameAs(before);
        assertThat(after.contents().events()).hasSize(1);
    }

    @Test
    void aChangeMadeByAnotherProgramIsInTheNextStandingToo() {
        DisputeRules.Standing before = services.rules().standing(dossierId);

        // The command line writing to the same data folder while the window is open.
        try (Database other = Database.open(dataDir.resolve(Services.DATABASE_FILE))) {
            new DossierRepository(other, CLOCK).rename(dossierId, "Washing machine WM-900");
        }

        DisputeRules.Standing after = services.rules().standing(dossierId);
        assertThat(after).isNotSameAs(before);
        assertThat(after.contents().dossier().title()).isEqualTo("Washing machine WM-900");
    }

    @Test
    void anotherDossierIsReadForItself() {
        long other = services.dossiers().create("Laptop", DossierFacts.EMPTY, null).id();
        services.rules().standing(dossierId);

        assertThat(services.rules().standing(other).contents().dossier().title()).isEqualTo("Laptop");
        assertThat(services.rules().standing(dossierId).contents().dossier().title()).isEqualTo("Washing machine");
    }
}
