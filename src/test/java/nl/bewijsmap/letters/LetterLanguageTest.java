package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static nl.bewijsmap.letters.Letters.draft;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Dutch letter holds no English words of the templates, and the other way round: no template keeps a sentence of the
 * other language (marker words that only one language has), and no drafted letter holds a marker or any word that
 * only the other language's templates use (a phrase or part taken from the wrong folder).
 */
class LetterLanguageTest {

    private static final Path LETTERS = Path.of("src/main/resources/nl/bewijsmap/letters");
    /** Small words that mark a sentence as English, and never occur in a Dutch one (and the other way round). */
    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "and", "you", "your", "my", "with", "that",
            "this", "will", "must", "for", "from", "not", "on", "at", "by", "to", "have", "has", "which", "what");
    private static final Set<String> DUTCH_MARKERS = Set.of("de", "het", "een", "ik", "uw", "en", "van", "dat",
            "niet", "heb", "heeft", "wij", "met", "voor", "naar", "bij", "aan", "wordt", "deze", "dan", "ook", "mij",
            "mijn", "tot", "op", "te");
    /** Names that are the same in both languages. */
    private static final String NAMES = "De Geschillencommissie";

    /** The words of one language's templates and phrases, without the Mustache tags and comments. */
    private static Set<String> templateWords(String language) throws IOException {
        Set<String> words = new HashSet<>();
        try (Stream<Path> files = Files.list(LETTERS.resolve(language))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)\\{\\{!.*?}}", " ")
                        .replaceAll("\\{\\{[^}]*}}", " ");
                if (file.toString().endsWith(".properties")) {
                    text = text.replaceAll("(?m)^#.*$", " ").replaceAll("(?m)^[\\w.-]+=", " ");
                }
                words.addAll(words(text.replace(NAMES, " ")));
            }
        }
        return words;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        return words;
    }

    private static LetterDossier dossier(boolean english) {
        LetterDossier dossier = english ? LetterDossier.washingMachineInEnglish() : LetterDossier.washingMachine();
        return dossier.event(EventKind.COMPLAINT_SENT, "2026-11-12", english ? "By email" : "Per e-mail")
                .event(EventKind.SELLER_REFUSED, "2026-11-17", english ? "Replacement refused" : "Vervanging geweigerd");
    }

    @Test
    void noTemplateKeepsASentenceOfTheOtherLanguage() throws IOException {
        assertThat(templateWords("nl")).as("Dutch templates and phrases").doesNotContainAnyElementsOf(ENGLISH_MARKERS)
                .contains("het", "ik", "verkoper");
        assertThat(templateWords("en")).as("English templates and phrases").doesNotContainAnyElementsOf(DUTCH_MARKERS)
                .contains("the", "you", "seller");
    }

    @ParameterizedTest
    @EnumSource(LetterKind.class)
    void aDutchLetterHasNoEnglishTemplateWordsAndAnEnglishLetterNoDutchOnes(LetterKind kind) throws IOException {
        Set<String> dutch = templateWords("nl");
        Set<String> english = templateWords("en");
        Set<String> onlyEnglish = new HashSet<>(english);
        onlyEnglish.removeAll(dutch);
        onlyEnglish.addAll(ENGLISH_MARKERS);
        Set<String> onlyDutch = new HashSet<>(dutch);
        onlyDutch.removeAll(english);
        onlyDutch.addAll(DUTCH_MARKERS);
        assertThat(onlyEnglish).as("the check has words to look for").contains("the", "you", "seller", "order");
        assertThat(onlyDutch).as("the check has words to look for").contains("het", "ik", "verkoper", "bestelling");

        for (Recipient recipient : List.of(Recipient.values())) {
            Letter inDutch = draft(kind, recipient, dossier(false), DUTCH);
            Letter inEnglish = draft(kind, recipient, dossier(true), ENGLISH);

            Set<String> dutchLetter = words((inDutch.subject() + " " + inDutch.body()).replace(NAMES, " "));
            dutchLetter.removeAll(words(String.join(" ", dossierWords(false))));
            Set<String> englishLetter = words((inEnglish.subject() + " " + inEnglish.body()).replace(NAMES, " "));
            englishLetter.removeAll(words(String.join(" ", dossierWords(true))));
            assertThat(dutchLetter).as(kind + " to " + recipient + " in Dutch").doesNotContainAnyElementsOf(onlyEnglish);
            assertThat(englishLetter).as(kind + " to " + recipient + " in English")
                    .doesNotContainAnyElementsOf(onlyDutch);
        }
    }

    /** What the consumer typed: their words may be in either language and are not the template's. */
    private static List<String> dossierWords(boolean english) {
        var snapshot = dossier(english).snapshot();
        var facts = snapshot.contents().facts();
        List<String> typed = new java.util.ArrayList<>(List.of(facts.product(), facts.problem(),
                snapshot.contents().seller().tradeName(), snapshot.contents().seller().legalName(),
                snapshot.contents().seller().email(), snapshot.consumer().name(), snapshot.consumer().email(),
                snapshot.consumer().address().street(), snapshot.consumer().address().city()));
        snapshot.contents().calls().forEach(call -> typed.addAll(List.of(call.details().agent(),
                call.details().department(), call.details().summary(), call.details().agreements())));
        snapshot.contents().events().forEach(event -> typed.add(event.text()));
        return typed;
    }
}
