package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.DossierSnapshot;

/**
 * Plans the parts and lays out what comes before the exhibits in each (front matter, covers) until the page numbers
 * they give are the ones they cause: the index names pages, and its own length moves them.
 */
final class Arranger {

    private static final int ROUNDS = 6;

    /** A plan with its front matter and covers laid out and every exhibit's place known. */
    record Arrangement(Plan plan, FrontContext context, FrontMatter.Laid front, List<FrontMatter.Laid> covers,
            long frontBytes, long coverBytes) {

        FrontMatter.Laid leading(int part) {
            return part == 1 ? front : covers.get(part - 2);
        }

        /** The bytes the plan expected the part to take. */
        long plannedBytes(Plan.Part part) {
            return part.estimate() + Planner.PART_OVERHEAD + (part.number() == 1 ? frontBytes : coverBytes);
        }

        int totalPages() {
            int pages = 0;
            for (Plan.Part part : plan.parts()) {
                pages += leading(part.number()).pages() + part.exhibitPages();
            }
            return pages;
        }
    }

    private final FrontMatter frontMatter;
    private final Planner planner;
    private final DossierSnapshot snapshot;
    private final PackageRequest request;
    private final PackageFiles files;
    private final Chronology chronology;

    Arranger(FrontMatter frontMatter, Planner planner, DossierSnapshot snapshot, PackageRequest request,
            PackageFiles files, Chronology chronology) {
        this.frontMatter = frontMatter;
        this.planner = planner;
        this.snapshot = snapshot;
        this.request = request;
        this.files = files;
        this.chronology = chronology;
    }

    /**
     * Plans the exhibits' renditions (in exhibit order) with the estimates scaled by {@code factors} (per exhibit)
     * and {@code frontFactor}, planning again while the front matter turns out longer than the room left for it.
     */
    Arrangement arrange(List<Rendition> renditions, Map<Integer, Double> factors, double frontFactor) {
        int frontPages = 3;
        Arrangement arrangement = null;
        for (int round = 0; round < ROUNDS; round++) {
            long frontBytes = bytes(frontPages, frontFactor);
            Plan plan = planner.plan(chronology.exhibits(), renditions, frontBytes, bytes(1, 1), factors);
            arrangement = lay(plan, frontPages, frontBytes, bytes(1, 1));
            if (arrangement.front().pages() <= frontPages) {
                break;
            }
            frontPages = arrangement.front().pages();
        }
        return arrangement;
    }

    private Arrangement lay(Plan plan, int frontGuess, long frontBytes, long coverBytes) {
        int[] leading = new int[plan.parts().size() + 1];
        Arrays.fill(leading, 1);
        leading[1] = frontGuess;
        List<String> names = files.files(plan.parts().size()).stream().map(p -> p.getFileName().toString())
                .toList();
        for (int round = 0; ; round++) {
            FrontContext context = new FrontContext(snapshot, request, chronology, plan,
                    plan.placements(part -> leading[part]), names);
            FrontMatter.Laid front = frontMatter.front(context);
            List<FrontMatter.Laid> covers = new ArrayList<>();
            boolean stable = front.pages() == leading[1];
            leading[1] = front.pages();
            for (Plan.Part part : plan.parts().subList(1, plan.parts().size())) {
                FrontMatter.Laid cover = frontMatter.cover(context, part);
                stable &= cover.pages() == leading[part.number()];
                leading[part.number()] = cover.pages();
                covers.add(cover);
            }
            if (stable || round == ROUNDS - 1) {
                return new Arrangement(plan, context, front, covers, frontBytes, coverBytes);
            }
        }
    }

    private static long bytes(int pages, double factor) {
        return (long) Math.ceil(pages * (Rendition.TEXT_PAGE_BYTES + Rendition.PAGE_OVERHEAD_BYTES) * factor);
    }
}
