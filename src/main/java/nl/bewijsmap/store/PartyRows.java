package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Seller;

/** The mapping between the {@code party} table and the consumer and seller records. */
final class PartyRows {

    private static final String COLUMNS = "name, legal_name, street, postal_code, city, country,"
            + " registration_number, email, phone, website, iban, keurmerk, dispute_body";

    private static final String ASSIGNMENTS = "name = ?, legal_name = ?, street = ?, postal_code = ?, city = ?,"
            + " country = ?, registration_number = ?, email = ?, phone = ?, website = ?, iban = ?, keurmerk = ?,"
            + " dispute_body = ?";

    private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    // The two shapes differ in which fields exist; each is written into the same thirteen columns.
    private record Fields(String name, String legalName, Address address, String registrationNumber,
                          String email, String phone, String website, String iban,
                          Keurmerk keurmerk, DisputeBody disputeBody) {

        static Fields of(Seller s) {
            return new Fields(s.tradeName(), s.legalName(), s.address(), s.registrationNumber(), s.email(),
                    s.phone(), s.website(), "", s.keurmerk(), s.disputeBody());
        }

        static Fields of(ConsumerProfile p) {
            return new Fields(p.name(), "", p.address(), "", p.email(), p.phone(), "", p.iban(), null, null);
        }

        Params bind(Params params) throws SQLException {
            return params.text(name).text(legalName)
                    .text(address.street()).text(address.postalCode()).text(address.city()).text(address.country())
                    .text(registrationNumber).text(email).text(phone).text(website).text(iban)
                    .name(keurmerk).name(disputeBody);
        }
    }

    private PartyRows() {
    }

    static Seller findSeller(Connection connection, long dossierId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM party WHERE role = 'SELLER' AND dossier_id = ?")) {
            new Params(select).integer(dossierId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? seller(row) : Seller.EMPTY;
            }
        }
    }

    static void saveSeller(Connection connection, long dossierId, Seller seller) throws SQLException {
        Fields fields = Fields.of(seller);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE party SET " + ASSIGNMENTS + " WHERE role = 'SELLER' AND dossier_id = ?")) {
            fields.bind(new Params(update)).integer(dossierId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO party (role, dossier_id, " + COLUMNS + ") VALUES ('SELLER', ?, " + VALUES + ")")) {
            fields.bind(new Params(insert).integer(dossierId));
            insert.executeUpdate();
        }
    }

    static ConsumerProfile loadProfile(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM party WHERE role = 'CONSUMER'");
             ResultSet row = select.executeQuery()) {
            return row.next() ? profile(row) : ConsumerProfile.EMPTY;
        }
    }

    static void saveProfile(Connection connection, ConsumerProfile profile) throws SQLException {
        Fields fields = Fields.of(profile);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE party SET " + ASSIGNMENTS + " WHERE role = 'CONSUMER'")) {
            fields.bind(new Params(update));
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO party (role, " + COLUMNS + ") VALUES ('CONSUMER', " + VALUES + ")")) {
            fields.bind(new Params(insert));
            insert.executeUpdate();
        }
    }

    private static Seller seller(ResultSet row) throws SQLException {
        return new Seller(
                Columns.text(row, "name"),
                Columns.text(row, "legal_name"),
                address(row),
                Columns.text(row, "registration_number"),
                Columns.text(row, "email"),
                Columns.text(row, "phone"),
                Columns.text(row, "website"),
                Columns.name(row, "keurmerk", Keurmerk.class),
                Columns.name(row, "dispute_body", DisputeBody.class));
    }

    private static ConsumerProfile profile(ResultSet row) throws SQLException {
        return new ConsumerProfile(
                Columns.text(row, "name"),
                address(row),
                Columns.text(row, "email"),
                Columns.text(row, "phone"),
                Columns.text(row, "iban"));
    }

    private static Address address(ResultSet row) throws SQLException {
        return new Address(
                Columns.text(row, "street"),
                Columns.text(row, "postal_code"),
                Columns.text(row, "city"),
                Columns.text(row, "country"));
    }
}
