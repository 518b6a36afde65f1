package nl.bewijsmap.ui.dossier;

/** What the dossier screen asks of the window around it. */
public interface DossierActions {

    void archive(long dossierId, boolean archived);

    void delete(long dossierId);

    /** Opens the dialog that makes the dossier's PDF package. */
    void exportPackage(long dossierId);

    boolean isArchived(long dossierId);

    /** Changes whenever a dossier's archived state may have changed. */
    javafx.beans.Observable archivedStates();
}
