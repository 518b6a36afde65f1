package nl.bewijsmap.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The phone calls in each dossier's call log. Every change counts as a change to the dossier. */
public final class CallRepository {

    private static final Logger LOG = LoggerFactory.getLogger(CallRepository.class);

    private static final String DETAIL_COLUMNS = "started_local, started_offset, started_source, started_precision,"
            + " duration_seconds, direction, agent, department, reference, summary, agreements, follow_up";

    private static final String DETAIL_ASSIGNMENTS = "started_local = ?, started_offset = ?, started_source = ?,"
            + " started_precision = ?, duration_seconds = ?, direction = ?, agent = ?, department = ?, reference = ?,"
            + " summary = ?, agreements = ?, follow_up = ?";

    private final Database database;
    private final Clock clock;

    public CallRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes a call into the log of a dossier in use. */
    public CallEntry add(long dossierId, CallDetails details) {
        Objects.requireNonNull(details, "details");
        Timestamp now = Timestamp.now(clock);
        CallEntry added = database.inTransaction(c -> {
            DossierRows.touch(c, dossierId, now);
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO call_entry (dossier_id, " + DETAIL_COLUMNS
                    + ", recorded_local, recorded_offset, recorded_source, recorded_precision)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                bind(new Params(insert).integer(dossierId), details).timestamp(now);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            return require(c, id);
        });
        LOG.info("Logged call {} in dossier {}", added.id(), dossierId);
        return added;
    }

    /** Replaces what was written down about a call. */
    public CallEntry update(long id, CallDetails details) {
        Objects.requireNonNull(details, "details");
        Timestamp now = Timestamp.now(clock);
        return database.inTransaction(c -> {
            CallEntry call = require(c, id);
            DossierRows.touch(c, call.dossierId(), now);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE call_entry SET " + DETAIL_ASSIGNMENTS + " WHERE id = ?")) {
                bind(new Params(update), details).integer(id);
                update.executeUpdate();
            }
            return require(c, id);
        });
    }

    public void delete(long id) {
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            CallEntry call = require(c, id);
            DossierRows.touch(c, call.dossierId(), now);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM call_entry WHERE id = ?")) {
                new Params(delete).integer(id);
                delete.executeUpdate();
            }
            return null;
        });
        LOG.info("Deleted call {}", id);
    }

    public Optional<CallEntry> find(long id) {
        return database.read(c -> find(c, id));
    }

    /** The dossier's calls by when they started, oldest first; ties in order written down. */
    public List<CallEntry> list(long dossierId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT * FROM call_entry WHERE dossier_id = ? ORDER BY started_local, id")) {
                new Params(select).integer(dossierId);
                List<CallEntry> calls = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        calls.add(call(rows));
                    }
                }
                return calls;
            }
        });
    }

    /** The call written down last in this dossier, whose agent and department make good defaults for the next. */
    public Optional<CallEntry> lastRecorded(long dossierId) {
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT * FROM call_entry WHERE dossier_id = ? ORDER BY id DESC LIMIT 1")) {
                new Params(select).integer(dossierId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(call(row)) : Optional.empty();
                }
            }
        });
    }

    private static Params bind(Params params, CallDetails details) throws SQLException {
        Duration duration = details.duration();
        return params.timestamp(details.startedAt())
                .integer(duration == null ? null : duration.toSeconds())
                .name(details.direction())
                .text(details.agent())
                .text(details.department())
                .text(details.reference())
                .text(details.summary())
                .text(details.agreements())
                .date(details.followUp());
    }

    private static CallEntry call(ResultSet row) throws SQLException {
        long seconds = row.getLong("duration_seconds");
        Duration duration = row.wasNull() ? null : Duration.ofSeconds(seconds);
        CallDetails details = new CallDetails(
                Columns.timestamp(row, "started"),
                duration,
                Columns.name(row, "direction", CallDirection.class),
                Columns.text(row, "agent"),
                Columns.text(row, "department"),
                Columns.text(row, "reference"),
                Columns.text(row, "summary"),
                Columns.text(row, "agreements"),
                Columns.date(row, "follow_up"));
        return new CallEntry(row.getLong("id"), row.getLong("dossier_id"), details,
                Columns.timestamp(row, "recorded"));
    }

    private static Optional<CallEntry> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM call_entry WHERE id = ?")) {
            new Params(select).integer(id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(call(row)) : Optional.empty();
            }
        }
    }

    private static CallEntry require(Connection connection, long id) throws SQLException {
        return find(connection, id).orElseThrow(() -> new StoreException("No call with number " + id));
    }
}
