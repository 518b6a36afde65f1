package nl.bewijsmap.letters;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Term;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.rules.Deadlines;
import nl.bewijsmap.rules.PhaseGuide;
import nl.bewijsmap.rules.RuleBook;

/**
 * Builds a dossier snapshot for the letter tests the way the app does: the facts, the consumer and the seller as a
 * user would type them, and the deadlines and advice computed by the real rules ({@link Deadlines#standard()},
 * {@link PhaseGuide#standard()}). Like the rules' {@code TestDossier}, with every fact a letter prints; everything
 * can be left unknown to test the gaps.
 */
final class LetterDossier {

    private static final Timestamp RECORDED = new Timestamp(LocalDateTime.of(2026, 1, 1, 9, 0), null,
            TimestampSource.SYSTEM_CLOCK, Precision.SECOND);

    private Country country = Country.NL;
    private boolean distanceSale = true;
    private String product = "Wasmachine Bosch Serie 6 WGG24409NL";
    private String orderNumber = "WD-2026-48213";
    private String customerNumber = "";
    private LocalDate ordered = LocalDate.of(2026, 5, 26);
    private LocalDate delivered = LocalDate.of(2026, 5, 29);
    private LocalDate discovered = LocalDate.of(2026, 10, 27);
    private BigDecimal price = new BigDecimal("1299.00");
    private PaymentMethod payment = PaymentMethod.IDEAL;
    private String problem = "De machine stopt midden in het programma met foutcode E18";
    private DesiredOutcome outcome = DesiredOutcome.REPLACEMENT;
    private Seller seller = new Seller("WasDirect.nl", "WasDirect B.V.",
            new Address("Industrieweg 8", "5061 KR", "Oisterwijk", ""), "12345678", "klantenservice@wasdirect.nl",
            "", "https://www.wasdirect.nl", Keurmerk.WEBWINKELKEUR, DisputeBody.DIGIDISPUUT);
    private ConsumerProfile consumer = new ConsumerProfile("Anne Jansen",
            new Address("Lindelaan 12", "3521 AB", "Utrecht", ""), "anne.jansen@example.nl", "06 12345678",
            "NL91 ABNA 0417 1643 00");
    private LocalDate today = LocalDate.of(2026, 11, 21);
    private final List<CallEntry> calls = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private long nextId = 1;

    static LetterDossier nl() {
        return new LetterDossier();
    }

    static LetterDossier be() {
        LetterDossier dossier = new LetterDossier();
        dossier.country = Country.BE;
        dossier.seller = new Seller("Witgoed Online", "Witgoed Online BV",
                new Address("Nijverheidsstraat 3", "2800", "Mechelen", ""), "0123.456.789", "info@witgoed.be", "",
                "", Keurmerk.NONE, DisputeBody.NONE);
        dossier.consumer = new ConsumerProfile("Anne Jansen", new Address("Lindelaan 12", "9000", "Gent", ""),
                "anne.jansen@example.be", "", "BE68 5390 0754 7034");
        return dossier;
    }

    /** A dossier that knows nothing but its title: every fact a letter needs is a gap. */
    static LetterDossier unknown() {
        LetterDossier dossier = new LetterDossier();
        dossier.product = "";
        dossier.orderNumber = "";
        dossier.ordered = null;
        dossier.delivered = null;
        dossier.discovered = null;
        dossier.price = null;
        dossier.payment = null;
        dossier.problem = "";
        dossier.outcome = null;
        dossier.seller = Seller.EMPTY;
        dossier.consumer = ConsumerProfile.EMPTY;
        return dossier;
    }

    LetterDossier today(String date) {
        today = LocalDate.parse(date);
        return this;
    }

    LetterDossier ordered(String date) {
        ordered = date == null ? null : LocalDate.parse(date);
        return this;
    }

    LetterDossier delivered(String date) {
        delivered = date == null ? null : LocalDate.parse(date);
        return this;
    }

    LetterDossier discovered(String date) {
        discovered = date == null ? null : LocalDate.parse(date);
        return this;
    }

    LetterDossier price(String euros) {
        price = euros == null ? null : new BigDecimal(euros);
        return this;
    }

    LetterDossier outcome(DesiredOutcome value) {
        outcome = value;
        return this;
    }

    LetterDossier product(String value) {
        product = value;
        return this;
    }

    LetterDossier problem(String value) {
        problem = value;
        return this;
    }

    LetterDossier orderNumber(String value) {
        orderNumber = value;
        return this;
    }

    LetterDossier customerNumber(String value) {
        customerNumber = value;
        return this;
    }

    LetterDossier shopPurchase() {
        distanceSale = false;
        return this;
    }

    LetterDossier seller(Seller value) {
        seller = value;
        return this;
    }

    LetterDossier consumer(ConsumerProfile value) {
        consumer = value;
        return this;
    }

    LetterDossier keurmerk(Keurmerk keurmerk, DisputeBody body) {
        seller = new Seller(seller.tradeName(), seller.legalName(), seller.address(), seller.registrationNumber(),
                seller.email(), seller.phone(), seller.website(), keurmerk, body);
        return this;
    }

    /** A call the consumer made, at a minute of a day. */
    LetterDossier call(String at, String agent, String reference, String summary, String agreements) {
        return call(at, CallDirection.OUTGOING, agent, reference, summary, agreements);
    }

    LetterDossier call(String at, CallDirection direction, String agent, String reference, String summary,
            String agreements) {
        CallDetails details = new CallDetails(new Timestamp(LocalDateTime.parse(at), null, TimestampSource.USER,
                Precision.MINUTE), Duration.ofMinutes(9), direction, agent, "Klantenservice", reference, summary,
                agreements, null);
        calls.add(new CallEntry(nextId++, 1, details, RECORDED));
        return this;
    }

    /** An event known to the day. */
    LetterDossier event(EventKind kind, String date, String text) {
        events.add(new DossierEvent(nextId++, 1, kind, new Timestamp(LocalDate.parse(date).atStartOfDay(), null,
                TimestampSource.USER, Precision.DAY), text, RECORDED));
        return this;
    }

    DossierContents contents() {
        DossierFacts facts = new DossierFacts(country, distanceSale, product, orderNumber, customerNumber, ordered,
                delivered, discovered, price, payment, problem, outcome);
        Dossier dossier = new Dossier(1, "Wasmachine", facts, Phase.OWN_ATTEMPT, false, RECORDED, RECORDED);
        return new DossierContents(dossier, seller, List.of(), calls, events);
    }

    /** The snapshot as the app makes it: deadlines and advice from the real rules on the letter's day. */
    DossierSnapshot snapshot() {
        DossierContents contents = contents();
        return new DossierSnapshot(contents, consumer, Deadlines.standard().compute(contents, today),
                PhaseGuide.standard().advise(contents, today), today);
    }

    /** The last day of a term the rule book sets for this country, counted from the letter's day. */
    LocalDate termEnd(DeadlineRule rule) {
        Term term = RuleBook.standard().rule(rule, country).orElseThrow().period();
        return term.endFrom(today);
    }

    /** The washing machine of the brief: bought online, broke after five months, two calls and a failed repair. */
    static LetterDossier washingMachine() {
        return nl()
                .call("2026-10-28T10:15", "Mark", "TCK-88412",
                        "Storing gemeld: de machine stopt met foutcode E18 en pompt het water niet weg",
                        "Er komt op 3 november een monteur om de afvoerpomp te vervangen")
                .event(EventKind.REPAIR, "2026-11-03",
                        "De monteur heeft de afvoerpomp vervangen; na twee wasbeurten gaf de machine weer foutcode E18")
                .call("2026-11-06T14:30", "Sandra", "TCK-88412", "Gemeld dat de storing na de reparatie terug is",
                        "Sandra legt mijn verzoek om vervanging voor aan haar leidinggevende en belt mij uiterlijk "
                                + "11 november terug");
    }

    /** The same dossier as an English-speaking consumer would type it. */
    static LetterDossier washingMachineInEnglish() {
        LetterDossier dossier = nl()
                .call("2026-10-28T10:15", "Mark", "TCK-88412",
                        "Reported the fault: the machine stops with error code E18 and does not pump the water out",
                        "An engineer will come on 3 November to replace the drain pump")
                .event(EventKind.REPAIR, "2026-11-03",
                        "The engineer replaced the drain pump; after two washes the machine showed error code E18 again")
                .call("2026-11-06T14:30", "Sandra", "TCK-88412", "Reported that the fault is back after the repair",
                        "Sandra will put my request for a replacement to her manager and call me back by 11 November");
        dossier.product = "Bosch Serie 6 washing machine WGG24409NL";
        dossier.problem = "The machine stops in the middle of the programme with error code E18";
        dossier.calls.replaceAll(call -> new CallEntry(call.id(), call.dossierId(), new CallDetails(
                call.details().startedAt(), call.details().duration(), call.details().direction(),
                call.details().agent(), "Customer service", call.details().reference(), call.details().summary(),
                call.details().agreements(), null), call.recordedAt()));
        return dossier;
    }
}
