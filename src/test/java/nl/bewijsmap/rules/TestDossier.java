package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** Builds the contents of a dossier for the rules tests, with dates written as ISO text. */
final class TestDossier {

    private static final Timestamp RECORDED = at("2026-01-01", TimestampSource.SYSTEM_CLOCK);
    private static final String HASH = "0".repeat(64);

    private final Country country;
    private boolean distanceSale;
    private LocalDate ordered;
    private LocalDate delivered;
    private LocalDate discovered;
    private String problem = "The washing machine leaks.";
    private Phase phase = Phase.OWN_ATTEMPT;
    private String sellerName = "Witgoed Direct";
    private Address address = new Address("Markt 1", "1234 AB", "Utrecht", "");
    private Keurmerk keurmerk = Keurmerk.NONE;
    private DisputeBody disputeBody = DisputeBody.NONE;
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<CallEntry> calls = new ArrayList<>();
    private final List<EvidenceItem> evidence = new ArrayList<>();
    private long nextId = 1;

    private TestDossier(Country country) {
        this.country = country;
    }

    static TestDossier nl() {
        return new TestDossier(Country.NL);
    }

    static TestDossier be() {
        return new TestDossier(Country.BE);
    }

    static TestDossier of(String country) {
        return new TestDossier(Country.valueOf(country));
    }

    TestDossier distanceSale() {
        distanceSale = true;
        return this;
    }

    TestDossier ordered(String date) {
        ordered = date(date);
        return this;
    }

    TestDossier delivered(String date) {
        delivered = date(date);
        return this;
    }

    TestDossier discovered(String date) {
        discovered = date(date);
        return this;
    }

    TestDossier problem(String text) {
        problem = text;
        return this;
    }

    TestDossier phase(Phase value) {
        phase = value;
        return this;
    }

    TestDossier sellerName(String name) {
        sellerName = name;
        return this;
    }

    TestDossier sellerAddress(Address value) {
        address = value;
        return this;
    }

    TestDossier sellerCountry(String name) {
        address = new Address(address.street(), address.postalCode(), address.city(), name);
        return this;
    }

    TestDossier keurmerk(Keurmerk value) {
        keurmerk = value;
        return this;
    }

    TestDossier disputeBody(DisputeBody value) {
        disputeBody = value;
        return this;
    }

    TestDossier event(EventKind kind, String date) {
        events.add(new DossierEvent(nextId++, 1, kind, at(date, TimestampSource.USER), "", RECORDED));
        return this;
    }

    /** A call the consumer made. */
    TestDossier call(String date, String agreements) {
        return call(date, agreements, CallDirection.OUTGOING);
    }

    TestDossier call(String date, String agreements, CallDirection direction) {
        CallDetails details = new CallDetails(at(date, TimestampSource.USER), null, direction, "Sanne",
                "", "", "Asked about the leak", agreements, null);
        calls.add(new CallEntry(nextId++, 1, details, RECORDED));
        return this;
    }

    /** Evidence dated by a reliable source, or undated when {@code date} is null. */
    TestDossier evidence(EvidenceKind kind, String date) {
        return evidence(kind, date, TimestampSource.USER);
    }

    TestDossier evidence(EvidenceKind kind, String date, TimestampSource source) {
        return evidence(kind, date, source, MediaType.PDF);
    }

    TestDossier evidence(EvidenceKind kind, String date, TimestampSource source, MediaType type) {
        Timestamp when = date == null ? null : at(date, source);
        evidence.add(new EvidenceItem(nextId++, 1, kind, kind.name(), "", "file", HASH, 1, type, when, when,
                "", RECORDED));
        return this;
    }

    /** The id the next item will get, to name it in an expectation. */
    long nextId() {
        return nextId;
    }

    DossierContents build() {
        DossierFacts facts = new DossierFacts(country, distanceSale, "Washing machine", "", "", ordered, delivered,
                discovered, null, null, problem, null);
        Dossier dossier = new Dossier(1, "Leaking washing machine", facts, phase, false, RECORDED, RECORDED);
        Seller seller = new Seller(sellerName, "", address, "", "", "", "", keurmerk, disputeBody);
        return new DossierContents(dossier, seller, evidence, calls, events);
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    private static Timestamp at(String date, TimestampSource source) {
        LocalDateTime local = LocalDate.parse(date).atTime(10, 0);
        return new Timestamp(local, null, source, Precision.MINUTE);
    }
}
