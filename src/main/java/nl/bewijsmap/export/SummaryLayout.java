package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Style;
import nl.bewijsmap.export.layout.Table;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.rules.RuleTexts;

/** The summary page: who, what was bought, what went wrong, what is asked, where the dispute stands. */
final class SummaryLayout {

    /** Terms the seller had to keep: the consumer's to name whatever their state. */
    private static final Set<DeadlineRule> SELLER_TERMS = EnumSet.of(DeadlineRule.REFUND, DeadlineRule.DELIVERY,
            DeadlineRule.SELLER_REPLY, DeadlineRule.NOTICE_OF_DEFAULT);

    private final Describe describe;
    private final Words words;
    private final RuleTexts rules;

    SummaryLayout(Describe describe, RuleTexts rules) {
        this.describe = describe;
        this.words = describe.words();
        this.rules = rules;
    }

    void lay(Flow flow, FrontContext front) {
        DossierFacts facts = front.snapshot().contents().facts();
        String recipient = describe.recipient(front.request().recipient());
        Blocks.title(flow, words.text("export.summary.title"), words.text("export.summary.subtitle",
                front.snapshot().dossier().title(), recipient, words.date(front.snapshot().today())));
        parties(flow, front.snapshot().consumer(), front.snapshot().contents().seller(), facts.country());
        Blocks.heading(flow, words.text("export.summary.purchase"));
        Blocks.form(flow, List.of(
                Blocks.Row.of(words.text("export.summary.product"), facts.product()),
                Blocks.Row.of(words.text("export.summary.orderNumber"), facts.orderNumber()),
                Blocks.Row.of(words.text("export.summary.customerNumber"), facts.customerNumber()),
                Blocks.Row.of(words.text("export.summary.orderDate"), words.date(facts.orderDate())),
                Blocks.Row.of(words.text("export.summary.deliveryDate"), words.date(facts.deliveryDate())),
                Blocks.Row.of(words.text("export.summary.price"), words.euros(facts.price())),
                Blocks.Row.of(words.text("export.summary.payment"), facts.paymentMethod() == null ? ""
                        : words.text("enum.PaymentMethod." + facts.paymentMethod().name())),
                Blocks.Row.of(words.text("export.summary.bought"), facts.distanceSale()
                        ? words.text("export.summary.distance") : words.text("export.summary.inShop")),
                Blocks.Row.of(words.text("export.summary.law"), words.text("enum.Country." + facts.country()))),
                0.3f);
        Blocks.heading(flow, words.text("export.summary.problem"));
        Blocks.form(flow, List.of(
                Blocks.Row.of(words.text("export.summary.discovered"), words.date(facts.discoveredDate())),
                Blocks.Row.of(words.text("export.summary.whatWentWrong"), facts.problem().isEmpty()
                        ? words.text("export.summary.notRecorded") : facts.problem()),
                Blocks.Row.of(words.text("export.summary.outcome"), facts.desiredOutcome() == null
                        ? words.text("export.summary.notRecorded")
                        : words.text("enum.DesiredOutcome." + facts.desiredOutcome().name())),
                Blocks.Row.of(words.text("export.summary.phase"),
                        GuideTexts.name(front.snapshot().advice().phase(), words.locale()))),
                0.3f);
        deadlines(flow, front.snapshot().deadlines());
        contents(flow, front);
    }

    private void parties(Flow flow, ConsumerProfile consumer, Seller seller, Country country) {
        Blocks.heading(flow, words.text("export.summary.parties"));
        Table table = Blocks.table(flow, List.of(new Table.Column(words.text("export.summary.consumer"), 1),
                new Table.Column(words.text("export.summary.seller"), 1)));
        List<Table.Cell> row = List.of(new Table.Cell(consumerLines(consumer), null),
                new Table.Cell(sellerLines(seller, country), null));
        table.rows(List.of(row));
    }

    private List<Table.Span> consumerLines(ConsumerProfile consumer) {
        List<Table.Span> lines = new ArrayList<>();
        add(lines, consumer.name().isEmpty() ? words.text("export.summary.notRecorded") : consumer.name(),
                Look.BODY_BOLD);
        address(lines, consumer.address());
        add(lines, consumer.email(), Look.BODY);
        add(lines, consumer.phone(), Look.BODY);
        return lines;
    }

    private List<Table.Span> sellerLines(Seller seller, Country country) {
        List<Table.Span> lines = new ArrayList<>();
        add(lines, seller.displayName().isEmpty() ? words.text("export.summary.notRecorded") : seller.displayName(),
                Look.BODY_BOLD);
        if (!seller.legalName().isEmpty() && !seller.legalName().equals(seller.displayName())) {
            add(lines, seller.legalName(), Look.BODY);
        }
        address(lines, seller.address());
        if (!seller.registrationNumber().isEmpty()) {
            add(lines, words.text(country == Country.BE ? "export.summary.kbo" : "export.summary.kvk",
                    registration(seller.registrationNumber())), Look.BODY);
        }
        add(lines, seller.email(), Look.BODY);
        add(lines, seller.phone(), Look.BODY);
        add(lines, seller.website(), Look.BODY);
        if (seller.keurmerk() != Keurmerk.NONE) {
            add(lines, words.text("export.summary.keurmerk", words.text("enum.Keurmerk." + seller.keurmerk())),
                    Look.BODY);
        }
        if (seller.disputeBody() != DisputeBody.UNKNOWN && seller.disputeBody() != DisputeBody.NONE) {
            add(lines, words.text("export.summary.disputeBody",
                    words.text("enum.DisputeBody." + seller.disputeBody())), Look.BODY);
        }
        return lines;
    }

    /** The number as typed, without a "KvK" or "KBO" the consumer may have written before it. */
    static String registration(String typed) {
        return typed.replaceFirst("(?i)^\\s*(kvk|kbo|btw|ondernemingsnummer|enterprise number)[\\s:.-]*", "")
                .strip();
    }

    private static void address(List<Table.Span> lines, Address address) {
        add(lines, address.street(), Look.BODY);
        add(lines, (address.postalCode() + "  " + address.city()).strip(), Look.BODY);
        add(lines, address.country(), Look.BODY);
    }

    private static void add(List<Table.Span> lines, String text, Style style) {
        if (text != null && !text.isBlank()) {
            lines.add(new Table.Span(text, style));
        }
    }

    private void deadlines(Flow flow, List<Deadline> deadlines) {
        Blocks.heading(flow, words.text("export.summary.deadlines"));
        List<Deadline> shown = deadlines.stream().filter(SummaryLayout::inPackage)
                .sorted(Comparator.comparing(Deadline::due).thenComparing(d -> d.rule().ordinal())).toList();
        if (shown.isEmpty()) {
            Blocks.paragraph(flow, words.text("export.summary.noDeadlines"), Look.BODY);
            return;
        }
        Table table = Blocks.table(flow, List.of(new Table.Column(words.text("export.summary.deadline"), 26),
                new Table.Column(words.text("export.summary.due"), 15),
                new Table.Column(words.text("export.summary.status"), 11),
                new Table.Column(words.text("export.summary.explanation"), 48)));
        table.rows(shown.stream().map(this::row).toList());
    }

    private List<Table.Cell> row(Deadline deadline) {
        return List.of(
                Table.Cell.of(name(deadline.rule()), Look.SMALL_BOLD),
                Table.Cell.of(words.shortDate(deadline.due()), Look.SMALL),
                Table.Cell.of(rules.status(deadline, words.locale()), Look.SMALL),
                new Table.Cell(List.of(new Table.Span(rules.basis(deadline, words.locale()), Look.SMALL),
                        new Table.Span(rules.sourceLine(deadline.source(), words.locale()), Look.NOTE)), null));
    }

    /**
     * The package is the consumer's case, read by the seller: it shows the terms the seller had to keep in any state
     * and the consumer's own terms while they run or once met. A term of the consumer's that passed (the defect
     * notice, the presumption, the last day to file) is the seller's argument to make; the app warns the consumer
     * about it before the export, and the chronology still gives every date.
     */
    static boolean inPackage(Deadline deadline) {
        return SELLER_TERMS.contains(deadline.rule()) || deadline.status() != DeadlineStatus.PASSED;
    }

    /** The app's names speak to the consumer ("your notice of default"); the package names the rule for anyone. */
    private String name(DeadlineRule rule) {
        String key = "export.deadline." + rule.name();
        return words.has(key) ? words.text(key) : rules.name(rule, words.locale());
    }

    private void contents(Flow flow, FrontContext front) {
        Blocks.heading(flow, words.text("export.summary.contents"));
        int exhibits = front.chronology().exhibits().size();
        Blocks.paragraph(flow, words.text("export.summary.count", Words.number(exhibits),
                Words.number(front.chronology().entries().size())), Look.BODY);
        if (!front.split()) {
            return;
        }
        Blocks.paragraph(flow, words.text("export.summary.split", Words.number(front.plan().parts().size())),
                Look.BODY);
        List<Blocks.Row> rows = new ArrayList<>();
        for (Plan.Part part : front.plan().parts()) {
            String label = words.text("export.summary.partLabel", Words.number(part.number()));
            String held = held(part);
            String what = part.number() > 1 ? held : front.request().letter() == null
                    ? words.text("export.summary.partOneNoLetter", held) : words.text("export.summary.partOne", held);
            rows.add(new Blocks.Row(label, List.of(new Table.Span(front.fileNames().get(part.number() - 1),
                    Look.BODY_BOLD), new Table.Span(what, Look.BODY))));
        }
        Blocks.form(flow, rows, 0.2f);
    }

    /** "exhibits 8-15", "exhibit 8", or that it holds none. */
    private String held(Plan.Part part) {
        if (part.units().isEmpty()) {
            return words.text("export.summary.noExhibits");
        }
        int first = part.units().get(0).exhibit().number();
        int last = part.units().get(part.units().size() - 1).exhibit().number();
        return first == last ? describe.exhibit(part.units().get(0).exhibit())
                : words.text("export.summary.exhibitRange", Words.number(first), Words.number(last));
    }
}
