package nl.bewijsmap.export;

import java.util.Set;
import java.util.stream.Collectors;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.ItemRef;

/** What a package leaves out unless the consumer puts it in. */
public final class PackageDefaults {

    private PackageDefaults() {
    }

    /** The consumer's free notes: written for themselves, not for the seller or a dispute body. */
    public static Set<ItemRef> excluded(DossierContents contents) {
        return contents.events().stream()
                .filter(event -> event.kind() == EventKind.NOTE)
                .map(event -> ItemRef.event(event.id()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
