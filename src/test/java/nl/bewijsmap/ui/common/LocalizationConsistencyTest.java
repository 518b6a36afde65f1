package nl.bewijsmap.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the user sees exists in English and Dutch, and no text is left over. */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src/main");
    /** Keys built at run time from a prefix and an enum constant or a code. */
    private static final List<String> DYNAMIC_PREFIXES = List.of("enum.", "save.state.", "phase.hint.",
            "settings.language.", "seller.registration.prompt.", "import.problem.", "evidence.date.", "import.outcome.",
            "import.detail.", "timeline.badge.", "timeline.source.", "deadline.", "export.deadline.", "term.",
            "holiday.", "route.", "step.", "readiness.", "timeline.eventForm.explain.", "standing.warning.",
            "standing.recipient.", "letters.kind.");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/nl/bewijsmap/" + name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndDutchHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(keys);
        assertThat(missing).as("keys used in code or FXML but missing from messages.properties").isEmpty();
    }

    @Test
    void everyBuiltKeyExists() throws IOException {
        for (String name : List.of("messages.properties", "messages_nl.properties")) {
            Set<String> keys = bundle(name).stringPropertyNames();
            List<Class<? extends Enum<?>>> shown = List.of(nl.bewijsmap.domain.Phase.class,
                    nl.bewijsmap.domain.Country.class, nl.bewijsmap.domain.PaymentMethod.class,
                    nl.bewijsmap.domain.DesiredOutcome.class, nl.bewijsmap.domain.Keurmerk.class,
                    nl.bewijsmap.domain.DisputeBody.class, nl.bewijsmap.domain.EventKind.class,
                    nl.bewijsmap.domain.CallDirection.class, nl.bewijsmap.domain.Recipient.class,
                    nl.bewijsmap.ui.letters.LetterLanguage.class);
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(keys).as(name).contains("enum." + type.getSimpleName() + "." + constant.name());
                }
            }
            for (nl.bewijsmap.domain.Phase phase : nl.bewijsmap.domain.Phase.values()) {
                assertThat(keys).as(name).contains("phase.hint." + phase.name());
            }
            for (nl.bewijsmap.domain.EventKind kind : nl.bewijsmap.domain.EventKind.values()) {
                assertThat(keys).as(name).contains("timeline.eventForm.explain." + kind.name());
            }
            for (nl.bewijsmap.domain.ImportProblem problem : nl.bewijsmap.domain.ImportProblem.values()) {
                assertThat(keys).as(name).contains(problem.messageKey());
            }
            for (nl.bewijsmap.domain.ImportDetail detail : nl.bewijsmap.domain.ImportDetail.values()) {
                assertThat(keys).as(name).contains(detail.messageKey());
            }
            for (nl.bewijsmap.domain.LetterKind kind : nl.bewijsmap.domain.LetterKind.values()) {
                assertThat(keys).as(name).contains("letters.kind." + kind.name(), "letters.kind.hint." + kind.name());
            }
            for (SaveState state : SaveState.values()) {
                assertThat(keys).as(name).contains("save.state." + state.name());
            }
            for (nl.bewijsmap.ui.settings.LanguageChoice choice : nl.bewijsmap.ui.settings.LanguageChoice.values()) {
                assertThat(keys).as(name).contains("settings.language." + choice.code());
            }
            for (nl.bewijsmap.domain.Country country : nl.bewijsmap.domain.Country.values()) {
                assertThat(keys).as(name).contains("seller.registration.prompt." + country.name());
            }
        }
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = usedKeys();
        String sources = allSources();
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("messages.properties").stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!used.contains(key) && !dynamic && !sources.contains('"' + key + '"')) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    @Test
    void textsWithPlaceholdersDoubleTheirApostrophes() throws IOException {
        for (String name : List.of("messages.properties", "messages_nl.properties")) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.contains("{0")) {
                    assertThat(text.replace("''", "")).as(name + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void textsWithoutPlaceholdersKeepSingleApostrophes() throws IOException {
        // FXML and I18n show these as they are: a doubled apostrophe would show twice.
        for (String name : List.of("messages.properties", "messages_nl.properties")) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!text.contains("{")) {
                    assertThat(text).as(name + " " + key).doesNotContain("''");
                }
            }
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        Pattern fxmlKey = Pattern.compile("\"%([\\w.]+)\"");
        Pattern codeKey = Pattern.compile("(?:text|askText|confirm)\\(\"([\\w.]+)\"|\"(validation\\.[\\w.]+)\"");
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                if (!name.endsWith(".fxml") && !name.endsWith(".java")) {
                    continue;
                }
                String content = Files.readString(file);
                Matcher matcher = (name.endsWith(".fxml") ? fxmlKey : codeKey).matcher(content);
                while (matcher.find()) {
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    if (!key.endsWith(".")) { // a prefix completed at run time: see everyBuiltKeyExists
                        used.add(key);
                    }
                }
            }
        }
        return used;
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }
}
