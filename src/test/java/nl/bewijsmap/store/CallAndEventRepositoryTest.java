package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallAndEventRepositoryTest extends EvidenceTestBase {

    private CallRepository calls;
    private EventRepository events;

    @BeforeEach
    void openLogs() {
        calls = new CallRepository(database, clock);
        events = new EventRepository(database, clock);
    }

    private static Timestamp given(String local, Precision precision) {
        return new Timestamp(LocalDateTime.parse(local), null, TimestampSource.USER, precision);
    }

    private static CallDetails call(String start, String agent, String agreements) {
        return new CallDetails(given(start, Precision.MINUTE), Duration.ofMinutes(12), CallDirection.OUTGOING,
                agent, "Customer service", "TICKET-881", "Asked about the broken drum", agreements,
                LocalDate.parse("2024-03-15"));
    }

    @Test
    void aCallKeepsEveryDetailItWasGiven() {
        CallEntry added = calls.add(dossierId, call("2024-03-02T14:05", "Priya", "Technician comes on Friday"));

        CallEntry read = calls.find(added.id()).orElseThrow();
        assertThat(read).isEqualTo(added);
        CallDetails details = read.details();
        assertThat(details.startedAt().local()).isEqualTo(LocalDateTime.parse("2024-03-02T14:05"));
        assertThat(details.startedAt().source()).isEqualTo(TimestampSource.USER);
        assertThat(details.duration()).isEqualTo(Duration.ofMinutes(12));
        assertThat(details.agent()).isEqualTo("Priya");
        assertThat(details.reference()).isEqualTo("TICKET-881");
        assertThat(details.agreements()).isEqualTo("Technician comes on Friday");
        assertThat(details.followUp()).isEqualTo(LocalDate.parse("2024-03-15"));
        assertThat(read.recordedAt().source()).isEqualTo(TimestampSource.SYSTEM_CLOCK);
        assertThat(updatedLocal()).isEqualTo(read.recordedAt().local().toString());
    }

    @Test
    void callsListInTheOrderTheyTookPlaceAndTheLastWrittenGivesTheAgent() {
        calls.add(dossierId, call("2024-03-05T09:00", "Mark", ""));
        calls.add(dossierId, call("2024-03-02T14:05", "Priya", ""));

        assertThat(calls.list(dossierId)).extracting(c -> c.details().agent()).containsExactly("Priya", "Mark");
        assertThat(calls.lastRecorded(dossierId).orElseThrow().details().agent()).isEqualTo("Priya");
    }

    @Test
    void aCallWithoutDurationOrFollowUpKeepsThemUnknown() {
        CallDetails bare = new CallDetails(given("2024-03-02T00:00", Precision.DAY), null, CallDirection.INCOMING,
                "", "", "", "", "", null);

        CallDetails read = calls.find(calls.add(dossierId, bare).id()).orElseThrow().details();

        assertThat(read.duration()).isNull();
        assertThat(read.followUp()).isNull();
        assertThat(read.direction()).isEqualTo(CallDirection.INCOMING);
        assertThat(read.startedAt().precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void updatingAndDeletingACall() {
        CallEntry added = calls.add(dossierId, call("2024-03-02T14:05", "Priya", ""));

        CallEntry updated = calls.update(added.id(), call("2024-03-02T14:10", "Priya S.", "Refund in 5 days"));
        assertThat(updated.details().agreements()).isEqualTo("Refund in 5 days");
        assertThat(updated.recordedAt()).isEqualTo(added.recordedAt());

        calls.delete(added.id());
        assertThat(calls.list(dossierId)).isEmpty();
        assertThatThrownBy(() -> calls.delete(added.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("No call");
    }

    @Test
    void aCallCannotGoIntoADossierInTheBin() {
        dossiers.delete(dossierId);

        assertThatThrownBy(() -> calls.add(dossierId, call("2024-03-02T14:05", "Priya", "")))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void eventsAndNotesListInTimeOrder() {
        events.add(dossierId, EventKind.NOTE, given("2024-03-06T00:00", Precision.DAY), "  Photos taken  ");
        DossierEvent complaint = events.add(dossierId, EventKind.COMPLAINT_SENT,
                given("2024-03-04T10:30", Precision.MINUTE), "Complaint by email");

        assertThat(events.list(dossierId)).extracting(DossierEvent::kind)
                .containsExactly(EventKind.COMPLAINT_SENT, EventKind.NOTE);
        assertThat(events.list(dossierId).get(1).text()).isEqualTo("Photos taken");

        DossierEvent changed = events.update(complaint.id(), EventKind.NOTICE_OF_DEFAULT_SENT,
                given("2024-03-07T00:00", Precision.DAY), "Registered letter");
        assertThat(changed.kind()).isEqualTo(EventKind.NOTICE_OF_DEFAULT_SENT);
        assertThat(events.list(dossierId)).extracting(DossierEvent::text)
                .containsExactly("Photos taken", "Registered letter");

        events.delete(complaint.id());
        assertThat(events.list(dossierId)).hasSize(1);
    }

    @Test
    void deletingTheDossierForGoodTakesItsCallsAndEventsAlong() {
        calls.add(dossierId, call("2024-03-02T14:05", "Priya", ""));
        events.add(dossierId, EventKind.REPAIR, given("2024-03-06T00:00", Precision.DAY), "");

        dossiers.delete(dossierId);
        dossiers.purgeDeleted();

        assertThat(Sql.single(database, "SELECT count(*) FROM call_entry")).isEqualTo("0");
        assertThat(Sql.single(database, "SELECT count(*) FROM dossier_event")).isEqualTo("0");
    }
}
