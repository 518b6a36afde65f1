package nl.bewijsmap.domain;

/** A postal address as the user typed it; blank parts are empty strings, never null. */
public record Address(String street, String postalCode, String city, String country) {

    public static final Address EMPTY = new Address("", "", "", "");

    public Address {
        street = Text.clean(street);
        postalCode = Text.clean(postalCode);
        city = Text.clean(city);
        country = Text.clean(country);
    }

    public boolean isBlank() {
        return street.isEmpty() && postalCode.isEmpty() && city.isEmpty() && country.isEmpty();
    }
}
