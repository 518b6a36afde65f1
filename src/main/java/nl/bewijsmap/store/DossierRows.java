package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Timestamp;

/** The mapping between the {@code dossier} table and the dossier records, shared by the repositories. */
final class DossierRows {

    /** The fact columns, in the order {@link #bindFacts} binds them. */
    static final String FACT_COLUMNS = "country, distance_sale, product, order_number, customer_number, order_date,"
            + " delivery_date, discovered_date, price_cents, payment_method, problem, desired_outcome";

    static final String FACT_ASSIGNMENTS = "country = ?, distance_sale = ?, product = ?, order_number = ?,"
            + " customer_number = ?, order_date = ?, delivery_date = ?, discovered_date = ?, price_cents = ?,"
            + " payment_method = ?, problem = ?, desired_outcome = ?";

    static final String UPDATED_ASSIGNMENTS =
            "updated_local = ?, updated_offset = ?, updated_source = ?, updated_precision = ?";

    private DossierRows() {
    }

    static Params bindFacts(Params params, DossierFacts facts) throws SQLException {
        return params.name(facts.country())
                .flag(facts.distanceSale())
                .text(facts.product())
                .text(facts.orderNumber())
                .text(facts.customerNumber())
                .date(facts.orderDate())
                .date(facts.deliveryDate())
                .date(facts.discoveredDate())
                .price(facts.price())
                .name(facts.paymentMethod())
                .text(facts.problem())
                .name(facts.desiredOutcome());
    }

    /** The dossier with this number, unless it is unknown or in the bin. */
    static Optional<Dossier> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM dossier WHERE id = ? AND deleted_at IS NULL")) {
            new Params(select).integer(id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(dossier(row)) : Optional.empty();
            }
        }
    }

    static Dossier dossier(ResultSet row) throws SQLException {
        return new Dossier(
                row.getLong("id"),
                Columns.text(row, "title"),
                facts(row),
                Columns.name(row, "phase", Phase.class),
                Columns.flag(row, "archived"),
                Columns.timestamp(row, "created"),
                Columns.timestamp(row, "updated"));
    }

    /** A row of the list query, which adds the seller's display name as {@code seller_name}. */
    static DossierSummary summary(ResultSet row) throws SQLException {
        return new DossierSummary(
                row.getLong("id"),
                Columns.text(row, "title"),
                Columns.text(row, "seller_name"),
                Columns.name(row, "country", Country.class),
                Columns.name(row, "phase", Phase.class),
                Columns.flag(row, "archived"),
                Columns.timestamp(row, "created"),
                Columns.timestamp(row, "updated"));
    }

    private static DossierFacts facts(ResultSet row) throws SQLException {
        return new DossierFacts(
                Columns.name(row, "country", Country.class),
                Columns.flag(row, "distance_sale"),
                Columns.text(row, "product"),
                Columns.text(row, "order_number"),
                Columns.text(row, "customer_number"),
                Columns.date(row, "order_date"),
                Columns.date(row, "delivery_date"),
                Columns.date(row, "discovered_date"),
                Columns.price(row, "price_cents"),
                Columns.name(row, "payment_method", PaymentMethod.class),
                Columns.text(row, "problem"),
                Columns.name(row, "desired_outcome", DesiredOutcome.class));
    }

    /** Marks a dossier in use as changed now; fails in plain words when there is no such dossier. */
    static void touch(Connection connection, long id, Timestamp now) throws SQLException {
        update(connection, id, UPDATED_ASSIGNMENTS, params -> params.timestamp(now));
    }

    /** Runs {@code UPDATE dossier SET <assignments> WHERE id = ?} on a dossier in use. */
    static void update(Connection connection, long id, String assignments, SqlFunction<Params, Params> values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE dossier SET " + assignments + " WHERE id = ? AND deleted_at IS NULL")) {
            values.apply(new Params(update)).integer(id);
            if (update.executeUpdate() == 0) {
                throw noSuchDossier(id);
            }
        }
    }

    static StoreException noSuchDossier(long id) {
        return new StoreException("No dossier with number " + id);
    }
}
