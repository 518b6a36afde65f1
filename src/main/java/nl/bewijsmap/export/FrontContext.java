package nl.bewijsmap.export;

import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.DossierSnapshot;

/**
 * What the front matter (summary, chronology, index) and the covers of the parts are made from: the dossier, the
 * request, the exhibits, and where each exhibit's pages ended up.
 */
record FrontContext(
        DossierSnapshot snapshot,
        PackageRequest request,
        Chronology chronology,
        Plan plan,
        Map<Integer, List<Plan.Placement>> placements,
        List<String> fileNames) {

    FrontContext {
        placements = Map.copyOf(placements);
        fileNames = List.copyOf(fileNames);
    }

    boolean split() {
        return plan.split();
    }

    List<Plan.Placement> placesOf(Exhibit exhibit) {
        return placements.getOrDefault(exhibit.number(), List.of());
    }
}
