package nl.bewijsmap.ui.export;

import java.io.IOException;
import java.util.Locale;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;

/** What the export dialog needs of the app: the dossier, a fresh letter, the package. Called on worker threads. */
public interface ExportPackages {

    DossierSnapshot snapshot(long dossierId);

    Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale);

    PackageResult export(long dossierId, PackageRequest request, ExportProgress progress) throws IOException;
}
