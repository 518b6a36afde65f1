package nl.bewijsmap.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.MustacheException;
import java.util.Map;
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
        Map<String, Object> model = Map.of("empty", "", "none", java.util.List.of(), "name", "Anne");

        assertThat(templates.renderInline(Language.DUTCH,
                "{{#empty}}x{{/empty}}{{#none}}y{{/none}}{{#name}}Hallo {{name}}{{/name}}", model))
                .isEqualTo("Hallo Anne");
    }

    @Test
    void sentencesFromTheConsumersNotesEndAsSentencesOnOneLine() {
        assertThat(Sentences.sentence("  storing gemeld\nfoutcode E18 ")).isEqualTo("storing gemeld foutcode E18.");
        assertThat(Sentences.sentence("Werkt het?")).isEqualTo("Werkt het?");
        assertThat(Sentences.sentence("   ")).isEmpty();
        assertThat(Sentences.clause("Wasmachine X.")).isEqualTo("Wasmachine X");
    }
}
