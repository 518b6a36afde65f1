package nl.bewijsmap.store;

import java.time.Clock;
import java.util.Objects;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.Timestamp;

/** Keeps the consumer's own details and the seller of each dossier. */
public final class PartyRepository {

    private final Database database;
    private final Clock clock;

    public PartyRepository(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The consumer's details, or {@link ConsumerProfile#EMPTY} before they are first entered. */
    public ConsumerProfile loadProfile() {
        return database.read(PartyRows::loadProfile);
    }

    public void saveProfile(ConsumerProfile profile) {
        Objects.requireNonNull(profile, "profile");
        database.inTransaction(c -> {
            PartyRows.saveProfile(c, profile);
            return null;
        });
    }

    /** The dossier's seller, or {@link Seller#EMPTY} when none was entered. */
    public Seller findSeller(long dossierId) {
        return database.read(c -> PartyRows.findSeller(c, dossierId));
    }

    /** Saves the dossier's seller, which counts as a change to the dossier. */
    public void saveSeller(long dossierId, Seller seller) {
        Objects.requireNonNull(seller, "seller");
        Timestamp now = Timestamp.now(clock);
        database.inTransaction(c -> {
            DossierRows.touch(c, dossierId, now);
            PartyRows.saveSeller(c, dossierId, seller);
            return null;
        });
    }
}
