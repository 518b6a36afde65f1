package nl.bewijsmap.ui.letters;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.I18n;

/**
 * The letter in the editor on paper: saved as a PDF where the consumer chose (the documents folder and a name that
 * says what it is are offered first), or printed after the system's print dialog.
 */
public final class LetterOutput {

    private final LetterViewModel.Paper paper;
    private final Background work;
    private final I18n i18n;
    private final LetterSetup setup;
    private final LetterEditor editor;
    private final Consumer<String> status;
    private final Consumer<String> onMessage;
    private final Consumer<Exception> onError;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private String title = "";
    private Path documents;

    /** {@code status} hears what just happened in a line; {@code onMessage} what the user must read now. */
    LetterOutput(LetterViewModel.Paper paper, Background work, I18n i18n, LetterSetup setup, LetterEditor editor,
                 Consumer<String> status, Consumer<String> onMessage, Consumer<Exception> onError) {
        this.paper = paper;
        this.work = work;
        this.i18n = i18n;
        this.setup = setup;
        this.editor = editor;
        this.status = status;
        this.onMessage = onMessage;
        this.onError = onError;
    }

    /** The dossier's title, and the user's documents folder (null: not read this time, keep the one known). */
    void setPlace(String dossierTitle, Path documentsFolder) {
        title = dossierTitle;
        if (documentsFolder != null) {
            documents = documentsFolder;
        }
    }

    /** Writes the letter as a PDF where the consumer chose. */
    public void saveAs(Path out) {
        Letter letter = editor.letter();
        if (letter == null || out == null) {
            return;
        }
        busy.set(true);
        work.run(() -> {
            paper.write(letter, out);
            return out;
        }, written -> {
            busy.set(false);
            status.accept(i18n.text("letters.saved", written.getFileName().toString()));
        }, this::failed);
    }

    /** Prints the letter at its actual size on A4, after the system's print dialog. */
    public void print() {
        Letter letter = editor.letter();
        if (letter == null) {
            return;
        }
        busy.set(true);
        status.accept(i18n.text("letters.print.preparing"));
        work.run(() -> paper.print(letter), outcome -> {
            busy.set(false);
            status.accept(outcome == PrintOutcome.PRINTED ? i18n.text("letters.print.done") : "");
            if (outcome == PrintOutcome.NO_PRINTER) {
                onMessage.accept(i18n.text("letters.print.noPrinter"));
            }
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        status.accept("");
        onError.accept(e);
    }

    /** Where a saved letter goes first: the user's documents folder (null until the dossier was read). */
    public Path documentsFolder() {
        return documents;
    }

    /** "Written complaint - Washing machine - 2026-03-16.pdf": the kind, the dossier and the letter's date. */
    public String suggestedFileName() {
        Letter letter = editor.draftedProperty().get();
        if (letter == null) {
            return Folders.safeName(title) + ".pdf";
        }
        return Folders.safeName(setup.kindName(letter.kind()) + " - " + title + " - " + letter.date()) + ".pdf";
    }

    /** Saving or printing. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
