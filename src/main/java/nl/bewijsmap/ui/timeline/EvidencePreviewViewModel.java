package nl.bewijsmap.ui.timeline;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.evidence.EmailViewModel;
import nl.bewijsmap.ui.evidence.EvidenceTexts;

/** A piece of evidence opened from the timeline: what it is, its date with the source, its note and remarks. */
public final class EvidencePreviewViewModel {

    private final I18n i18n;
    private final EvidenceTexts texts;
    private final EmailViewModel email;
    private final ObjectProperty<EvidenceItem> item = new SimpleObjectProperty<>(this, "item");
    private final StringProperty title = Forms.text();
    private final StringProperty kind = Forms.text();
    private final StringProperty date = Forms.text();
    private final StringProperty note = Forms.text();
    private final StringProperty remarks = Forms.text();
    private final StringProperty file = Forms.text();

    public EvidencePreviewViewModel(I18n i18n, EmailViewModel email) {
        this.i18n = i18n;
        this.texts = new EvidenceTexts(i18n);
        this.email = email;
    }

    public void show(EvidenceItem shown) {
        item.set(shown);
        email.show(shown);
        if (shown == null) {
            for (StringProperty text : List.of(title, kind, date, note, remarks, file)) {
                text.set("");
            }
            return;
        }
        title.set(shown.title().isEmpty() ? shown.originalName() : shown.title());
        kind.set(i18n.name(shown.kind()));
        date.set(texts.when(shown.occurredAt()));
        note.set(shown.note());
        remarks.set(String.join("\n", texts.warnings(shown, ImportProblem.NO_DATE)));
        file.set(i18n.text("timeline.preview.file", shown.originalName(), texts.size(shown.size())));
    }

    /** Whether the date shown would not convince a dispute body without more proof. */
    public boolean weakDate() {
        return item.get() != null && EvidenceTexts.isWeak(item.get());
    }

    public ObjectProperty<EvidenceItem> itemProperty() {
        return item;
    }

    public EmailViewModel email() {
        return email;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty remarksProperty() {
        return remarks;
    }

    public StringProperty fileProperty() {
        return file;
    }
}
