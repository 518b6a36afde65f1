package nl.bewijsmap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.Shell;
import nl.bewijsmap.ui.letters.LetterLanguage;
import nl.bewijsmap.ui.letters.LettersFixture;
import nl.bewijsmap.ui.timeline.RowType;
import nl.bewijsmap.ui.timeline.TimelineFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export dialog's choices on a real dossier and data folder, work run at once. Writing the package itself is
 * the journey test's, with the real writer; here it is what the dialog would ask for.
 */
class ExportViewModelTest {

    @TempDir
    Path dataDir;

    private LettersFixture fixture;
    private final List<Exception> errors = new ArrayList<>();
    private final List<PackageRequest> requests = new ArrayList<>();
    private long dossierId;
    private ExportViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = new LettersFixture(dataDir);
        dossierId = fixture.dossier("Washing machine", false, LocalDate.of(2026, 1, 10), DesiredOutcome.REPAIR,
                Keurmerk.NONE, DisputeBody.GESCHILLENCOMMISSIE);
        fixture.record(dossierId, EventKind.NOTE, LocalDate.of(2026, 1, 14));
        fixture.record(dossierId, EventKind.REPAIR, LocalDate.of(2026, 1, 20));
        viewModel = viewModel();
    }

    @AfterEach
    void close() {
        fixture.close();
        assertThat(errors).isEmpty();
    }

    private ExportViewModel viewModel() {
        ExportPackages packages = new ExportPackages() {
            @Override
            public DossierSnapshot snapshot(long id) {
                return fixture.services.correspondence().snapshot(id);
            }

            @Override
            public Letter draft(long id, LetterKind kind, Recipient recipient, Locale locale) {
                throw new UnsupportedOperationException("not asked for here");
            }

            @Override
            public PackageResult export(long id, PackageRequest request, ExportProgress progress) throws IOException {
                requests.add(request);
                throw new IOException("The test writes no package");
            }
        };
        Shell shell = new Shell() {
            @Override
            public void open(Path file) {
            }

            @Override
            public void showInFolder(Path file) {
            }

            @Override
            public void mail(URI mailto) {
            }
        };
        return new ExportViewModel(packages, Background.direct(), Background.direct(), new I18n(I18n.ENGLISH), shell,
                (message, e) -> { }, errors::add);
    }

    @Test
    void everyItemIsTickedExceptTheConsumersOwnNotes() {
        viewModel.load(dossierId, null, null);
        ExportItems items = viewModel.items();
        assertThat(items.all()).extracting(ExportItem::type).containsExactly(RowType.EVENT, RowType.EVENT);
        assertThat(items.all()).filteredOn(ExportItem::included).extracting(ExportItem::title)
                .containsExactly("Repair attempt");
        assertThat(items.countTextProperty().get())
                .isEqualTo("1 of 2 items go in the package. Your own notes stay out unless you tick them.");
    }

    @Test
    void allAndNoneApplyToTheItemsTheFilterShows() {
        fixture.services.log().logCall(dossierId, new nl.bewijsmap.domain.CallDetails(new nl.bewijsmap.domain.Timestamp(
                LocalDate.of(2026, 1, 12).atTime(9, 30), null, nl.bewijsmap.domain.TimestampSource.USER,
                nl.bewijsmap.domain.Precision.MINUTE), null, null, "Priya", "", "", "Reported the leak", "", null));
        viewModel.load(dossierId, null, null);
        ExportItems items = viewModel.items();
        items.filterProperty().set(TimelineFilter.EVENTS);
        assertThat(items.shown()).hasSize(2);
        items.includeShown(false);
        assertThat(items.includedCountProperty().get()).as("the call stays in").isEqualTo(1);
        items.filterProperty().set(TimelineFilter.ALL);
        items.includeShown(true);
        assertThat(items.includedCountProperty().get()).isEqualTo(3);
        assertThat(items.excluded()).isEmpty();
        ExportItem call = items.all().get(0);
        assertThat(call.type()).isEqualTo(RowType.CALL);
        call.includedProperty().set(false);
        assertThat(items.excluded()).containsExactly(call.ref());
        assertThat(call.ref().type()).isEqualTo(ItemRef.Type.CALL);
    }

    @Test
    void theRecipientThatFitsTheSellerComesFirstWithWhatItWouldMiss() {
        viewModel.load(dossierId, null, null);
        assertThat(viewModel.recipientProperty().get()).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
        assertThat(viewModel.readiness().rows()).extracting(row -> row.issue().problem())
                .contains(ReadinessProblem.NO_WRITTEN_COMPLAINT);
        assertThat(viewModel.readiness().blockersProperty().get()).isPositive();
        assertThat(viewModel.readiness().summaryProperty().get())
                .startsWith("Before you send this to De Geschillencommissie:");
        assertThat(viewModel.exportProblemProperty().get())
                .isEqualTo("Fix what stops the package first, or tick “Make the package anyway”.");

        viewModel.readiness().anywayProperty().set(true);
        assertThat(viewModel.exportProblemProperty().get()).isEmpty();

        viewModel.recipientProperty().set(Recipient.SELLER);
        assertThat(viewModel.readiness().rows()).extracting(row -> row.issue().problem())
                .doesNotContain(ReadinessProblem.NO_WRITTEN_COMPLAINT);
        viewModel.recipientProperty().set(Recipient.GESCHILLENCOMMISSIE);
        assertThat(viewModel.readiness().anywayProperty().get()).as("asked again for another recipient").isFalse();
    }

    @Test
    void openedFromTheStepsTabThePackageIsForTheRecipientChosenThere() {
        viewModel.load(dossierId, null, Recipient.SELLER);
        assertThat(viewModel.recipientProperty().get()).isEqualTo(Recipient.SELLER);
        assertThat(viewModel.readiness().blockersProperty().get()).isZero();
        assertThat(viewModel.exportProblemProperty().get()).isEmpty();
    }

    @Test
    void theDefaultFileIsInTheDocumentsFolderNamedForTheDossierAndFollowsTheRecipientUntilChosen() {
        viewModel.load(dossierId, null, null);
        Path file = viewModel.file();
        assertThat(file.getFileName()).hasToString("Bewijsmap - Washing machine - De Geschillencommissie.pdf");
        assertThat(file.getParent()).isEqualTo(nl.bewijsmap.ui.common.Folders.documents());
        viewModel.recipientProperty().set(Recipient.SELLER);
        assertThat(viewModel.file().getFileName()).hasToString("Bewijsmap - Washing machine - Witgoedwinkel.nl.pdf");

        viewModel.chooseFile(dataDir.resolve("for the shop.pdf"));
        viewModel.recipientProperty().set(Recipient.DIGIDISPUUT);
        assertThat(viewModel.file()).isEqualTo(dataDir.resolve("for the shop.pdf"));
    }

    @Test
    void theLetterIsTheOneBeingWrittenElseAFreshOneThatFitsTheRecipient() {
        viewModel.load(dossierId, null, null);
        assertThat(viewModel.letter().optionProperty().get()).isEqualTo(LetterOption.fresh(LetterKind.COVER_LETTER));
        assertThat(viewModel.letter().options()).doesNotContain(LetterOption.CURRENT).contains(LetterOption.NONE);
        viewModel.recipientProperty().set(Recipient.SELLER);
        assertThat(viewModel.letter().optionProperty().get()).isEqualTo(LetterOption.fresh(LetterKind.COMPLAINT));
        assertThat(viewModel.letter().name(viewModel.letter().optionProperty().get()))
                .isEqualTo("New draft: Written complaint");

        ExportViewModel writing = viewModel();
        Letter draft = LettersFixture.letter(LetterKind.COMPLAINT, "Klacht", "Geachte heer,\n\nMijn IBAN: [IBAN].");
        writing.load(dossierId, draft, null);
        assertThat(writing.letter().optionProperty().get()).isEqualTo(LetterOption.CURRENT);
        assertThat(writing.letter().name(LetterOption.CURRENT)).isEqualTo("Your letter: Written complaint");
        assertThat(writing.letter().warningProperty().get())
                .startsWith("This letter still has 1 gap in square brackets.");
        assertThat(writing.languageProperty().get()).isEqualTo(LetterLanguage.DUTCH);
        writing.recipientProperty().set(Recipient.SELLER);
        assertThat(writing.letter().optionProperty().get()).isEqualTo(LetterOption.CURRENT);
    }

    @Test
    void aLetterChosenStaysChosenWhenTheRecipientChanges() {
        viewModel.load(dossierId, null, null);
        viewModel.letter().optionProperty().set(LetterOption.NONE);
        viewModel.recipientProperty().set(Recipient.SELLER);
        assertThat(viewModel.letter().optionProperty().get()).isEqualTo(LetterOption.NONE);
    }

    @Test
    void thePackageAskedForHasTheChoicesMadeAndAFailureLeavesTheSetupShowing() {
        viewModel.load(dossierId, null, null);
        viewModel.readiness().anywayProperty().set(true);
        viewModel.letter().optionProperty().set(LetterOption.NONE);
        viewModel.maxPartMbProperty().set(4);
        viewModel.includeLocationProperty().set(true);
        viewModel.languageProperty().set(LetterLanguage.ENGLISH);
        viewModel.packageFile().textProperty().set(dataDir.resolve("package").toString());
        viewModel.export();

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.recipient()).isEqualTo(Recipient.GESCHILLENCOMMISSIE);
            assertThat(request.letter()).isNull();
            assertThat(request.maxPartBytes()).isEqualTo(4_000_000L);
            assertThat(request.includeLocation()).isTrue();
            assertThat(request.locale().getLanguage()).isEqualTo("en");
            assertThat(request.out()).isEqualTo(dataDir.resolve("package.pdf"));
            assertThat(request.excluded()).hasSize(1);
        });
        assertThat(viewModel.pageProperty().get()).isEqualTo(ExportViewModel.Page.SETUP);
    }

    @Test
    void theEmailToTheSellerNamesTheDossierTheOrderAndTheFilesToAttach() {
        DossierSnapshot snapshot = fixture.services.correspondence().snapshot(dossierId);
        List<ExportResult.File> files = List.of(
                new ExportResult.File(dataDir.resolve("a-1.pdf"),
                        "Bewijsmap - Washing machine - Witgoedwinkel.nl-1.pdf", "9.8 MB"),
                new ExportResult.File(dataDir.resolve("a-2.pdf"),
                        "Bewijsmap - Washing machine - Witgoedwinkel.nl-2.pdf", "3.1 MB"));
        URI mail = ExportResult.mailTo(snapshot, files, I18n.ENGLISH);
        String raw = mail.getRawSchemeSpecificPart();
        assertThat(raw).startsWith("info@witgoedwinkel.nl?subject=");
        String query = MailLinkTest.query(mail);
        String subject = URLDecoder.decode(query.substring(8, query.indexOf("&body=")), StandardCharsets.UTF_8);
        String body = URLDecoder.decode(query.substring(query.indexOf("&body=") + 6), StandardCharsets.UTF_8);
        assertThat(subject).isEqualTo("Washing machine – order number W-88123");
        assertThat(body).startsWith("[Attach before sending: Bewijsmap - Washing machine - Witgoedwinkel.nl-1.pdf "
                + "(9.8 MB), Bewijsmap - Washing machine - Witgoedwinkel.nl-2.pdf (3.1 MB). Then delete this line.]");
        assertThat(body).contains("my file about Washing machine WM-900 (order number W-88123)");

        String dutch = URLDecoder.decode(MailLinkTest.query(ExportResult.mailTo(snapshot, files, I18n.DUTCH)),
                StandardCharsets.UTF_8);
        assertThat(dutch).contains("subject=Washing machine – bestelnummer W-88123")
                .contains("Geachte heer, mevrouw,");
    }
}
