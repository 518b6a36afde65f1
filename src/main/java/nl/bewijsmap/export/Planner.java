package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spreads the exhibits over parts that each stay under the size limit, in exhibit order. An exhibit is never split
 * unless it is a PDF too big for a part of its own; then its pages fill parts one after the other.
 */
final class Planner {

    /** Estimates are estimates: plan each part a little under the limit. */
    static final double SAFETY = 0.94;
    /** What every part carries besides its pages: font subsets, the outline, document information, cross-references. */
    static final long PART_OVERHEAD = 90_000;

    private final long maxPartBytes;

    Planner(long maxPartBytes) {
        this.maxPartBytes = maxPartBytes;
    }

    /** The bytes a part may hold in pages, when {@code leading} bytes go before its exhibits. */
    long budget(long leading) {
        return (long) (maxPartBytes * SAFETY) - PART_OVERHEAD - leading;
    }

    /**
     * Plans the parts.
     *
     * @param exhibits   the exhibits in order
     * @param renditions each exhibit's rendition, in the same order
     * @param frontBytes the estimated size of the letter, summary, chronology and index in part 1
     * @param coverBytes the estimated size of a cover in the other parts
     * @param factors    per exhibit number, how much its estimate proved too small (1 when it did not)
     */
    Plan plan(List<Exhibit> exhibits, List<Rendition> renditions, long frontBytes, long coverBytes,
            Map<Integer, Double> factors) {
        Parts parts = new Parts(budget(frontBytes), budget(coverBytes));
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit exhibit = exhibits.get(i);
            Rendition rendition = renditions.get(i);
            double factor = factors.getOrDefault(exhibit.number(), 1.0);
            int from = 0;
            while (from < rendition.pages()) {
                long whole = estimate(rendition, from, rendition.pages(), factor);
                if (whole <= parts.remaining) {
                    parts.add(new Plan.Unit(exhibit, rendition, from, rendition.pages(), whole));
                    break;
                }
                boolean tooBigForAnyPart = whole > parts.fresh;
                if (!parts.currentIsEmpty() && (!rendition.splittable() || !tooBigForAnyPart)) {
                    parts.close();
                    continue;
                }
                if (!rendition.splittable()) {
                    // Alone it is over the limit and cannot be cut: it gets a part of its own.
                    parts.add(new Plan.Unit(exhibit, rendition, from, rendition.pages(), whole));
                    parts.close();
                    break;
                }
                if (!parts.currentIsEmpty() && estimate(rendition, from, from + 1, factor) > parts.remaining) {
                    parts.close();
                    continue;
                }
                int to = from + 1;
                while (to < rendition.pages() && estimate(rendition, from, to + 1, factor) <= parts.remaining) {
                    to++;
                }
                parts.add(new Plan.Unit(exhibit, rendition, from, to, estimate(rendition, from, to, factor)));
                from = to;
                if (from < rendition.pages()) {
                    parts.close();
                }
            }
        }
        return parts.plan();
    }

    private static long estimate(Rendition rendition, int from, int to, double factor) {
        return (long) Math.ceil(rendition.estimate(from, to) * factor);
    }

    /** The parts filled so far, and the one being filled with the bytes left in it. */
    private static final class Parts {

        private final List<Plan.Part> closed = new ArrayList<>();
        private final long fresh;
        private List<Plan.Unit> current = new ArrayList<>();
        private long remaining;

        /** {@code first}: the budget of part 1 (after the front matter); {@code fresh}: that of every other part. */
        Parts(long first, long fresh) {
            this.remaining = first;
            this.fresh = fresh;
        }

        boolean currentIsEmpty() {
            return current.isEmpty();
        }

        void add(Plan.Unit unit) {
            current.add(unit);
            remaining -= unit.estimate();
        }

        /** Ends the part being filled and starts a fresh one. */
        void close() {
            closed.add(new Plan.Part(closed.size() + 1, current));
            current = new ArrayList<>();
            remaining = fresh;
        }

        /** The plan: the parts closed and the last one, which is also there when there is nothing at all. */
        Plan plan() {
            if (!current.isEmpty() || closed.isEmpty()) {
                close();
            }
            return new Plan(closed);
        }
    }
}
