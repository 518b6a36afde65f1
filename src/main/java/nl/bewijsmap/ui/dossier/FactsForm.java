package nl.bewijsmap.ui.dossier;

import static nl.bewijsmap.ui.common.Forms.text;
import static nl.bewijsmap.ui.common.Forms.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Phase;

/** The editable facts of a dispute, one property per input. */
public final class FactsForm {

    final StringProperty title = text();
    final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OWN_ATTEMPT);
    final ObjectProperty<Country> country = new SimpleObjectProperty<>(Country.NL);
    final BooleanProperty distanceSale = new SimpleBooleanProperty();
    final StringProperty product = text();
    final StringProperty orderNumber = text();
    final StringProperty customerNumber = text();
    final ObjectProperty<LocalDate> orderDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> deliveryDate = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> discoveredDate = new SimpleObjectProperty<>();
    final StringProperty price = text();
    final ObjectProperty<PaymentMethod> paymentMethod = new SimpleObjectProperty<>();
    final StringProperty problem = text();
    final ObjectProperty<DesiredOutcome> desiredOutcome = new SimpleObjectProperty<>();

    Observable[] all() {
        return new Observable[] {title, phase, country, distanceSale, product, orderNumber, customerNumber,
            orderDate, deliveryDate, discoveredDate, price, paymentMethod, problem, desiredOutcome};
    }

    void fill(String dossierTitle, Phase dossierPhase, DossierFacts facts, String priceText) {
        title.set(dossierTitle);
        phase.set(dossierPhase);
        country.set(facts.country());
        distanceSale.set(facts.distanceSale());
        product.set(facts.product());
        orderNumber.set(facts.orderNumber());
        customerNumber.set(facts.customerNumber());
        orderDate.set(facts.orderDate());
        deliveryDate.set(facts.deliveryDate());
        discoveredDate.set(facts.discoveredDate());
        price.set(priceText);
        paymentMethod.set(facts.paymentMethod());
        problem.set(facts.problem());
        desiredOutcome.set(facts.desiredOutcome());
    }

    /** The facts as typed, with the price already parsed (null when empty or not a price). */
    DossierFacts toFacts(BigDecimal parsedPrice) {
        return new DossierFacts(country.get(), distanceSale.get(), value(product), value(orderNumber),
                value(customerNumber), orderDate.get(), deliveryDate.get(), discoveredDate.get(), parsedPrice,
                paymentMethod.get(), value(problem), desiredOutcome.get());
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<Country> countryProperty() {
        return country;
    }

    public BooleanProperty distanceSaleProperty() {
        return distanceSale;
    }

    public StringProperty productProperty() {
        return product;
    }

    public StringProperty orderNumberProperty() {
        return orderNumber;
    }

    public StringProperty customerNumberProperty() {
        return customerNumber;
    }

    public ObjectProperty<LocalDate> orderDateProperty() {
        return orderDate;
    }

    public ObjectProperty<LocalDate> deliveryDateProperty() {
        return deliveryDate;
    }

    public ObjectProperty<LocalDate> discoveredDateProperty() {
        return discoveredDate;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public ObjectProperty<PaymentMethod> paymentMethodProperty() {
        return paymentMethod;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<DesiredOutcome> desiredOutcomeProperty() {
        return desiredOutcome;
    }
}
