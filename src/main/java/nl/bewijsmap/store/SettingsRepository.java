package nl.bewijsmap.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/** The app's own preferences as named text values (language, window size and the like). */
public final class SettingsRepository {

    private final Database database;

    public SettingsRepository(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        return database.read(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                new Params(select).text(key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        database.inTransaction(c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                new Params(upsert).text(key).text(value);
                upsert.executeUpdate();
            }
            return null;
        });
    }
}
