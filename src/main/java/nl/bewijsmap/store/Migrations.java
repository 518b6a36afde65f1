package nl.bewijsmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema migrations this version of Bewijsmap knows, oldest first. Each is a resource file
 * {@code migrations/V<n>__<what_it_does>.sql} next to this class; the name gives its version and description.
 */
final class Migrations {

    // Listed by hand because a folder inside a jar cannot be listed reliably. Append only; never edit a shipped one.
    private static final List<String> FILES = List.of(
            "V1__create_dossier_party_and_setting.sql",
            "V2__add_dispute_facts_and_soft_delete.sql",
            "V3__add_evidence.sql",
            "V4__add_calls_and_events.sql");

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** The version a database has once every known migration is applied. */
    static final int LATEST = FILES.size();

    private Migrations() {
    }

    static List<Migration> all() {
        return FILES.stream().map(Migrations::load).toList();
    }

    private static Migration load(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalStateException("Migration file name is not V<n>__<description>.sql: " + fileName);
        }
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Migration file is missing from the application: " + fileName);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Migration(Integer.parseInt(name.group(1)), name.group(2).replace('_', ' '), sql);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read migration " + fileName, e);
        }
    }
}
