package nl.bewijsmap.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.ui.common.SaveState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceDetailViewModelTest extends EvidenceViewModelFixture {

    private final List<EvidenceItem> changed = new ArrayList<>();
    private final List<ImportResult> taken = new ArrayList<>();

    private EvidenceDetailViewModel shown(EvidenceItem item) throws Exception {
        EvidenceDetailViewModel viewModel = onFx(() -> new EvidenceDetailViewModel(services.evidenceEditor(),
                EmailViewModelTest.emailViewModel(services, background, i18n, taken::add, errors::add),
                background, i18n, changed::add, errors::add));
        onFx(() -> viewModel.show(item));
        return viewModel;
    }

    private EvidenceItem imported(String corpusFile) throws Exception {
        Path file = Files.copy(Corpus.file(corpusFile), desktop.resolve(Path.of(corpusFile).getFileName().toString()));
        ImportResult result = services.importer().importFile(dossierId, file, null);
        return result.item();
    }

    @Test
    void showsTheDateWithItsSourceAndSavesWhatTheUserTypes() throws Exception {
        EvidenceItem photo = imported("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg");
        EvidenceDetailViewModel viewModel = shown(photo);
        assertThat(onFx(() -> viewModel.dateTextProperty().get())).isEqualTo("Taken 27 Aug 2004 13:52 — camera (EXIF)");
        assertThat(onFx(() -> viewModel.weakDateProperty().get())).isFalse();
        assertThat(onFx(() -> viewModel.fileTextProperty().get())).contains("Canon_DIGITAL_IXUS_400.jpg", photo.sha256());

        onFx(() -> {
            viewModel.titleProperty().set("The dent in the door");
            viewModel.kindProperty().set(EvidenceKind.PHOTO);
            viewModel.noteProperty().set("Photographed the day it was delivered");
        });
        assertThat(onFx(() -> viewModel.saveStateProperty().get())).isEqualTo(SaveState.PENDING);
        onFx(viewModel::save);
        waitUntil(() -> viewModel.saveStateProperty().get() == SaveState.SAVED && !changed.isEmpty());

        EvidenceItem stored = services.evidence().find(photo.id()).orElseThrow();
        assertThat(stored.title()).isEqualTo("The dent in the door");
        assertThat(stored.note()).isEqualTo("Photographed the day it was delivered");
    }

    @Test
    void aCorrectedDateKeepsTheFilesOwnReadingAndCanBeUndone() throws Exception {
        EvidenceItem photo = imported("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg");
        EvidenceDetailViewModel viewModel = shown(photo);

        onFx(() -> {
            viewModel.correctionDateProperty().set(LocalDate.of(2026, 3, 14));
            viewModel.correctionTimeProperty().set("9.05");
            viewModel.applyCorrection();
        });
        waitUntil(() -> viewModel.correctedProperty().get());

        assertThat(onFx(() -> viewModel.dateTextProperty().get())).isEqualTo("14 Mar 2026 09:05 — date given by you");
        assertThat(onFx(() -> viewModel.originalTextProperty().get()))
                .isEqualTo("The file itself said: Taken 27 Aug 2004 13:52 — camera (EXIF)");
        EvidenceItem stored = services.evidence().find(photo.id()).orElseThrow();
        assertThat(stored.occurredAt().local()).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 5));
        assertThat(stored.occurredAt().source()).isEqualTo(TimestampSource.USER);
        assertThat(stored.originalReading().source()).isEqualTo(TimestampSource.EXIF_ORIGINAL);

        onFx(viewModel::restoreOriginal);
        waitUntil(() -> !viewModel.correctedProperty().get());
        assertThat(services.evidence().find(photo.id()).orElseThrow().occurredAt().source())
                .isEqualTo(TimestampSource.EXIF_ORIGINAL);
    }

    @Test
    void aDayWithoutTimeIsStoredAsADayAndABadTimeIsExplained() throws Exception {
        EvidenceItem photo = imported("photos/exif-samples/Canon_DIGITAL_IXUS_400.jpg");
        EvidenceDetailViewModel viewModel = shown(photo);

        onFx(() -> {
            viewModel.correctionDateProperty().set(LocalDate.of(2026, 3, 14));
            viewModel.correctionTimeProperty().set("25:00");
            viewModel.applyCorrection();
        });
        assertThat(onFx(() -> viewModel.correctionProblemProperty().get())).contains("hours and minutes");

        onFx(() -> {
            viewModel.correctionTimeProperty().set("");
            viewModel.applyCorrection();
        });
        waitUntil(() -> viewModel.correctedProperty().get());
        assertThat(services.evidence().find(photo.id()).orElseThrow().occurredAt().precision()).isEqualTo(Precision.DAY);
        assertThat(onFx(() -> viewModel.dateTextProperty().get())).isEqualTo("14 Mar 2026 — date given by you");
    }

    @Test
    void aPasswordGivenLaterReadsTheProtectedPdfsDate() throws Exception {
        EvidenceItem pdf = imported("pdfs/py-pdf-sample-files/libreoffice-writer-password.pdf");
        EvidenceDetailViewModel viewModel = shown(pdf);
        assertThat(onFx(() -> viewModel.needsPasswordProperty().get())).isTrue();
        assertThat(onFx(() -> viewModel.weakDateProperty().get())).isTrue();

        onFx(() -> {
            viewModel.passwordProperty().set("not it");
            viewModel.unlock();
        });
        waitUntil(() -> viewModel.passwordProblemProperty().get().startsWith("That password does not open"));
        assertThat(onFx(() -> viewModel.needsPasswordProperty().get())).isTrue();

        onFx(() -> {
            viewModel.passwordProperty().set("openpassword");
            viewModel.unlock();
        });
        waitUntil(() -> !viewModel.needsPasswordProperty().get());
        assertThat(onFx(() -> viewModel.dateTextProperty().get())).isEqualTo("Created 3 Apr 2022 20:35 — PDF document details");
        assertThat(onFx(() -> viewModel.passwordProperty().get())).as("the password is not kept").isEmpty();
        EvidenceItem stored = services.evidence().find(pdf.id()).orElseThrow();
        assertThat(stored.occurredAt().source()).isEqualTo(TimestampSource.PDF_CREATION);
        assertThat(stored.warning()).isEmpty();
        assertThat(services.evidence().needsPassword(pdf.id())).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            14:30, 14:30
            9.05,  09:05
            9:05,  09:05
            7,     07:00
            """)
    void timesAreReadTheWaysPeopleTypeThem(String typed, String expected) {
        assertThat(EvidenceDetailViewModel.parseTime(typed)).hasValue(java.time.LocalTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"25:00", "14:75", "half two", "1430"})
    void otherTimesAreNotGuessed(String typed) {
        assertThat(EvidenceDetailViewModel.parseTime(typed)).isEmpty();
    }
}
