package nl.bewijsmap.app;

import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.store.Database;
import nl.bewijsmap.store.DossierRepository;
import nl.bewijsmap.store.PartyRepository;
import nl.bewijsmap.store.StoreException;

/** Reads and saves the whole of one dossier's form: all of it is saved, or none of it. */
public final class DossierEditor {

    /** A dossier with its seller, as the dossier screen shows them. */
    public record Edits(Dossier dossier, Seller seller) {
    }

    private final Database database;
    private final DossierRepository dossiers;
    private final PartyRepository parties;

    public DossierEditor(Database database, DossierRepository dossiers, PartyRepository parties) {
        this.database = database;
        this.dossiers = dossiers;
        this.parties = parties;
    }

    public Edits load(long id) {
        return database.read(connection -> new Edits(
                dossiers.find(id).orElseThrow(() -> new StoreException("Dossier " + id + " no longer exists.")),
                parties.findSeller(id)));
    }

    /** Saves the form in one transaction; an empty title keeps the dossier's current one. */
    public void save(long id, String title, DossierFacts facts, Phase phase, Seller seller) {
        database.inTransaction(connection -> {
            if (!title.isBlank()) {
                dossiers.rename(id, title);
            }
            dossiers.updateFacts(id, facts);
            dossiers.setPhase(id, phase);
            parties.saveSeller(id, seller);
            return null;
        });
    }
}
