package nl.bewijsmap.ui.dossier;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.bewijsmap.domain.validation.DateChecks;
import nl.bewijsmap.domain.validation.EmailAddresses;
import nl.bewijsmap.domain.validation.Prices;
import nl.bewijsmap.domain.validation.RegistrationNumbers;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Validations;

/** Checks the dossier form and says, per input, what is wrong in the user's language. */
final class DossierValidation {

    private final I18n i18n;
    private final LocalDate today;

    DossierValidation(I18n i18n, LocalDate today) {
        this.i18n = i18n;
        this.today = today;
    }

    Map<FormField, String> check(FactsForm facts, SellerForm seller) {
        Map<FormField, String> problems = new EnumMap<>(FormField.class);
        if (Forms.value(facts.title).isEmpty()) {
            problems.put(FormField.TITLE, i18n.text("dossier.title.empty"));
        }
        Validations.put(problems, FormField.PRICE, Prices.check(Forms.value(facts.price)), i18n);
        for (DateChecks.Problem problem : DateChecks.check(facts.orderDate.get(), facts.deliveryDate.get(),
                facts.discoveredDate.get(), today)) {
            problems.putIfAbsent(field(problem.field()), i18n.text(problem.messageKey()));
        }
        Validations.put(problems, FormField.SELLER_REGISTRATION, registration(facts, seller), i18n);
        Validations.put(problems, FormField.SELLER_EMAIL, EmailAddresses.check(Forms.value(seller.email)), i18n);
        Validations.put(problems, FormField.SELLER_POSTAL_CODE,
                Validations.postalCode(Forms.value(seller.country), Forms.value(seller.postalCode)), i18n);
        return problems;
    }

    /**
     * Checked by where the seller is registered: its address country when that is NL or BE; otherwise
     * either a KvK or a KBO number is fine (a Dutch buyer may well buy from a Belgian shop).
     */
    private static nl.bewijsmap.domain.validation.Validation registration(FactsForm facts, SellerForm seller) {
        String number = Forms.value(seller.registrationNumber);
        java.util.Optional<nl.bewijsmap.domain.Country> sellerCountry =
                nl.bewijsmap.domain.validation.PostalCodes.countryOf(Forms.value(seller.country));
        if (sellerCountry.isPresent()) {
            return RegistrationNumbers.registrationNumber(sellerCountry.get(), number);
        }
        for (nl.bewijsmap.domain.Country country : nl.bewijsmap.domain.Country.values()) {
            if (RegistrationNumbers.registrationNumber(country, number).valid()) {
                return nl.bewijsmap.domain.validation.Validation.ok();
            }
        }
        return RegistrationNumbers.registrationNumber(facts.country.get(), number);
    }

    private static FormField field(DateChecks.Field field) {
        return switch (field) {
            case ORDER_DATE -> FormField.ORDER_DATE;
            case DELIVERY_DATE -> FormField.DELIVERY_DATE;
            case DISCOVERED_DATE -> FormField.DISCOVERED_DATE;
        };
    }

    static Optional<BigDecimal> parsePrice(String text) {
        return Prices.parse(text);
    }

    /** A stored price the way the user's language writes it: "1.299,00" in Dutch, "1,299.00" in English. */
    static String formatPrice(BigDecimal price, Locale locale) {
        if (price == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(price);
    }
}
