package nl.bewijsmap.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.rules.RuleBook;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void aTemplateNamingAVariableTheModelLacksFailsInsteadOfDroppingTheSentence() {
        Templates templates = new Templates();

        assertThatThrownBy(() -> templates.render(Language.DUTCH, "complaint", Map.of()))
                .isInstanceOf(MustacheException.class);
        assertThatThrownBy(() -> templates.renderInline(Language.ENGLISH, "Hello {{nobody}}", Map.of()))
                .isInstanceOf(MustacheException.class);
    }

    @Test
    void aMissingTemplateIsReportedByName() {
        assertThatThrownBy(() -> new Templates().render(Language.ENGLISH, "no-such-letter", Map.of()))
                .hasMessageContaining("/nl/bewijsmap/letters/en/no-such-letter.mustache");
    }

    @Test
    void tidyingLeavesOneSpaceOneBlankLineAndNoSpaceBeforeAStop() {
        assertThat(Templates.tidy("\n\nEen  zin ,met ruimte .\n\n\n\n- lijst   item\nvoor de route\n.\n\n"))
                .isEqualTo("Een zin,met ruimte.\n\n- lijst item\nvoor de route.");
    }

    @Test
    void emptyTextsAndListsCountAsFalseInASection() {
        Templates templates = new Templates();
        Map<String, Object> model = Map.of("empty", "", "none", List.of(), "name", "Anne");

        assertThat(templates.renderInline(Language.DUTCH,
                "{{#empty}}x{{/empty}}{{#none}}y{{/none}}{{#name}}Hallo {{name}}{{/name}}", model))
                .isEqualTo("Hallo Anne");
    }

    @Test
    void everyVariableOfTheModelIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(
                Path.of("src/main/resources/nl/bewijsmap/letters/README.md"));
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT,
                "2026-11-12", "");
        LetterModel letter = new LetterModel(dossier.snapshot(), Recipient.SELLER,
                Language.DUTCH, Phrases.load(Language.DUTCH), DisputeBodies.standard());
        Map<String, Object> model = letter.build(RuleBook.standard(), new Templates());

        assertThat(model.keySet()).allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) model.get("history");
        assertThat(history).isNotEmpty().allSatisfy(entry -> assertThat(entry.keySet())
                .allSatisfy(key -> assertThat(readme).contains("`" + key + "`")));
    }

    @Test
    void sentencesFromTheConsumersNotesEndAsSentencesOnOneLine() {
        assertThat(Sentences.sentence("  storing gemeld\nfoutcode E18 ")).isEqualTo("storing gemeld foutcode E18.");
        assertThat(Sentences.sentence("Werkt het?")).isEqualTo("Werkt het?");
        assertThat(Sentences.sentence("   ")).isEmpty();
        assertThat(Sentences.clause("Wasmachine X.")).isEqualTo("Wasmachine X");
    }
}
