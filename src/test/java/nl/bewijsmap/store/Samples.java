package nl.bewijsmap.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Seller;

/** Values with every field filled in and different from its default, so a lost field shows. */
final class Samples {

    static final DossierFacts FULL_FACTS = new DossierFacts(Country.BE, true, "Washing machine WM-900",
            "ORD-2024-0042", "CUST-77", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 9),
            LocalDate.of(2024, 2, 29), new BigDecimal("1234.50"), PaymentMethod.BANCONTACT,
            "Drum stops turning after two weeks", DesiredOutcome.REPLACEMENT);

    static final Seller FULL_SELLER = new Seller("Witgoed Online", "Witgoed Online B.V.",
            new Address("Markt 1", "1234 AB", "Utrecht", "Nederland"), "KvK 12345678", "service@witgoed.example",
            "+31 30 123 4567", "https://witgoed.example", Keurmerk.THUISWINKEL_WAARBORG,
            DisputeBody.GESCHILLENCOMMISSIE);

    static final ConsumerProfile FULL_PROFILE = new ConsumerProfile("Sam Jansen",
            new Address("Kerkstraat 12 bus 3", "2000", "Antwerpen", "België"), "sam@example.be", "+32 470 12 34 56",
            "BE68 5390 0754 7034");

    private Samples() {
    }
}
