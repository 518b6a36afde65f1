package nl.bewijsmap.app;

import java.nio.file.Path;
import java.util.List;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.intake.Problem;

/**
 * The answer for one file: imported (perhaps with warnings), a duplicate of an item the dossier
 * already holds ({@code item} is that item), or rejected with the reason.
 */
public record ImportResult(Path file, ImportStatus status, EvidenceItem item, List<Problem> warnings,
                           ImportProblem rejection, String rejectionDetail) {

    public ImportResult {
        warnings = List.copyOf(warnings);
        rejectionDetail = rejectionDetail == null ? "" : rejectionDetail;
    }

    static ImportResult rejected(Path file, ImportProblem why, String detail) {
        return new ImportResult(file, ImportStatus.REJECTED, null, List.of(), why, detail);
    }
}
