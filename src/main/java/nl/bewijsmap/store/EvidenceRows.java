package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Timestamp;

/** The mapping between the {@code evidence} table and {@link EvidenceItem}. */
final class EvidenceRows {

    private EvidenceRows() {
    }

    static EvidenceItem item(ResultSet row) throws SQLException {
        return new EvidenceItem(
                row.getLong("id"),
                row.getLong("dossier_id"),
                Columns.name(row, "kind", EvidenceKind.class),
                Columns.text(row, "title"),
                Columns.text(row, "note"),
                Columns.text(row, "original_name"),
                Columns.text(row, "sha256"),
                row.getLong("size"),
                Columns.name(row, "media_type", MediaType.class),
                optionalTimestamp(row, "occurred"),
                optionalTimestamp(row, "original"),
                Columns.text(row, "warning"),
                Columns.timestamp(row, "imported"));
    }

    /** A timestamp whose four columns are all NULL when it is unknown. */
    static Timestamp optionalTimestamp(ResultSet row, String prefix) throws SQLException {
        return row.getString(prefix + "_local") == null ? null : Columns.timestamp(row, prefix);
    }

    /** Binds the four columns of a timestamp that may be unknown, as four NULLs when it is. */
    static Params optionalTimestamp(Params params, Timestamp value) throws SQLException {
        return value == null
                ? params.text(null).text(null).text(null).text(null)
                : params.timestamp(value);
    }

    /** The evidence with this number, whatever the state of its dossier. */
    static Optional<EvidenceItem> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM evidence WHERE id = ?")) {
            new Params(select).integer(id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(item(row)) : Optional.empty();
            }
        }
    }

    static Optional<EvidenceItem> findBySha(Connection connection, long dossierId, String sha256)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM evidence WHERE dossier_id = ? AND sha256 = ?")) {
            new Params(select).integer(dossierId).text(sha256);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(item(row)) : Optional.empty();
            }
        }
    }

    /** The evidence with this number; fails in plain words when there is none. */
    static EvidenceItem require(Connection connection, long id) throws SQLException {
        return find(connection, id).orElseThrow(() -> noSuchEvidence(id));
    }

    /** Runs {@code UPDATE evidence SET <assignments> WHERE id = ?}. */
    static void update(Connection connection, long id, String assignments, SqlFunction<Params, Params> values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE evidence SET " + assignments + " WHERE id = ?")) {
            values.apply(new Params(update)).integer(id);
            if (update.executeUpdate() == 0) {
                throw noSuchEvidence(id);
            }
        }
    }

    static StoreException noSuchEvidence(long id) {
        return new StoreException("No evidence with number " + id);
    }
}
