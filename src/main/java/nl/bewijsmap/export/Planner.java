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
        List<Plan.Part> parts = new ArrayList<>();
        List<Plan.Unit> current = new ArrayList<>();
        long fresh = budget(coverBytes);
        long remaining = budget(frontBytes);
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit exhibit = exhibits.get(i);
            Rendition rendition = renditions.get(i);
            double factor = factors.getOrDefault(exhibit.number(), 1.0);
            int from = 0;
            while (from < rendition.pages()) {
                long whole = estimate(rendition, from, rendition.pages(), factor);
                if (whole <= remaining) {
                    current.add(new Plan.Unit(exhibit, rendition, from, rendition.pages(), whole));
                    remaining -= whole;
                    break;
                }
                boolean tooBigForAnyPart = whole > fresh;
                if (!current.isEmpty() && (!rendition.splittable() || !tooBigForAnyPart)) {
                    parts.add(new Plan.Part(parts.size() + 1, current));
                    current = new ArrayList<>();
                    remaining = fresh;
                    continue;
                }
                if (!rendition.splittable()) {
                    // Alone it is over the limit and cannot be cut: it gets a part of its own.
                    current.add(new Plan.Unit(exhibit, rendition, from, rendition.pages(), whole));
                    parts.add(new Plan.Part(parts.size() + 1, current));
                    current = new ArrayList<>();
                    remaining = fresh;
                    break;
                }
                if (!current.isEmpty() && estimate(rendition, from, from + 1, factor) > remaining) {
                    parts.add(new Plan.Part(parts.size() + 1, current));
                    current = new ArrayList<>();
                    remaining = fresh;
                    continue;
                }
                int to = from + 1;
                while (to < rendition.pages() && estimate(rendition, from, to + 1, factor) <= remaining) {
                    to++;
                }
                long bytes = estimate(rendition, from, to, factor);
                current.add(new Plan.Unit(exhibit, rendition, from, to, bytes));
                remaining -= bytes;
                from = to;
                if (from < rendition.pages()) {
                    parts.add(new Plan.Part(parts.size() + 1, current));
                    current = new ArrayList<>();
                    remaining = fresh;
                }
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(new Plan.Part(parts.size() + 1, current));
        }
        return new Plan(parts);
    }

    private static long estimate(Rendition rendition, int from, int to, double factor) {
        return (long) Math.ceil(rendition.estimate(from, to) * factor);
    }
}
