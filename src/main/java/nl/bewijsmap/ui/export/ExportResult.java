package nl.bewijsmap.ui.export;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;

/**
 * What an export wrote, and what the consumer does with it next: open the PDF, show it in its folder, or start an
 * email to the seller with the subject and a short body filled in (the files still to be attached by hand).
 */
public final class ExportResult {

    /** One file written, with its name and size as shown. */
    public record File(Path path, String name, String size) {
    }

    /** The package written and its files' sizes, as read on the worker. */
    record Written(PackageResult result, List<File> files) {

        /** Reads the size of every file written: call it on the worker. */
        static Written read(PackageResult made, Locale locale) throws IOException {
            List<File> files = new ArrayList<>();
            for (Path each : made.files()) {
                files.add(new File(each, each.getFileName().toString(),
                        PackageNames.size(Files.size(each), locale)));
            }
            return new Written(made, files);
        }
    }

    private final Shell shell;
    private final Background work;
    private final I18n i18n;
    private final BiConsumer<String, Exception> onFailure;
    private final ObservableList<File> files = FXCollections.observableArrayList();
    private final ObservableList<File> filesView = FXCollections.unmodifiableObservableList(files);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper sellerEmail = new ReadOnlyStringWrapper(this, "sellerEmail", "");
    private URI mail;

    ExportResult(Shell shell, Background work, I18n i18n, BiConsumer<String, Exception> onFailure) {
        this.shell = shell;
        this.work = work;
        this.i18n = i18n;
        this.onFailure = onFailure;
    }

    void show(Written written, DossierSnapshot snapshot, Locale packageLocale) {
        files.setAll(written.files());
        PackageResult result = written.result();
        summary.set(i18n.text("export.result.summary", result.files().size(), result.exhibits(), result.pages()));
        sellerEmail.set(snapshot.contents().seller().email());
        mail = mailTo(snapshot, written.files(), packageLocale);
    }

    /** The email to the seller: subject and body in the package's language, naming the files to attach. */
    static URI mailTo(DossierSnapshot snapshot, List<File> files, Locale locale) {
        I18n words = new I18n(locale);
        DossierFacts facts = snapshot.contents().facts();
        String title = snapshot.dossier().title();
        String order = facts.orderNumber();
        String subject = order.isEmpty() ? words.text("export.mail.subject.plain", title)
                : words.text("export.mail.subject", title, order);
        String attach = files.stream().map(file -> file.name() + " (" + file.size() + ")")
                .collect(Collectors.joining(", "));
        String about = facts.product().isEmpty() ? title : facts.product();
        String body = words.text("export.mail.body", attach, about,
                order.isEmpty() ? "" : words.text("export.mail.order", order), snapshot.consumer().name());
        return MailLink.of(snapshot.contents().seller().email(), subject, body.strip());
    }

    /** Opens the (first) PDF in the system's viewer. */
    public void openPdf() {
        Path first = first();
        act(() -> shell.open(first));
    }

    /** Shows the PDF in the system's file manager. */
    public void showInFolder() {
        Path first = first();
        act(() -> shell.showInFolder(first));
    }

    private Path first() {
        return files.isEmpty() ? null : files.get(0).path();
    }

    /** Starts an email to the seller in the user's mail program. */
    public void emailSeller() {
        URI address = mail;
        act(() -> shell.mail(address));
    }

    private interface Action {
        void run() throws Exception;
    }

    private void act(Action action) {
        if (files.isEmpty()) {
            return;
        }
        work.run(() -> {
            action.run();
            return null;
        }, done -> { }, e -> onFailure.accept(i18n.text("export.result.openFailed",
                first().toAbsolutePath().getParent()), e));
    }

    /** The files written, the first (or only) one first. */
    public ObservableList<File> files() {
        return filesView;
    }

    /** "1 PDF with 12 exhibits, 34 pages". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The seller's email address, empty when the dossier has none (the email then starts without one). */
    public ReadOnlyStringProperty sellerEmailProperty() {
        return sellerEmail.getReadOnlyProperty();
    }

    /** The mailto address "Email to the seller" opens. */
    public URI mailAddress() {
        return mail;
    }
}
