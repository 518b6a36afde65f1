package nl.bewijsmap.ui.letters;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/** The letter on paper: saved as a PDF where the consumer chose, or printed after the system's print dialog. */
final class LetterOutput {

    private final LetterViewModel.Paper paper;
    private final Background work;
    private final I18n i18n;
    private final Consumer<String> status;
    private final Consumer<String> onMessage;
    private final Consumer<Exception> onError;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    /** {@code status} hears what just happened in a line; {@code onMessage} what the user must read now. */
    LetterOutput(LetterViewModel.Paper paper, Background work, I18n i18n, Consumer<String> status,
                 Consumer<String> onMessage, Consumer<Exception> onError) {
        this.paper = paper;
        this.work = work;
        this.i18n = i18n;
        this.status = status;
        this.onMessage = onMessage;
        this.onError = onError;
    }

    void saveAs(Letter letter, Path out) {
        busy.set(true);
        work.run(() -> {
            paper.write(letter, out);
            return out;
        }, written -> {
            busy.set(false);
            status.accept(i18n.text("letters.saved", written.getFileName().toString()));
        }, this::failed);
    }

    void print(Letter letter) {
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

    /** Saving or printing. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
