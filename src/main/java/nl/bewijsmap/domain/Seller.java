package nl.bewijsmap.domain;

import java.util.Objects;

/** The seller a dossier's dispute is with. */
public record Seller(
        String tradeName,
        String legalName,
        Address address,
        String registrationNumber,
        String email,
        String phone,
        String website,
        Keurmerk keurmerk,
        DisputeBody disputeBody) {

    public static final Seller EMPTY =
            new Seller("", "", Address.EMPTY, "", "", "", "", Keurmerk.NONE, DisputeBody.UNKNOWN);

    public Seller {
        tradeName = Text.clean(tradeName);
        legalName = Text.clean(legalName);
        address = Objects.requireNonNullElse(address, Address.EMPTY);
        registrationNumber = Text.clean(registrationNumber);
        email = Text.clean(email);
        phone = Text.clean(phone);
        website = Text.clean(website);
        keurmerk = Objects.requireNonNullElse(keurmerk, Keurmerk.NONE);
        disputeBody = Objects.requireNonNullElse(disputeBody, DisputeBody.UNKNOWN);
    }

    /** A seller known only by the name the consumer knows it by. */
    public static Seller named(String tradeName) {
        return new Seller(tradeName, "", Address.EMPTY, "", "", "", "", Keurmerk.NONE, DisputeBody.UNKNOWN);
    }

    /** The name to show: the trade name, else the legal name. */
    public String displayName() {
        return tradeName.isEmpty() ? legalName : tradeName;
    }
}
