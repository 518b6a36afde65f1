package nl.bewijsmap.letters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.rules.RuleBook;

/**
 * The values a letter template reads, already written for the letter's language: dates, amounts, names, the
 * history, the legal facts and the route. An unknown fact becomes a visible gap ("[datum van aankoop]"); a value
 * that is simply absent (no customer number) is an empty string, which a template section treats as false. No
 * value is ever null. Every name is listed in {@code letters/README.md}.
 */
final class LetterModel {

    private final DossierSnapshot snapshot;
    private final Recipient recipient;
    private final Language language;
    private final Phrases phrases;
    private final LetterFormat format;
    private final Parties parties;
    private final DisputeBodies.Body body;

    LetterModel(DossierSnapshot snapshot, Recipient recipient, Language language, Phrases phrases,
            DisputeBodies bodies) {
        this.snapshot = snapshot;
        this.recipient = recipient;
        this.language = language;
        this.phrases = phrases;
        this.format = new LetterFormat(language);
        this.parties = new Parties(snapshot.consumer(), snapshot.contents().seller(), snapshot.contents().country(),
                phrases);
        this.body = recipient == Recipient.SELLER ? null
                : bodies.of(recipient, snapshot.contents().seller().keurmerk()).orElse(null);
    }

    Parties parties() {
        return parties;
    }

    DisputeBodies.Body body() {
        return body;
    }

    /** Every value; the request comes last, as it is itself a phrase filled in with the others. */
    Map<String, Object> build(RuleBook book, Templates templates) {
        Map<String, Object> model = new LinkedHashMap<>();
        Country country = snapshot.contents().country();
        model.put("nl", country == Country.NL);
        model.put("be", country == Country.BE);
        model.put("toSeller", recipient == Recipient.SELLER);
        model.put("toKeurmerk", recipient == Recipient.KEURMERK);
        model.put("toGeschillencommissie", recipient == Recipient.GESCHILLENCOMMISSIE);
        model.put("toDigidispuut", recipient == Recipient.DIGIDISPUUT);
        model.put("today", format.date(snapshot.today()));
        model.put("place", parties.place());
        consumer(model);
        seller(model);
        facts(model);
        history(model);
        new LawFacts(snapshot, book, format, phrases, language).addTo(model);
        route(model);
        model.put("ask", ask(templates, model));
        return model;
    }

    private void consumer(Map<String, Object> model) {
        model.put("consumerName", parties.consumerName());
        model.put("consumerCity", snapshot.consumer().address().city());
        model.put("consumerAddress", parties.consumerAddressLine());
        model.put("consumerEmail", snapshot.consumer().email());
        model.put("consumerPhone", snapshot.consumer().phone());
        model.put("iban", snapshot.consumer().iban());
    }

    private void seller(Map<String, Object> model) {
        Seller seller = snapshot.contents().seller();
        String name = seller.displayName().isEmpty() ? phrases.gap("sellerName") : seller.displayName();
        boolean both = !seller.tradeName().isEmpty() && !seller.legalName().isEmpty()
                && !seller.tradeName().equalsIgnoreCase(seller.legalName());
        model.put("sellerName", name);
        model.put("sellerFullName", both ? seller.tradeName() + " (" + seller.legalName() + ")" : name);
        model.put("sellerLegalName", seller.legalName().isEmpty() ? name : seller.legalName());
        model.put("sellerAddress", parties.sellerAddressLine());
        model.put("sellerEmail", seller.email());
        model.put("recipientName", recipient == Recipient.SELLER ? name
                : body != null ? body.name(language) : phrases.gap(recipient == Recipient.KEURMERK ? "keurmerk"
                        : "disputeBody"));
    }

    private void facts(Map<String, Object> model) {
        DossierFacts facts = snapshot.contents().facts();
        boolean distance = facts.distanceSale();
        model.put("distanceSale", distance);
        model.put("product", facts.product().isEmpty() ? phrases.gap("product") : Sentences.clause(facts.product()));
        // A shop purchase may have no order number or delivery: only a distance sale always has them.
        model.put("orderNumber", orGap(facts.orderNumber(), distance, "orderNumber"));
        model.put("customerNumber", facts.customerNumber());
        model.put("orderDate", date(facts.orderDate(), true, "orderDate"));
        model.put("received", facts.deliveryDate() != null && !facts.deliveryDate().isAfter(snapshot.today()));
        model.put("deliveryDate", date(facts.deliveryDate(), distance, "deliveryDate"));
        model.put("discoveredDate", date(facts.discoveredDate(), true, "discoveredDate"));
        model.put("price", facts.price() == null ? phrases.gap("price") : format.money(facts.price()));
        model.put("payment", facts.paymentMethod() == null ? ""
                : phrases.optional("payment." + facts.paymentMethod().name()));
        model.put("problem", facts.problem().isEmpty() ? phrases.gap("problem") : Sentences.sentence(facts.problem()));
        DesiredOutcome outcome = facts.desiredOutcome();
        model.put("repairOrReplace", outcome == DesiredOutcome.REPAIR || outcome == DesiredOutcome.REPLACEMENT);
        model.put("endContract", outcome == DesiredOutcome.REFUND || outcome == DesiredOutcome.DISSOLUTION);
        model.put("priceReduction", outcome == DesiredOutcome.PRICE_REDUCTION);
    }

    private void history(Map<String, Object> model) {
        History history = new History(snapshot.contents(), snapshot.today(), format);
        List<Map<String, Object>> entries = history.entries();
        model.put("history", entries);
        model.put("hasHistory", !entries.isEmpty());
        List<LocalDate> complaints = history.complaintDays();
        model.put("complained", !complaints.isEmpty());
        model.put("complaintDates", complaints.isEmpty() ? phrases.gap("complaintDate")
                : phrases.list(complaints.stream().map(format::date).toList()));
        LocalDate refused = history.last(EventKind.SELLER_REFUSED);
        model.put("refused", refused != null);
        model.put("refusedDate", refused == null ? "" : format.date(refused));
        LocalDate repaired = history.last(EventKind.REPAIR);
        model.put("repairTried", repaired != null);
        model.put("repairDate", repaired == null ? "" : format.date(repaired));
    }

    /** The route the next step takes, else the first that fits the seller: one flag, e.g. {@code viaDigidispuut}. */
    private void route(Map<String, Object> model) {
        List<Route> routes = snapshot.advice().routes();
        Route step = snapshot.advice().step().route();
        Route route = step != null && routes.contains(step) ? step : routes.isEmpty() ? null : routes.get(0);
        for (Route each : Route.values()) {
            String name = each.name().toLowerCase(Locale.ROOT);
            model.put("via" + Character.toUpperCase(name.charAt(0)) + name.substring(1), each == route);
        }
    }

    /**
     * What the consumer asks, as a phrase that runs on after "Ik vraag u" / "I ask you". A repair that was tried and
     * did not remedy the defect (the dossier is still open) is not asked for again: the next remedy is replacement.
     */
    private String ask(Templates templates, Map<String, Object> model) {
        DesiredOutcome outcome = snapshot.contents().facts().desiredOutcome();
        if (outcome == DesiredOutcome.REPAIR && Boolean.TRUE.equals(model.get("repairTried"))) {
            outcome = DesiredOutcome.REPLACEMENT;
        }
        return outcome == null ? phrases.gap("ask")
                : templates.renderInline(language, phrases.phrase("ask." + outcome.name()), model);
    }

    private String orGap(String value, boolean needed, String gapKey) {
        return value.isEmpty() && needed ? phrases.gap(gapKey) : value;
    }

    private String date(LocalDate date, boolean needed, String gapKey) {
        return date != null ? format.date(date) : needed ? phrases.gap(gapKey) : "";
    }
}
