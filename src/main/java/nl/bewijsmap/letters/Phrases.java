package nl.bewijsmap.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.bewijsmap.domain.Term;

/**
 * The few words of one language that vary with the dossier (what is asked, how it was paid, the gaps left for
 * unknown facts, the subjects), kept beside the templates in {@code <language>/phrases.properties}.
 */
final class Phrases {

    private final Properties texts;
    private final String name;

    private Phrases(Properties texts, String name) {
        this.texts = texts;
        this.name = name;
    }

    static Phrases load(Language language) {
        String resource = Templates.ROOT + language.folder() + "/phrases.properties";
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The letter phrases " + resource + " are missing from the application");
            }
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Phrases(texts, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("The letter phrases " + resource + " cannot be read", e);
        }
    }

    /** The phrase under {@code key}; a missing one is a defect of the application, so it fails loudly. */
    String phrase(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException(name + " has no phrase " + key);
        }
        return text;
    }

    /** The phrase under {@code key}, or empty when the language has none (e.g. "other" needs no words). */
    String optional(String key) {
        return texts.getProperty(key, "");
    }

    /** The visible gap for an unknown fact, e.g. "[datum van aankoop]". */
    String gap(String what) {
        return phrase("gap." + what);
    }

    /** "14 dagen", "een jaar", "twee maanden"; "14 days", "one year": small numbers in words, as in prose. */
    String term(Term term) {
        String unit = "term." + term.unit().name();
        if (term.amount() == 1) {
            return phrase(unit + ".one");
        }
        String number = texts.getProperty("number." + term.amount(), Integer.toString(term.amount()));
        return phrase(unit + ".other").replace("{n}", number);
    }

    /** "a", "a en b", "a, b en c". */
    String list(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + phrase("list.and") + " "
                + parts.get(parts.size() - 1);
    }
}
