package nl.bewijsmap.letters;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The letter templates: Mustache files under {@code /nl/bewijsmap/letters/<language>/}, one per kind of letter
 * ({@code complaint.mustache}, ...) and shared parts whose names start with an underscore ({@code {{> _history}}}).
 * The conventions and every variable are described in {@code letters/README.md} beside them.
 *
 * <p>A template names only variables the model has: a missing one fails, so a renamed variable cannot silently drop
 * a sentence. An empty string and an empty list count as false in a section. Nothing is escaped: letters are plain
 * text. What the templates leave behind of their own layout (blank lines of skipped sections, double spaces) is
 * tidied here, so each paragraph ends up on one line with one blank line between paragraphs.
 */
final class Templates {

    static final String ROOT = "/nl/bewijsmap/letters/";

    private static final Pattern SPACES = Pattern.compile("(?<=\\S) {2,}");
    // A shared part that ends a sentence (the route) ends with its own line break before the full stop.
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("[ \\t]*\\n?[ \\t]*(?=[.,;:)])");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Map<Language, Mustache.Compiler> compilers = new ConcurrentHashMap<>();

    /** The template {@code name} of the language filled in with the model, tidied. */
    String render(Language language, String name, Map<String, Object> model) {
        Template template = compiled.computeIfAbsent(language.folder() + "/" + name,
                key -> compiler(language).compile(read(language, name)));
        return tidy(template.execute(model));
    }

    /** A short template kept in the phrases (a subject line) filled in with the model, on one line. */
    String renderInline(Language language, String template, Map<String, Object> model) {
        Template compiledPhrase = compiled.computeIfAbsent(language.folder() + ":" + template,
                key -> compiler(language).compile(template));
        return tidy(compiledPhrase.execute(model)).replace('\n', ' ');
    }

    private Mustache.Compiler compiler(Language language) {
        return compilers.computeIfAbsent(language, each -> Mustache.compiler()
                .escapeHTML(false)
                .emptyStringIsFalse(true)
                .withLoader(partial -> read(each, partial)));
    }

    private static Reader read(Language language, String name) {
        String resource = ROOT + language.folder() + "/" + name + ".mustache";
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The letter template " + resource + " is missing from the application");
            }
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The letter template " + resource + " cannot be read", e);
        }
    }

    /** One space between words, none before a full stop or comma, one blank line between paragraphs. */
    static String tidy(String text) {
        String tidied = text.replace("\r\n", "\n");
        tidied = SPACES.matcher(tidied).replaceAll(" ");
        tidied = SPACE_BEFORE_STOP.matcher(tidied).replaceAll("");
        tidied = TRAILING.matcher(tidied).replaceAll("");
        tidied = BLANK_LINES.matcher(tidied).replaceAll("\n\n");
        return tidied.strip();
    }
}
