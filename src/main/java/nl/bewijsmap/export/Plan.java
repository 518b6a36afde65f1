package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/** Which exhibit pages go into which part of a package, in exhibit order. */
record Plan(List<Part> parts) {

    /** Pages from (inclusive) to (exclusive) of one exhibit's rendition, with their estimated size. */
    record Unit(Exhibit exhibit, Rendition rendition, int from, int to, long estimate) {
        Unit {
            Objects.requireNonNull(exhibit, "exhibit");
            Objects.requireNonNull(rendition, "rendition");
            if (from < 0 || to <= from || to > rendition.pages()) {
                throw new IllegalArgumentException("Pages " + from + "-" + to + " of " + rendition.pages());
            }
        }

        int pages() {
            return to - from;
        }

        boolean first() {
            return from == 0;
        }
    }

    /** One PDF file of the package. */
    record Part(int number, List<Unit> units) {
        Part {
            units = List.copyOf(units);
        }

        int exhibitPages() {
            int pages = 0;
            for (Unit unit : units) {
                pages += unit.pages();
            }
            return pages;
        }

        long estimate() {
            long bytes = 0;
            for (Unit unit : units) {
                bytes += unit.estimate();
            }
            return bytes;
        }
    }

    /** Where (part of several, or the only one) and on which page numbers of that file an exhibit's pages are. */
    record Placement(int part, int firstPage, int lastPage) {
    }

    Plan {
        parts = List.copyOf(parts);
    }

    boolean split() {
        return parts.size() > 1;
    }

    /**
     * Where each exhibit's pages are, given how many pages come before the exhibits in each part (the front matter
     * in part 1, a cover in the others).
     */
    Map<Integer, List<Placement>> placements(IntUnaryOperator leadingPages) {
        Map<Integer, List<Placement>> placements = new LinkedHashMap<>();
        for (Part part : parts) {
            int page = leadingPages.applyAsInt(part.number()) + 1;
            for (Unit unit : part.units()) {
                placements.computeIfAbsent(unit.exhibit().number(), n -> new ArrayList<>())
                        .add(new Placement(part.number(), page, page + unit.pages() - 1));
                page += unit.pages();
            }
        }
        return placements;
    }
}
