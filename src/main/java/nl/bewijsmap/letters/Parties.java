package nl.bewijsmap.letters;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;

/**
 * The address blocks of a letter: the consumer's as sender, and the seller's or the dispute body's as recipient.
 * A country line is printed only when the letter crosses a border, as the post expects; an unknown part of an
 * address is a visible gap.
 */
final class Parties {

    private static final Set<String> NETHERLANDS = Set.of("nl", "nld", "nederland", "netherlands",
            "the netherlands", "holland");
    private static final Set<String> BELGIUM = Set.of("be", "bel", "belgie", "belgium", "belgique", "belgien");

    private final ConsumerProfile consumer;
    private final Seller seller;
    private final Country home;
    private final Phrases phrases;

    Parties(ConsumerProfile consumer, Seller seller, Country home, Phrases phrases) {
        this.consumer = consumer;
        this.seller = seller;
        this.home = home;
        this.phrases = phrases;
    }

    /** The consumer's name, or the gap for it. */
    String consumerName() {
        return or(consumer.name(), "consumerName");
    }

    /** The consumer's town, written before the date; a gap when unknown. */
    String place() {
        return or(consumer.address().city(), "place");
    }

    /** Name, street, postcode and town; the country only when the recipient is in another one. */
    List<String> senderLines(Recipient recipient) {
        Address address = consumer.address();
        List<String> lines = new ArrayList<>(List.of(consumerName(), or(address.street(), "street"),
                or(postalLine(address), "postalLine")));
        // The dispute bodies are in the dossier's own country, which a blank country stands for.
        String recipientCountry = recipient == Recipient.SELLER ? seller.address().country() : "";
        if (!sameCountry(address.country(), recipientCountry)) {
            // Abroad the return address needs its country, also when the consumer left it blank (their dossier's).
            lines.add(address.country().isEmpty() ? phrases.phrase("country." + home.name()) : address.country());
        }
        return lines;
    }

    /** The seller's address block, or the dispute body's (null when none is known for the recipient). */
    List<String> recipientLines(Recipient recipient, DisputeBodies.Body body, Language language) {
        if (recipient == Recipient.SELLER) {
            return sellerLines();
        }
        if (body == null) {
            return List.of(phrases.gap(recipient == Recipient.KEURMERK ? "keurmerk" : "disputeBody"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(body.name(language));
        lines.addAll(body.addressLines());
        return lines;
    }

    /** The seller's legal name (else its trade name) for the attention of customer service, and its address. */
    private List<String> sellerLines() {
        Address address = seller.address();
        List<String> lines = new ArrayList<>();
        lines.add(or(seller.legalName().isEmpty() ? seller.tradeName() : seller.legalName(), "sellerName"));
        lines.add(phrases.phrase("attention.customerService"));
        lines.add(or(address.street(), "sellerStreet"));
        lines.add(or(postalLine(address), "sellerPostalLine"));
        if (!address.country().isEmpty() && !sameCountry(address.country(), consumer.address().country())) {
            lines.add(address.country());
        }
        return lines;
    }

    /** "Lindelaan 12, 3521 AB Utrecht": the consumer's address on one line, as the withdrawal form asks. */
    String consumerAddressLine() {
        return oneLine(consumer.address(), "consumerAddress");
    }

    /** The seller's address on one line, or the gap for it. */
    String sellerAddressLine() {
        return oneLine(seller.address(), "sellerAddress");
    }

    private String oneLine(Address address, String gapKey) {
        List<String> parts = new ArrayList<>();
        if (!address.street().isEmpty()) {
            parts.add(address.street());
        }
        String postal = postalLine(address);
        if (!postal.isEmpty()) {
            parts.add(postal);
        }
        if (!address.country().isEmpty() && !sameCountry(address.country(), "")) {
            parts.add(address.country());
        }
        return parts.isEmpty() ? phrases.gap(gapKey) : String.join(", ", parts);
    }

    private static String postalLine(Address address) {
        return (address.postalCode() + " " + address.city()).strip();
    }

    private String or(String value, String gapKey) {
        return value.isEmpty() ? phrases.gap(gapKey) : value;
    }

    /** Whether two typed country names mean the same country; a blank one is the dossier's own country. */
    boolean sameCountry(String a, String b) {
        return code(a).equals(code(b));
    }

    private String code(String country) {
        String name = Normalizer.normalize(country, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        if (name.isEmpty()) {
            return home.name();
        }
        if (NETHERLANDS.contains(name)) {
            return Country.NL.name();
        }
        return BELGIUM.contains(name) ? Country.BE.name() : name;
    }
}
