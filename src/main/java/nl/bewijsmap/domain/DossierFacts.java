package nl.bewijsmap.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of a dispute as the consumer records them. Dates and the price may be unknown (null);
 * text fields are never null.
 */
public record DossierFacts(
        Country country,
        boolean distanceSale,
        String product,
        String orderNumber,
        String customerNumber,
        LocalDate orderDate,
        LocalDate deliveryDate,
        LocalDate discoveredDate,
        BigDecimal price,
        PaymentMethod paymentMethod,
        String problem,
        DesiredOutcome desiredOutcome) {

    public static final DossierFacts EMPTY =
            new DossierFacts(Country.NL, false, "", "", "", null, null, null, null, null, "", null);

    public DossierFacts {
        country = Objects.requireNonNullElse(country, Country.NL);
        product = Text.clean(product);
        orderNumber = Text.clean(orderNumber);
        customerNumber = Text.clean(customerNumber);
        problem = Text.clean(problem);
        if (price != null && price.signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
    }
}
