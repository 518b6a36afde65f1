package nl.bewijsmap.ui.letters;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;

/**
 * The letter as it will be printed, as pictures of its first pages, made on a worker from the real letter PDF.
 * Only the latest text asked for is shown: a preview overtaken by more typing is dropped, or not even made.
 */
public final class LetterPreview {

    private final LetterViewModel.Paper paper;
    private final Background work;
    private final I18n i18n;
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyObjectWrapper<List<BufferedImage>> pages =
            new ReadOnlyObjectWrapper<>(this, "pages", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    LetterPreview(LetterViewModel.Paper paper, Background work, I18n i18n) {
        this.paper = paper;
        this.work = work;
        this.i18n = i18n;
    }

    /** Makes the preview of this letter; null shows none. */
    void show(Letter letter) {
        long asked = latest.incrementAndGet();
        if (letter == null) {
            pages.set(List.of());
            status.set("");
            return;
        }
        status.set(i18n.text("letters.preview.making"));
        work.run(() -> asked == latest.get() ? paper.pages(letter) : null, made -> {
            if (asked == latest.get() && made != null) {
                pages.set(List.copyOf(made));
                status.set("");
            }
        }, e -> {
            if (asked == latest.get()) {
                // The worker logged why; the pane says there is no preview.
                pages.set(List.of());
                status.set(i18n.text("letters.preview.failed"));
            }
        });
    }

    LetterViewModel.Paper paper() {
        return paper;
    }

    /** The first pages of the letter as printed; empty while there is no letter or no preview. */
    public ReadOnlyObjectProperty<List<BufferedImage>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    /** "Making the preview…", or why there is none; empty while the preview shown is up to date. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
