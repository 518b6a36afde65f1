package nl.bewijsmap.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.bewijsmap.app.ImportBatch;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    private final ImportProgress progress = new ImportProgress(new I18n(I18n.DUTCH));

    @Test
    void filesWithTheSameRemarkShareOneLineWorstFirst() {
        ImportBatch batch = ImportBatch.start(null, null, 1, List.of(), null, new ImportBatch.Listener() {
            @Override
            public void answered(ImportResult result, int done, int total) {
            }

            @Override
            public void finished(int skipped) {
            }
        });
        progress.started(batch, 1);
        for (int i = 1; i <= 9; i++) {
            progress.answered(new ImportResult(Path.of("IMG_" + i + ".png"), ImportStatus.IMPORTED, null,
                    List.of(new Problem(ImportProblem.NO_DATE, "")), null, ""));
        }
        progress.answered(new ImportResult(Path.of("leeg.pdf"), ImportStatus.REJECTED, null, List.of(),
                ImportProblem.EMPTY, ""));
        progress.finished(batch, 0);

        assertThat(progress.lines()).hasSize(2);
        assertThat(progress.lines().get(0).fileName()).isEqualTo("leeg.pdf");
        assertThat(progress.lines().get(0).message()).startsWith("Dit bestand is leeg");
        assertThat(progress.lines().get(1).fileName())
                .isEqualTo("IMG_1.png, IMG_2.png, IMG_3.png, IMG_4.png, IMG_5.png, IMG_6.png en nog 3");
        assertThat(progress.summaryTextProperty().get()).isEqualTo("9 toegevoegd · 9 met een opmerking · 1 niet toegevoegd");
    }
}
