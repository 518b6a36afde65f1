package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.bewijsmap.domain.validation.DateChecks.Field;
import nl.bewijsmap.domain.validation.DateChecks.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    /** Expected problems as "FIELD key" separated by ";", with the "validation.date." prefix left off. */
    @ParameterizedTest(name = "ordered {0}, delivered {1}, found {2} → [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            |            |            |            |
            2025-05-01 | 2025-05-03 | 2025-05-10 |
            2025-05-01 | 2025-05-01 | 2025-05-01 |
            2025-06-15 | 2025-06-15 | 2025-06-15 |
            1990-01-01 |            |            |
            2025-05-03 | 2025-05-01 |            | DELIVERY_DATE deliveryBeforeOrder
            2025-05-01 | 2025-05-03 | 2025-05-02 | DISCOVERED_DATE discoveredBeforeDelivery
                       | 2025-05-03 | 2025-05-01 | DISCOVERED_DATE discoveredBeforeDelivery
            2025-05-01 |            | 2025-04-20 | DISCOVERED_DATE discoveredBeforeOrder
            2025-05-10 | 2025-05-01 | 2025-05-05 | DELIVERY_DATE deliveryBeforeOrder
            2025-06-16 |            |            | ORDER_DATE future
            2025-05-01 | 2025-06-20 |            | DELIVERY_DATE future
                       |            | 2026-01-01 | DISCOVERED_DATE future
            1989-12-31 |            |            | ORDER_DATE tooEarly
            2025-05-01 | 1925-05-03 | 2025-05-10 | DELIVERY_DATE tooEarly
            2205-05-01 | 2025-05-03 |            | ORDER_DATE future
            2205-05-01 | 2205-05-03 | 2205-05-04 | ORDER_DATE future; DELIVERY_DATE future; DISCOVERED_DATE future
            2025-05-03 | 2025-05-01 | 2025-04-30 | DELIVERY_DATE deliveryBeforeOrder; DISCOVERED_DATE discoveredBeforeDelivery
            """)
    void eachImpossibleDateIsReportedNextToItsField(LocalDate ordered, LocalDate delivered, LocalDate found,
            String expected) {
        assertThat(DateChecks.check(ordered, delivered, found, TODAY)).containsExactlyElementsOf(problems(expected));
    }

    @Test
    void noDatesMeansNoProblems() {
        assertThat(DateChecks.check(null, null, null, TODAY)).isEmpty();
    }

    @Test
    void theProblemsCannotBeChangedByTheCaller() {
        List<Problem> problems = DateChecks.check(TODAY.plusDays(1), null, null, TODAY);

        assertThat(problems).isUnmodifiable();
    }

    private static List<Problem> problems(String expected) {
        if (expected == null) {
            return List.of();
        }
        return Arrays.stream(expected.split(";"))
                .map(String::strip)
                .map(entry -> entry.split(" "))
                .map(parts -> new Problem(Field.valueOf(parts[0]), "validation.date." + parts[1]))
                .toList();
    }
}
