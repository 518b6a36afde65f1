package nl.bewijsmap.cli;

import java.util.Locale;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ProblemTexts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.Timestamp;

/** The JSON line {@code import --json} prints per file, field for field as the contract says. */
record ImportJson(String file, String status, Long id, String sha256, String kind, String occurredAt,
                  String offset, String timestampSource, String warning, String error) {

    static ImportJson of(String file, ImportResult result) {
        EvidenceItem item = result.item();
        Timestamp when = item == null ? null : item.occurredAt();
        String warning = result.warnings().isEmpty() ? null : ProblemTexts.describe(result.warnings(), Locale.ENGLISH);
        String error = result.rejection() == null ? null
                : ProblemTexts.sentence(result.rejection(), result.rejectionDetail(), Locale.ENGLISH);
        return new ImportJson(file, result.status().jsonName(),
                item == null ? null : item.id(),
                item == null ? null : item.sha256(),
                item == null ? null : item.kind().cliName(),
                Times.local(when), Times.offset(when), Times.source(when),
                warning, error);
    }
}
