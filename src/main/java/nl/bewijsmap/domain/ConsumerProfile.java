package nl.bewijsmap.domain;

import java.util.Objects;

/** The consumer's own details, entered once and reused in every dossier and letter. */
public record ConsumerProfile(String name, Address address, String email, String phone, String iban) {

    public static final ConsumerProfile EMPTY = new ConsumerProfile("", Address.EMPTY, "", "", "");

    public ConsumerProfile {
        name = Text.clean(name);
        address = Objects.requireNonNullElse(address, Address.EMPTY);
        email = Text.clean(email);
        phone = Text.clean(phone);
        iban = Text.clean(iban);
    }
}
