package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Problem;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void aDutchSentenceNeverCarriesAReadersEnglishExplanation() {
        // As dossiers from before the explanation codes stored it.
        String detail = "The photo's details could not be read; the file may be cut off.";

        assertThat(ProblemTexts.sentence(ImportProblem.DAMAGED, detail, DUTCH))
                .startsWith("Dit bestand is beschadigd").doesNotContain("could not be read");
        assertThat(ProblemTexts.sentence(ImportProblem.DAMAGED, detail, Locale.ENGLISH)).endsWith(detail);
    }

    @Test
    void anExplanationIsGivenInTheUsersLanguage() {
        String detail = ImportDetail.PICTURE_TOO_LARGE.with(250);

        assertThat(ProblemTexts.sentence(ImportProblem.TOO_COMPLEX, detail, DUTCH))
                .endsWith("De afbeelding is 250 megapixel; boven de 200 wordt ze niet geopend.");
        assertThat(ProblemTexts.sentence(ImportProblem.TOO_COMPLEX, detail, Locale.ENGLISH))
                .endsWith("The picture is 250 megapixels; more than 200 are not opened.");
        assertThat(ProblemTexts.sentence(ImportProblem.DAMAGED, ImportDetail.NO_PICTURE_INSIDE.name(), DUTCH))
                .endsWith("Er zit geen afbeelding in; het bestand is misschien afgebroken.");
    }

    @Test
    void namesAndDatesInADetailAreKeptInEveryLanguage() {
        assertThat(ProblemTexts.sentence(ImportProblem.NAME_MISMATCH, ".pdf\t.eml (message/rfc822)", DUTCH))
                .contains(".pdf", ".eml (message/rfc822)");
        assertThat(ProblemTexts.sentence(ImportProblem.PLACEHOLDER_DATE, "1970-01-01 00:00:00", DUTCH))
                .contains("1970-01-01 00:00:00");
    }

    @Test
    void storedWarningsComeBackAsTheyWent() {
        List<Problem> problems = List.of(new Problem(ImportProblem.NO_DATE, ""),
                new Problem(ImportProblem.NAME_MISMATCH, ".jpg\t.png (image/png)"));

        assertThat(ProblemTexts.decode(ProblemTexts.encode(problems))).isEqualTo(problems);
    }
}
