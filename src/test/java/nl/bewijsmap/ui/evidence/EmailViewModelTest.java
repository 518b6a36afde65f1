package nl.bewijsmap.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.Test;

class EmailViewModelTest extends EvidenceViewModelFixture {

    private final List<ImportResult> taken = new ArrayList<>();

    /** The ViewModel wired to the real services, as the app wires it. */
    static EmailViewModel emailViewModel(Services services, Background background, I18n i18n,
                                         Consumer<ImportResult> onTaken, Consumer<Exception> onError) {
        return new EmailViewModel(new EmailViewModel.Emails() {
            @Override
            public Optional<EmailDetails> details(EvidenceItem email) {
                return services.emailViewer().emailDetails(email);
            }

            @Override
            public ImportResult takeAttachment(EvidenceItem email, int index) {
                return services.importer().importAttachment(email.dossierId(), email, index, i18n.locale());
            }
        }, background, i18n, onTaken, onError);
    }

    @Test
    void showsWhoWroteWhatAndTakesAnAttachmentOutAsItsOwnItem() throws Exception {
        Path file = Files.copy(Corpus.file("emails/mail/attachment_pdf.eml"), desktop.resolve("attachment_pdf.eml"));
        EvidenceItem email = services.importer().importFile(dossierId, file, null).item();
        EmailViewModel viewModel = onFx(() -> emailViewModel(services, background, i18n, taken::add, errors::add));

        onFx(() -> viewModel.show(email));
        waitUntil(() -> !viewModel.attachments().isEmpty());
        assertThat(onFx(() -> viewModel.shownProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.headersProperty().get())).contains("From: ", "To: ", "Subject: ");
        EmailViewModel.AttachmentRow row = onFx(() -> viewModel.attachments().get(0));
        assertThat(row.name()).endsWith(".pdf");

        onFx(() -> viewModel.take(row));
        waitUntil(() -> taken.size() == 1);
        ImportResult result = taken.get(0);
        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(result.item().originalName()).isEqualTo(row.name());
        assertThat(result.item().note()).startsWith("Attachment of the email");
        waitUntil(() -> viewModel.outcomeProperty().get().startsWith(row.name() + " is now an item of its own"));
        assertThat(services.evidence().count(dossierId)).isEqualTo(2);

        onFx(() -> viewModel.take(row));
        waitUntil(() -> taken.size() == 2);
        assertThat(taken.get(1).status()).isEqualTo(ImportStatus.DUPLICATE);
        waitUntil(() -> viewModel.outcomeProperty().get().contains("already in the dossier"));
        assertThat(services.evidence().count(dossierId)).isEqualTo(2);
    }

    @Test
    void aPhotoHasNoEmailPart() throws Exception {
        Path file = Files.copy(Corpus.file("photos/exif-samples/Canon_40D.jpg"), desktop.resolve("Canon_40D.jpg"));
        EvidenceItem photo = services.importer().importFile(dossierId, file, EvidenceKind.PHOTO).item();
        EmailViewModel viewModel = onFx(() -> emailViewModel(services, background, i18n, taken::add, errors::add));

        onFx(() -> viewModel.show(photo));
        assertThat(onFx(() -> viewModel.shownProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.attachments().isEmpty())).isTrue();
    }
}
