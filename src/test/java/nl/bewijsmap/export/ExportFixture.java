package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** A dossier in a real data folder, filled through the app's own services, to export packages from. */
final class ExportFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T09:30:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final String TITLE = "Washing machine leaks";
    static final String CONSUMER = "Anna de Vries-Łukasiewicz";

    final Services services;
    final long dossier;
    final List<EvidenceItem> evidence = new ArrayList<>();
    final List<CallEntry> calls = new ArrayList<>();
    final List<DossierEvent> events = new ArrayList<>();

    ExportFixture(Path dataDir) {
        services = Services.open(dataDir, CLOCK);
        DossierFacts facts = new DossierFacts(Country.NL, true, "Washing machine Bosch WAX32M41", "ORD-2026-0042",
                "KL-77812", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 2, 14),
                new BigDecimal("749.00"), PaymentMethod.IDEAL, "The drum stops after two minutes and water leaks.",
                DesiredOutcome.REPLACEMENT);
        Seller seller = new Seller("Witgoed Online", "Witgoed Online B.V.", new Address("Industrieweg 14", "3542 AD",
                "Utrecht", ""), "KvK 12345678", "service@witgoed.example", "030 123 4567", "https://witgoed.example",
                Keurmerk.THUISWINKEL_WAARBORG, DisputeBody.GESCHILLENCOMMISSIE);
        dossier = services.dossiers().create(TITLE, facts, seller).id();
        services.parties().saveProfile(new ConsumerProfile(CONSUMER, new Address("Kerkstraat 12", "3511 AB",
                "Utrecht", ""), "anna@example.nl", "06 12345678", ""));
    }

    /** Imports a file; it must be kept (imported, perhaps with a warning). */
    EvidenceItem add(Path file) {
        ImportResult result = services.importer().importFile(dossier, file, null);
        assertThat(result.status()).as(file.toString()).isEqualTo(ImportStatus.IMPORTED);
        evidence.add(result.item());
        return result.item();
    }

    CallEntry call(LocalDateTime at, String agent, String summary, String agreements) {
        CallEntry call = services.log().logCall(dossier, new CallDetails(new Timestamp(at, null, TimestampSource.USER,
                Precision.MINUTE), Duration.ofMinutes(14), CallDirection.OUTGOING, agent, "Customer service",
                "T-88812", summary, agreements, LocalDate.of(2026, 2, 23)));
        calls.add(call);
        return call;
    }

    DossierEvent event(LocalDateTime at, EventKind kind, String text) {
        DossierEvent event = services.log().record(dossier, kind, new Timestamp(at, null, TimestampSource.USER,
                Precision.MINUTE), text).event();
        events.add(event);
        return event;
    }

    DossierSnapshot snapshot() {
        return services.correspondence().snapshot(dossier);
    }

    PackageWriter writer() {
        return new PackageWriter(services.vault(), CLOCK);
    }

    static Letter letter(Locale locale, String body) {
        return new Letter(LetterKind.COVER_LETTER, Recipient.GESCHILLENCOMMISSIE, locale, LocalDate.of(2026, 3, 5),
                "Utrecht", List.of(CONSUMER, "Kerkstraat 12", "3511 AB  Utrecht", "anna@example.nl"),
                List.of("De Geschillencommissie", "Postbus 90600", "2509 LP  DEN HAAG"),
                "Complaint about Witgoed Online B.V., order ORD-2026-0042", body, CONSUMER);
    }

    static PackageRequest request(Path out, Letter letter, long maxPartBytes, boolean location, Locale locale,
            Set<ItemRef> excluded) {
        return new PackageRequest(Recipient.GESCHILLENCOMMISSIE, letter, excluded, maxPartBytes, location, locale, out);
    }

    @Override
    public void close() {
        services.close();
    }
}
