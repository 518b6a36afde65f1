package nl.bewijsmap.app;

import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.store.CallRepository;
import nl.bewijsmap.store.Database;
import nl.bewijsmap.store.DossierRepository;
import nl.bewijsmap.store.EventRepository;
import nl.bewijsmap.store.EvidenceRepository;
import nl.bewijsmap.store.PartyRepository;
import nl.bewijsmap.store.StoreException;

/**
 * Writes down what happened in a dispute besides its documents: phone calls, notes and events. An event that marks
 * a later phase (a complaint sent, a dispute filed) moves the dossier on to that phase, never back.
 */
public final class DossierLog {

    /** A recorded event, and the phase the dossier moved on to because of it, if it moved. */
    public record Recorded(DossierEvent event, Optional<Phase> movedTo) {
    }

    private final Database database;
    private final DossierRepository dossiers;
    private final PartyRepository parties;
    private final EvidenceRepository evidence;
    private final CallRepository calls;
    private final EventRepository events;

    public DossierLog(Database database, DossierRepository dossiers, PartyRepository parties,
            EvidenceRepository evidence, CallRepository calls, EventRepository events) {
        this.database = Objects.requireNonNull(database, "database");
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.parties = Objects.requireNonNull(parties, "parties");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.events = Objects.requireNonNull(events, "events");
    }

    public CallEntry logCall(long dossierId, CallDetails details) {
        return calls.add(dossierId, details);
    }

    public CallEntry updateCall(long callId, CallDetails details) {
        return calls.update(callId, details);
    }

    public void removeCall(long callId) {
        calls.delete(callId);
    }

    /** The call written down last in the dossier, to take the agent and department from. */
    public Optional<CallEntry> lastCall(long dossierId) {
        return calls.lastRecorded(dossierId);
    }

    /** Records a note or event; one that marks a later phase moves the dossier on, in the same transaction. */
    public Recorded record(long dossierId, EventKind kind, Timestamp occurredAt, String text) {
        return database.inTransaction(c -> {
            DossierEvent event = events.add(dossierId, kind, occurredAt, text);
            return new Recorded(event, moveOn(dossierId, kind));
        });
    }

    /** Changes a note or event; one changed into a kind that marks a later phase moves the dossier on too. */
    public Recorded update(long eventId, EventKind kind, Timestamp occurredAt, String text) {
        return database.inTransaction(c -> {
            DossierEvent event = events.update(eventId, kind, occurredAt, text);
            return new Recorded(event, moveOn(event.dossierId(), kind));
        });
    }

    public void removeEvent(long eventId) {
        events.delete(eventId);
    }

    private Optional<Phase> moveOn(long dossierId, EventKind kind) {
        Optional<Phase> reached = kind.phaseReached();
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        Phase current = requireDossier(dossierId).phase();
        if (current == Phase.CLOSED || current.compareTo(reached.get()) >= 0) {
            return Optional.empty();
        }
        dossiers.setPhase(dossierId, reached.get());
        return reached;
    }

    /** Everything the dossier holds, read at one moment. */
    public DossierContents contents(long dossierId) {
        return database.read(c -> new DossierContents(requireDossier(dossierId), parties.findSeller(dossierId),
                evidence.list(dossierId), calls.list(dossierId), events.list(dossierId)));
    }

    private Dossier requireDossier(long dossierId) {
        return dossiers.find(dossierId)
                .orElseThrow(() -> new StoreException("Dossier " + dossierId + " no longer exists."));
    }
}
