package nl.bewijsmap.ui.dossier;

import static nl.bewijsmap.ui.common.Forms.text;
import static nl.bewijsmap.ui.common.Forms.value;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Seller;

/** The seller's details as the user types them. */
public final class SellerForm {

    final StringProperty tradeName = text();
    final StringProperty legalName = text();
    final StringProperty street = text();
    final StringProperty postalCode = text();
    final StringProperty city = text();
    final StringProperty country = text();
    final StringProperty registrationNumber = text();
    final StringProperty email = text();
    final StringProperty phone = text();
    final StringProperty website = text();
    final ObjectProperty<Keurmerk> keurmerk = new SimpleObjectProperty<>(Keurmerk.NONE);
    final ObjectProperty<DisputeBody> disputeBody = new SimpleObjectProperty<>(DisputeBody.UNKNOWN);

    Observable[] all() {
        return new Observable[] {tradeName, legalName, street, postalCode, city, country, registrationNumber, email,
            phone, website, keurmerk, disputeBody};
    }

    void fill(Seller seller) {
        tradeName.set(seller.tradeName());
        legalName.set(seller.legalName());
        street.set(seller.address().street());
        postalCode.set(seller.address().postalCode());
        city.set(seller.address().city());
        country.set(seller.address().country());
        registrationNumber.set(seller.registrationNumber());
        email.set(seller.email());
        phone.set(seller.phone());
        website.set(seller.website());
        keurmerk.set(seller.keurmerk());
        disputeBody.set(seller.disputeBody());
    }

    Seller toSeller() {
        return new Seller(value(tradeName), value(legalName),
                new Address(value(street), value(postalCode), value(city), value(country)),
                value(registrationNumber), value(email), value(phone), value(website), keurmerk.get(),
                disputeBody.get());
    }

    public StringProperty tradeNameProperty() {
        return tradeName;
    }

    public StringProperty legalNameProperty() {
        return legalName;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty registrationNumberProperty() {
        return registrationNumber;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public ObjectProperty<Keurmerk> keurmerkProperty() {
        return keurmerk;
    }

    public ObjectProperty<DisputeBody> disputeBodyProperty() {
        return disputeBody;
    }
}
