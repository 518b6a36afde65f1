package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import nl.bewijsmap.app.DossierLog.Recorded;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The dossier's log on a real data folder: what it keeps, and when an event moves the dossier to a later phase. */
class DossierLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final Timestamp MARCH_5 = new Timestamp(LocalDateTime.parse("2026-03-05T00:00"), null,
            TimestampSource.USER, Precision.DAY);

    @TempDir
    Path dataDir;

    private Services services;
    private DossierLog log;
    private long dossierId;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, CLOCK);
        log = services.log();
        dossierId = services.dossiers().create("Wasmachine", DossierFacts.EMPTY, null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Phase phase() {
        return services.dossiers().find(dossierId).orElseThrow().phase();
    }

    private Recorded record(EventKind kind) {
        return log.record(dossierId, kind, MARCH_5, "");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            COMPLAINT_SENT,         WRITTEN_COMPLAINT
            NOTICE_OF_DEFAULT_SENT, NOTICE_OF_DEFAULT
            MEDIATION_STARTED,      MEDIATION
            DISPUTE_FILED,          DISPUTE_BODY
            """)
    void anEventThatMarksALaterPhaseMovesTheDossierOn(EventKind kind, Phase reached) {
        Recorded recorded = record(kind);

        assertThat(recorded.movedTo()).contains(reached);
        assertThat(phase()).isEqualTo(reached);
        assertThat(recorded.event().kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(value = EventKind.class, names = {"NOTE", "WITHDRAWAL_SENT", "SELLER_REPLY", "SELLER_REFUSED",
        "REPAIR", "RETURN_SHIPPED", "REFUND_RECEIVED", "VISIT", "OTHER"})
    void otherEventsLeaveThePhaseAlone(EventKind kind) {
        assertThat(record(kind).movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.OWN_ATTEMPT);
    }

    @Test
    void theDossierNeverMovesBackToAnEarlierPhase() {
        record(EventKind.DISPUTE_FILED);

        assertThat(record(EventKind.COMPLAINT_SENT).movedTo()).isEmpty();
        assertThat(record(EventKind.MEDIATION_STARTED).movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.DISPUTE_BODY);
    }

    @Test
    void reachingThePhaseItIsAlreadyInIsNoMove() {
        record(EventKind.COMPLAINT_SENT);

        assertThat(record(EventKind.COMPLAINT_SENT).movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
    }

    @Test
    void aClosedDossierStaysClosed() {
        services.dossiers().setPhase(dossierId, Phase.CLOSED);

        assertThat(record(EventKind.COMPLAINT_SENT).movedTo()).isEmpty();
        assertThat(record(EventKind.DISPUTE_FILED).movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void aNoteChangedIntoAComplaintMovesTheDossierOnButNotAClosedOne() {
        long note = record(EventKind.NOTE).event().id();

        Recorded changed = log.update(note, EventKind.COMPLAINT_SENT, MARCH_5, "Sent by email");

        assertThat(changed.movedTo()).contains(Phase.WRITTEN_COMPLAINT);
        assertThat(changed.event().text()).isEqualTo("Sent by email");
        assertThat(phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);

        services.dossiers().setPhase(dossierId, Phase.CLOSED);
        assertThat(log.update(note, EventKind.DISPUTE_FILED, MARCH_5, "").movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void changingAComplaintBackIntoANoteDoesNotMoveTheDossierBack() {
        long complaint = record(EventKind.COMPLAINT_SENT).event().id();

        assertThat(log.update(complaint, EventKind.NOTE, MARCH_5, "").movedTo()).isEmpty();
        assertThat(phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
    }

    @Test
    void theContentsHoldWhatWasLoggedAndTheLastCallGivesTheAgent() {
        CallDetails call = new CallDetails(MARCH_5, Duration.ofMinutes(5), CallDirection.INCOMING, "Priya", "Sales",
                "", "Asked about delivery", "", null);
        log.logCall(dossierId, call);
        record(EventKind.REPAIR);

        DossierContents contents = log.contents(dossierId);

        assertThat(contents.calls()).extracting(c -> c.details()).containsExactly(call);
        assertThat(contents.events()).extracting(e -> e.kind()).containsExactly(EventKind.REPAIR);
        assertThat(contents.evidence()).isEmpty();
        assertThat(log.lastCall(dossierId).map(c -> c.details().agent())).isEqualTo(Optional.of("Priya"));
    }
}
