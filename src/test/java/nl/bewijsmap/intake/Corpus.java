package nl.bewijsmap.intake;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared test corpus (../shared/corpus, or -Dbewijsmap.corpus=DIR) and its MANIFEST.tsv rows. */
public final class Corpus {

    private static final Pattern PASSWORD = Pattern.compile("user password: ([^|]+?)\\s*(?:\\||$)");

    /** One manifest row. */
    record Row(String path, String mediaType, String expected, String source, String notes) {

        boolean hasExpected() {
            return !expected.isBlank();
        }

        /** The user password the manifest notes give for an encrypted PDF. */
        Optional<String> password() {
            Matcher m = PASSWORD.matcher(notes);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
    }

    private Corpus() {
    }

    /** The corpus folder; skips the calling test with a plain message when it is not there. */
    public static Path folder() {
        Path dir = Path.of(System.getProperty("bewijsmap.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(dir.resolve("MANIFEST.tsv")),
                "The shared test corpus is not at " + dir + "; set -Dbewijsmap.corpus=DIR to run this test.");
        return dir;
    }

    static Path file(String relative) {
        Path file = folder().resolve(relative);
        assumeTrue(Files.isRegularFile(file), "The corpus file " + relative + " is missing.");
        return file;
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(folder().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int path = header.indexOf("relative_path");
        int media = header.indexOf("media_type");
        int expected = header.indexOf("expected_timestamp");
        int source = header.indexOf("timestamp_source");
        int notes = header.indexOf("notes");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[path], f[media], f[expected], f[source], notes < f.length ? f[notes] : ""));
        }
        return rows;
    }
}
