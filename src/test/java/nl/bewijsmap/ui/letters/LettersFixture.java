package nl.bewijsmap.ui.letters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;

/** Dossiers on a real data folder, on Monday 16 March 2026 in Amsterdam, for the letters and export tests. */
public final class LettersFixture implements AutoCloseable {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    public final Services services;

    public LettersFixture(Path dataDir) {
        services = Services.open(dataDir, CLOCK);
    }

    /** A purchase delivered on {@code delivered}, ordered four days before, the defect found three days after. */
    public long dossier(String title, boolean distanceSale, LocalDate delivered, DesiredOutcome outcome,
                        Keurmerk keurmerk, DisputeBody body) {
        DossierFacts facts = new DossierFacts(Country.NL, distanceSale, "Washing machine WM-900", "W-88123", "",
                delivered.minusDays(4), delivered, delivered.plusDays(3), new BigDecimal("649.00"), null,
                "Leaks water from the door seal on every wash.", outcome);
        Seller seller = new Seller("Witgoedwinkel.nl", "Witgoed BV",
                new Address("Industrieweg 4", "3542 AD", "Utrecht", ""), "", "info@witgoedwinkel.nl", "", "",
                keurmerk, body);
        return services.dossiers().create(title, facts, seller).id();
    }

    /** Ordered on {@code ordered}, never delivered. */
    public long undelivered(LocalDate ordered) {
        DossierFacts facts = new DossierFacts(Country.NL, true, "Bicycle", "B-1", "", ordered, null, null,
                new BigDecimal("899.00"), null, "It never came.", DesiredOutcome.REFUND);
        return services.dossiers().create("Bicycle", facts, Seller.named("Fietsen.nl")).id();
    }

    public void record(long dossierId, EventKind kind, LocalDate day) {
        services.log().record(dossierId, kind, new Timestamp(day.atTime(10, 0), null, TimestampSource.USER,
                Precision.MINUTE), "");
    }

    /** A letter as a drafter might make it, for the tests of what the screen does with one. */
    public static Letter letter(LetterKind kind, String subject, String body) {
        return new Letter(kind, Recipient.SELLER, new Locale("nl", "NL"), TODAY, "Utrecht",
                List.of("J. de Vries", "Lindenlaan 3", "3511 AB Utrecht"),
                List.of("Witgoedwinkel.nl", "Industrieweg 4", "3542 AD Utrecht"), subject, body, "J. de Vries");
    }

    @Override
    public void close() {
        services.close();
    }
}
