package nl.bewijsmap.ui.evidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.Attachments;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The email part of the details pane: who wrote to whom about what, the text, and the attachments, each of
 * which can become evidence of its own. The email is read again from the vault when it is shown.
 */
public final class EmailViewModel {

    /** Shows more of a long email would not help on screen; the whole file stays in the vault. */
    private static final int MAX_BODY_CHARS = 20_000;

    /** Reading an email and taking out its attachments; the app's {@code EmailViewer} and importer. */
    public interface Emails {
        Optional<EmailDetails> details(EvidenceItem email);

        ImportResult takeAttachment(EvidenceItem email, int index);
    }

    /** One attachment as listed: its place in the email, name and size. */
    public record AttachmentRow(int index, String name, String size) {
    }

    private final Emails emails;
    private final Background background;
    private final I18n i18n;
    private final EvidenceTexts texts;
    private final Consumer<ImportResult> onTaken;
    private final Consumer<Exception> onError;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final StringProperty headers = Forms.text();
    private final StringProperty body = Forms.text();
    private final StringProperty outcome = Forms.text();
    private final ObservableList<AttachmentRow> attachments = FXCollections.observableArrayList();
    private EvidenceItem email;

    public EmailViewModel(Emails emails, Background background, I18n i18n, Consumer<ImportResult> onTaken,
                          Consumer<Exception> onError) {
        this.emails = emails;
        this.background = background;
        this.i18n = i18n;
        this.texts = new EvidenceTexts(i18n);
        this.onTaken = onTaken;
        this.onError = onError;
    }

    /** Reads the item's email in the background when it is one; clears the part otherwise. */
    public void show(EvidenceItem item) {
        email = item;
        headers.set("");
        body.set("");
        outcome.set("");
        attachments.clear();
        boolean isEmail = item != null
                && (item.mediaType() == MediaType.EMAIL || item.mediaType() == MediaType.OUTLOOK_MSG);
        shown.set(isEmail);
        if (!isEmail) {
            return;
        }
        headers.set(i18n.text("email.reading"));
        background.run(() -> emails.details(item), details -> {
            if (email != item) {
                return; // another item was picked meanwhile
            }
            details.ifPresentOrElse(this::fill, () -> headers.set(i18n.text("email.unreadable")));
        }, onError);
    }

    private void fill(EmailDetails details) {
        headers.set(String.join("\n", List.of(
                i18n.text("email.from", details.from() == null ? "" : details.from()),
                i18n.text("email.to", String.join(", ", details.to())),
                i18n.text("email.subject", details.subject() == null ? "" : details.subject()))));
        String text = details.plainBody().strip();
        body.set(text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + " …" : text);
        for (int i = 0; i < details.attachments().size(); i++) {
            EmailDetails.Attachment attachment = details.attachments().get(i);
            // The name as it will be stored: a sender's raw name can hide its real end with control characters.
            attachments.add(new AttachmentRow(i, Attachments.safeFileName(attachment),
                    attachment.size() < 0 ? "" : texts.size(attachment.size())));
        }
    }

    /** Adds one attachment to the dossier as an item of its own and says how that went. */
    public void take(AttachmentRow row) {
        EvidenceItem from = email;
        if (from == null) {
            return;
        }
        outcome.set(i18n.text("email.attachment.taking", row.name()));
        background.run(() -> emails.takeAttachment(from, row.index()), result -> {
            onTaken.accept(result);
            if (email == from) {
                outcome.set(describe(row, result));
            }
        }, onError);
    }

    private String describe(AttachmentRow row, ImportResult result) {
        return switch (result.status()) {
            case IMPORTED -> i18n.text("email.attachment.added", row.name(), texts.when(result.item().occurredAt()));
            case DUPLICATE -> i18n.text("import.summary.duplicateOf", result.item().title(),
                    texts.when(result.item().occurredAt()));
            case REJECTED -> ProblemTexts.sentence(result.rejection(), result.rejectionDetail(), i18n.locale());
        };
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public ObservableList<AttachmentRow> attachments() {
        return attachments;
    }
}
