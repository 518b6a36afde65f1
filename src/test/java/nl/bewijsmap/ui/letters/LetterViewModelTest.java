package nl.bewijsmap.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letters tab on a real dossier and data folder, work run at once. The drafter's text is given here, so that
 * these tests are about what the tab does with a draft (its gaps, the edits, keeping it), not about its wording.
 */
class LetterViewModelTest {

    private static final String BODY = "Geachte heer, mevrouw,\n\nOp [datum bestelling] kocht ik een wasmachine.\n\n"
            + "Ik vraag u het bedrag terug te storten op [uw IBAN].\n\nMet vriendelijke groet,";

    @TempDir
    Path dataDir;

    private LettersFixture fixture;
    private final List<Exception> errors = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<SentLetter> sent = new ArrayList<>();
    private final List<Letter> previewed = new ArrayList<>();
    private final List<String> drafted = new ArrayList<>();
    /** The consumer's name as the drafter finds it in the details: a gap until filled in. */
    private String name = "J. de Vries";
    private long dossierId;
    private LetterViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new LettersFixture(dataDir);
        dossierId = fixture.dossier("Washing machine", false, LocalDate.of(2026, 1, 10), DesiredOutcome.REPAIR,
                Keurmerk.NONE, DisputeBody.NONE);
        viewModel = viewModel();
    }

    @AfterEach
    void close() {
        fixture.close();
        assertThat(errors).isEmpty();
    }

    private LetterViewModel viewModel() {
        SavedDrafts drafts = new SavedDrafts(fixture.services.settings());
        LetterViewModel.Letters letters = new LetterViewModel.Letters() {
            @Override
            public DossierSnapshot snapshot(long id) {
                return fixture.services.correspondence().snapshot(id);
            }

            @Override
            public Letter draft(long id, LetterKind kind, Recipient recipient, Locale locale) {
                drafted.add(kind + " " + recipient + " " + locale.getLanguage());
                Letter letter = LettersFixture.letter(kind, "Klacht over bestelling W-88123", BODY);
                return new Letter(letter.kind(), letter.recipient(), letter.locale(), letter.date(), letter.place(),
                        List.of(name, "Lindenlaan 3", "3511 AB Utrecht"), letter.recipientLines(), letter.subject(),
                        letter.body(), name);
            }

            @Override
            public SentLetter markSent(long id, Letter letter, LocalDateTime sentAt) {
                throw new UnsupportedOperationException("kept as sent in the journey test, with the real PDF");
            }

            @Override
            public Optional<LetterDraft> restore(long id) {
                return drafts.restore(id);
            }

            @Override
            public void keep(long id, LetterDraft draft) {
                drafts.keep(id, draft);
            }
        };
        LetterViewModel.Paper paper = new LetterViewModel.Paper() {
            @Override
            public List<BufferedImage> pages(Letter letter) {
                previewed.add(letter);
                return List.of(new BufferedImage(10, 14, BufferedImage.TYPE_INT_RGB));
            }

            @Override
            public void write(Letter letter, Path out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PrintOutcome print(Letter letter) {
                return PrintOutcome.NO_PRINTER;
            }
        };
        return new LetterViewModel(letters, paper, Background.direct(), Background.direct(),
                new I18n(I18n.ENGLISH), sent::add, messages::add, errors::add);
    }

    @Test
    void loadingProposesTheLetterThatFitsInDutchAndDraftingFillsTheEditor() {
        viewModel.load(dossierId);
        assertThat(viewModel.loadedProperty().get()).isTrue();
        assertThat(viewModel.setup().kindProperty().get()).isEqualTo(LetterKind.COMPLAINT);
        assertThat(viewModel.setup().suggestedProperty().get()).isEqualTo(LetterKind.COMPLAINT);
        assertThat(viewModel.setup().languageProperty().get()).isEqualTo(LetterLanguage.DUTCH);
        assertThat(viewModel.editor().hasDraftProperty().get()).isFalse();
        assertThat(viewModel.setup().recipientText(LetterKind.COMPLAINT, null)).isEqualTo("Witgoedwinkel.nl");

        viewModel.draft();

        assertThat(drafted).containsExactly("COMPLAINT SELLER nl");
        assertThat(viewModel.editor().subjectProperty().get()).isEqualTo("Klacht over bestelling W-88123");
        assertThat(viewModel.editor().bodyProperty().get()).isEqualTo(BODY);
        assertThat(viewModel.editor().headingProperty().get()).isEqualTo("Written complaint to Witgoedwinkel.nl, in Dutch");
        assertThat(viewModel.preview().pagesProperty().get()).hasSize(1);
        assertThat(previewed).last().extracting(Letter::body).isEqualTo(BODY);
    }

    @Test
    void aCoverLetterGoesToTheBodyChosenAndAnEnglishLetterIsDraftedInEnglish() {
        viewModel.load(dossierId);
        viewModel.setup().kindProperty().set(LetterKind.COVER_LETTER);
        viewModel.setup().coverRecipientProperty().set(Recipient.DIGIDISPUUT);
        viewModel.setup().languageProperty().set(LetterLanguage.ENGLISH);
        viewModel.draft();
        assertThat(drafted).containsExactly("COVER_LETTER DIGIDISPUUT en");
    }

    @Test
    void theGapsWarningNamesWhatIsInSquareBracketsUntilItIsFilledIn() {
        viewModel.load(dossierId);
        viewModel.draft();
        assertThat(viewModel.editor().gaps()).containsExactly("[datum bestelling]", "[uw IBAN]");
        assertThat(viewModel.editor().gapsTextProperty().get())
                .isEqualTo("2 gaps in square brackets to fill in before sending: [datum bestelling], [uw IBAN]");

        viewModel.editor().bodyProperty().set(viewModel.editor().bodyProperty().get().replace("[uw IBAN]", "NL91 ABNA 0417 1643 00"));
        assertThat(viewModel.editor().gapsTextProperty().get())
                .isEqualTo("1 gap in square brackets to fill in before sending: [datum bestelling]");

        viewModel.editor().bodyProperty().set(viewModel.editor().bodyProperty().get().replace("[datum bestelling]", "5 januari 2026"));
        assertThat(viewModel.editor().gaps()).isEmpty();
        assertThat(viewModel.editor().gapsTextProperty().get()).isEmpty();
    }

    @Test
    void gapsInTheAddressesOrTheNameSayWhereToFillThemInAndTheLetterTakesThemOnTheNextVisit() {
        name = "[uw naam]";
        viewModel.load(dossierId);
        viewModel.draft();
        viewModel.editor().bodyProperty().set(BODY.replace("[datum bestelling]", "5 januari").replace("[uw IBAN]", "NL91")
                + "\n\nTyped by hand.");
        assertThat(viewModel.editor().gaps()).containsExactly("[uw naam]");
        assertThat(viewModel.editor().gapsTextProperty().get()).isEqualTo("1 gap in square brackets to fill in before sending: "
                + "[uw naam]\nYour own details: under Settings. The seller's: on the Purchase and seller tab.");

        name = "Jan de Vries";
        viewModel.refresh();

        assertThat(viewModel.editor().gaps()).isEmpty();
        assertThat(viewModel.currentLetter().senderLines()).startsWith("Jan de Vries");
        assertThat(viewModel.currentLetter().signatureName()).isEqualTo("Jan de Vries");
        assertThat(viewModel.editor().bodyProperty().get()).endsWith("Typed by hand.");
        assertThat(viewModel.draftingDiscardsEdits()).as("the consumer's text is still theirs").isTrue();
        assertThat(previewed).last().extracting(Letter::signatureName).isEqualTo("Jan de Vries");
    }

    @Test
    void draftingAgainOnlyAsksFirstWhenTheTextWasChanged() {
        viewModel.load(dossierId);
        assertThat(viewModel.draftingDiscardsEdits()).as("nothing drafted yet").isFalse();
        viewModel.draft();
        assertThat(viewModel.draftingDiscardsEdits()).as("the draft as made").isFalse();

        viewModel.editor().bodyProperty().set(BODY + "\n\nJ. de Vries");
        assertThat(viewModel.draftingDiscardsEdits()).isTrue();
        assertThat(viewModel.currentLetter().body()).endsWith("J. de Vries");

        viewModel.editor().bodyProperty().set(BODY);
        assertThat(viewModel.draftingDiscardsEdits()).as("changed back").isFalse();
    }

    @Test
    void anEditedDraftIsKeptAndComesBackAfterAnotherDossierAndAfterARestart() {
        long other = fixture.dossier("Dryer", false, LocalDate.of(2026, 2, 1), DesiredOutcome.REPAIR, Keurmerk.NONE,
                DisputeBody.NONE);
        viewModel.load(dossierId);
        viewModel.setup().kindProperty().set(LetterKind.NOTICE_OF_DEFAULT);
        viewModel.setup().languageProperty().set(LetterLanguage.ENGLISH);
        viewModel.draft();
        viewModel.editor().subjectProperty().set("Notice of default – order W-88123");
        viewModel.editor().bodyProperty().set(BODY + "\n\nTyped by hand.");

        viewModel.load(other);
        assertThat(viewModel.editor().hasDraftProperty().get()).isFalse();
        assertThat(viewModel.setup().kindProperty().get()).as("the other dossier's own letter")
                .isEqualTo(LetterKind.COMPLAINT);

        viewModel.load(dossierId);
        assertThat(viewModel.setup().kindProperty().get()).isEqualTo(LetterKind.NOTICE_OF_DEFAULT);
        assertThat(viewModel.editor().subjectProperty().get()).isEqualTo("Notice of default – order W-88123");
        assertThat(viewModel.editor().bodyProperty().get()).endsWith("Typed by hand.");
        assertThat(viewModel.draftingDiscardsEdits()).isTrue();

        LetterViewModel afterRestart = viewModel();
        afterRestart.load(dossierId);
        assertThat(afterRestart.editor().bodyProperty().get()).endsWith("Typed by hand.");
        assertThat(afterRestart.currentLetter().recipientLines()).containsExactly("Witgoedwinkel.nl",
                "Industrieweg 4", "3542 AD Utrecht");
        assertThat(drafted).hasSize(1);
    }

    @Test
    void withoutAPrinterTheUserIsToldInPlainWords() {
        viewModel.load(dossierId);
        viewModel.draft();
        viewModel.output().print();
        assertThat(messages).containsExactly("No printer was found on this computer. Save the letter as a PDF and "
                + "print it elsewhere, for example at a library or copy shop.");
        assertThat(viewModel.output().busyProperty().get()).isFalse();
    }

    @Test
    void theSuggestedFileNameNamesTheLetterTheDossierAndTheDay() {
        viewModel.load(dossierId);
        viewModel.draft();
        assertThat(viewModel.output().suggestedFileName()).isEqualTo("Written complaint - Washing machine - 2026-03-16.pdf");
    }
}
