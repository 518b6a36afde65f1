package nl.bewijsmap.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Seller;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier create}: makes a dossier and prints its number last. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create a dossier for one dispute. Prints the new dossier's number on the last line.")
final class CreateDossierCommand implements Callable<Integer> {

    @ParentCommand
    private DossierCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--title", required = true, paramLabel = "T", description = "A short name, e.g. 'Washing machine'.")
    private String title;

    @Option(names = "--country", paramLabel = "NL|BE", description = "Whose consumer law applies (default NL).")
    private Country country = Country.NL;

    @Option(names = "--seller", paramLabel = "NAME", description = "The seller's trade name.")
    private String seller;

    @Option(names = "--distance-sale", description = "Bought online, by phone or by mail (not in a shop).")
    private boolean distanceSale;

    @Option(names = "--product", paramLabel = "TEXT", description = "The product or service bought.")
    private String product;

    @Option(names = "--order-number", paramLabel = "TEXT")
    private String orderNumber;

    @Option(names = "--customer-number", paramLabel = "TEXT")
    private String customerNumber;

    @Option(names = "--order-date", paramLabel = "D", description = "Date of the order, e.g. 2026-03-05.")
    private LocalDate orderDate;

    @Option(names = "--delivery-date", paramLabel = "D")
    private LocalDate deliveryDate;

    @Option(names = "--discovered-date", paramLabel = "D", description = "When the problem was found.")
    private LocalDate discoveredDate;

    @Option(names = "--price", paramLabel = "EUR", description = "The price paid in euros, e.g. 499.00.")
    private BigDecimal price;

    @Option(names = "--payment", paramLabel = "METHOD", description = "One of: ${COMPLETION-CANDIDATES}.")
    private PaymentMethod paymentMethod;

    @Option(names = "--problem", paramLabel = "TEXT", description = "What went wrong.")
    private String problem;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "What you ask for: ${COMPLETION-CANDIDATES}.")
    private DesiredOutcome desiredOutcome;

    @Override
    public Integer call() {
        if (title.isBlank()) {
            throw new IllegalArgumentException("a dossier needs a title: --title \"Washing machine\"");
        }
        DossierFacts facts = new DossierFacts(country, distanceSale, product, orderNumber, customerNumber,
                orderDate, deliveryDate, discoveredDate, price, paymentMethod, problem, desiredOutcome);
        try (Services services = parent.openServices()) {
            Dossier dossier = services.dossiers().create(title, facts, seller == null ? null : Seller.named(seller));
            spec.commandLine().getErr().println("Created dossier \"" + dossier.title() + "\" with number:");
            spec.commandLine().getOut().println(dossier.id());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
