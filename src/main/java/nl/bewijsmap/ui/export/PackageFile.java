package nl.bewijsmap.ui.export;

import java.nio.file.Path;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;

/**
 * The file a package goes to: "Bewijsmap - dossier - recipient.pdf" in the documents folder, following the
 * recipient until the consumer types or chooses another. Only a file chosen in the save dialog (which asked) may
 * replace one that is there; otherwise the package takes a free name beside it.
 */
public final class PackageFile {

    private final I18n i18n;
    private final StringProperty text = Forms.text();
    private boolean chosen;
    private boolean filling;
    private Path chosenToReplace;
    private Path folder;

    PackageFile(I18n i18n) {
        this.i18n = i18n;
        text.addListener((obs, old, now) -> chosen |= !filling);
    }

    /** The folder the default file goes in (read on the worker). */
    void setFolder(Path documents) {
        folder = documents;
    }

    /** The default name for this recipient, unless the consumer gave a file. */
    void follow(String dossierTitle, Recipient recipient, Seller seller) {
        if (chosen || folder == null) {
            return;
        }
        filling = true;
        try {
            text.set(folder.resolve(PackageNames.fileName(dossierTitle, recipient, seller, i18n)).toString());
        } finally {
            filling = false;
        }
    }

    /** A file chosen in the save dialog, which already asked before replacing one. */
    void choose(Path file) {
        text.set(file.toString());
        chosen = true;
        chosenToReplace = file;
    }

    /** The documents folder, known to be there (it was found on the worker); null before the dossier was read. */
    Path folder() {
        return folder;
    }

    /** The file as shown, with ".pdf"; null while there is none. */
    Path path() {
        return Forms.value(text).isEmpty() ? null : PackageNames.pdf(Forms.value(text));
    }

    /** Whether the consumer agreed to replace the file if it is there. */
    boolean mayReplace(Path file) {
        return file.equals(chosenToReplace);
    }

    /** The file to write, as text the user may also type. */
    public StringProperty textProperty() {
        return text;
    }
}
