package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.TimelineEntry;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.Test;

/** How exhibits are spread over parts: in order, whole where they can be, a big PDF page by page. */
class PlannerTest {

    private static final long LIMIT = 1_000_000;
    private final Planner planner = new Planner(LIMIT);
    private final List<Exhibit> exhibits = new ArrayList<>();
    private final List<Rendition> renditions = new ArrayList<>();

    private void photo(long bytes) {
        add(new Rendition.Photo(Path.of("p.jpg"), bytes, 100, 100, 100, 100, null, List.of()));
    }

    private void pdf(int pages, long bytes) {
        add(new Rendition.Pdf(Path.of("d.pdf"), pages, bytes));
    }

    private void add(Rendition rendition) {
        Timestamp at = new Timestamp(LocalDateTime.of(2026, 3, 1, 10, 0), null, TimestampSource.USER,
                Precision.MINUTE);
        CallEntry call = new CallEntry(exhibits.size() + 1, 1, new CallDetails(at, null, null, "", "", "", "", "",
                null), at);
        exhibits.add(new Exhibit(exhibits.size() + 1, new TimelineEntry.OfCall(call)));
        renditions.add(rendition);
    }

    private Plan plan() {
        return planner.plan(exhibits, renditions, 30_000, 8_000, Map.of());
    }

    private static List<List<Integer>> numbers(Plan plan) {
        return plan.parts().stream().map(p -> p.units().stream().map(u -> u.exhibit().number()).toList()).toList();
    }

    @Test
    void exhibitsThatFitStayInOnePart() {
        photo(100_000);
        photo(200_000);
        pdf(3, 100_000);

        assertThat(numbers(plan())).containsExactly(List.of(1, 2, 3));
    }

    @Test
    void theNextPartStartsWhereTheLimitWouldBePassedAndTheOrderIsKept() {
        for (int i = 0; i < 8; i++) {
            photo(300_000);
        }

        Plan plan = plan();

        assertThat(numbers(plan)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5, 6), List.of(7, 8));
        for (Plan.Part part : plan.parts()) {
            assertThat(part.estimate() + Planner.PART_OVERHEAD).isLessThanOrEqualTo(LIMIT);
        }
    }

    @Test
    void aPdfThatFitsAPartOfItsOwnMovesWholeToTheNextPart() {
        photo(600_000);
        pdf(10, 400_000);

        assertThat(numbers(plan())).containsExactly(List.of(1), List.of(2));
        assertThat(plan().parts().get(1).units().get(0).pages()).isEqualTo(10);
    }

    @Test
    void aPdfTooBigForAnyPartFillsPartsPageByPage() {
        photo(200_000);
        pdf(20, 3_000_000);

        Plan plan = plan();

        assertThat(plan.parts()).hasSizeGreaterThanOrEqualTo(4);
        int pages = 0;
        int expectedFrom = 0;
        for (Plan.Part part : plan.parts()) {
            for (Plan.Unit unit : part.units()) {
                if (unit.exhibit().number() == 2) {
                    assertThat(unit.from()).isEqualTo(expectedFrom);
                    expectedFrom = unit.to();
                    pages += unit.pages();
                }
            }
            assertThat(part.estimate() + Planner.PART_OVERHEAD).isLessThanOrEqualTo(LIMIT);
        }
        assertThat(pages).isEqualTo(20);
        assertThat(numbers(plan).get(0)).containsExactly(1, 2);
    }

    @Test
    void anExhibitOverTheLimitThatCannotBeCutGetsAPartOfItsOwn() {
        photo(100_000);
        photo(2_000_000);
        photo(100_000);

        assertThat(numbers(plan())).containsExactly(List.of(1), List.of(2), List.of(3));
    }

    @Test
    void estimatesThatProvedTooSmallAreScaledWhenPlanningAgain() {
        for (int i = 0; i < 4; i++) {
            photo(200_000);
        }

        Plan first = plan();
        Plan again = planner.plan(exhibits, renditions, 30_000, 8_000, Map.of(1, 2.0, 2, 2.0, 3, 2.0, 4, 2.0));

        assertThat(first.parts()).hasSize(1);
        assertThat(again.parts()).hasSize(2);
    }

    @Test
    void placementsCountThePagesBeforeTheExhibitsOfEachPart() {
        for (int i = 0; i < 4; i++) {
            photo(300_000);
        }
        pdf(3, 10_000);

        Map<Integer, List<Plan.Placement>> places = plan().placements(part -> part == 1 ? 7 : 1);

        assertThat(places.get(1)).containsExactly(new Plan.Placement(1, 8, 8));
        assertThat(places.get(2)).containsExactly(new Plan.Placement(1, 9, 9));
        assertThat(places.get(3)).containsExactly(new Plan.Placement(2, 2, 2));
        assertThat(places.get(5)).containsExactly(new Plan.Placement(2, 4, 6));
    }
}
