package nl.bewijsmap.ui.standing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.store.NewEvidence;

/** Dossiers on a real data folder, on Monday 16 March 2026 in Amsterdam. */
final class StandingFixture implements AutoCloseable {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    final Services services;
    private int files;

    StandingFixture(Path dataDir) {
        services = Services.open(dataDir, CLOCK);
    }

    /** A distance purchase delivered on {@code delivered}, ordered four days before, the defect found three after. */
    long dossier(Country country, LocalDate delivered, DisputeBody body, Keurmerk keurmerk) {
        DossierFacts facts = new DossierFacts(country, true, "Washing machine", "W-88123", "", delivered.minusDays(4),
                delivered, delivered.plusDays(3), new BigDecimal("649.00"), null,
                "Leaks water from the door seal on every wash.", null);
        Seller seller = new Seller("Witgoedwinkel.nl", "Witgoed BV",
                new Address("Industrieweg 4", "3542 AD", "Utrecht", ""), "", "", "", "", keurmerk, body);
        return services.dossiers().create("Washing machine", facts, seller).id();
    }

    void record(long dossierId, EventKind kind, LocalDate day) {
        services.log().record(dossierId, kind, new Timestamp(day.atTime(10, 0), null, TimestampSource.USER,
                Precision.MINUTE), "");
    }

    void receipt(long dossierId, LocalDate day) {
        files++;
        services.evidence().add(dossierId, new NewEvidence(EvidenceKind.RECEIPT, "Receipt", "", "receipt.pdf",
                String.format(Locale.ROOT, "%064x", files), 1000, MediaType.PDF,
                new Timestamp(day.atTime(12, 0), null, TimestampSource.PDF_CREATION,
                        Precision.SECOND), "", false));
    }

    @Override
    public void close() {
        services.close();
    }
}
