package nl.bewijsmap.domain.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Checks that the dates of a purchase are possible and in a sensible order; each problem names its field. */
public final class DateChecks {

    /** Consumer disputes older than this are almost certainly a typo in the year. */
    public static final LocalDate EARLIEST_LIKELY = LocalDate.of(1990, 1, 1);

    /** The date inputs a problem can belong to, so a form can show it next to the right one. */
    public enum Field {
        ORDER_DATE,
        DELIVERY_DATE,
        DISCOVERED_DATE
    }

    /** One problem with one date, as a resource-bundle key. */
    public record Problem(Field field, String messageKey) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(messageKey, "messageKey");
        }
    }

    private DateChecks() {
    }

    /**
     * Every problem with the given dates; an empty list when all is well. Any date may be null (not
     * known yet). A date that is itself wrong (future, before 1990) is left out of the order checks, so
     * one typo gives one message next to the field that holds it.
     */
    public static List<Problem> check(LocalDate orderDate, LocalDate deliveryDate, LocalDate discoveredDate,
            LocalDate today) {
        Objects.requireNonNull(today, "today");
        List<Problem> problems = new ArrayList<>();
        LocalDate order = plausible(Field.ORDER_DATE, orderDate, today, problems);
        LocalDate delivery = plausible(Field.DELIVERY_DATE, deliveryDate, today, problems);
        LocalDate discovered = plausible(Field.DISCOVERED_DATE, discoveredDate, today, problems);
        if (order != null && delivery != null && delivery.isBefore(order)) {
            problems.add(new Problem(Field.DELIVERY_DATE, "validation.date.deliveryBeforeOrder"));
        }
        if (discovered != null) {
            if (delivery != null) {
                if (discovered.isBefore(delivery)) {
                    problems.add(new Problem(Field.DISCOVERED_DATE, "validation.date.discoveredBeforeDelivery"));
                }
            } else if (order != null && discovered.isBefore(order)) {
                problems.add(new Problem(Field.DISCOVERED_DATE, "validation.date.discoveredBeforeOrder"));
            }
        }
        return List.copyOf(problems);
    }

    /** The date if it could be right; else null, after recording why not. */
    private static LocalDate plausible(Field field, LocalDate date, LocalDate today, List<Problem> problems) {
        if (date == null) {
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(new Problem(field, "validation.date.future"));
            return null;
        }
        if (date.isBefore(EARLIEST_LIKELY)) {
            problems.add(new Problem(field, "validation.date.tooEarly"));
            return null;
        }
        return date;
    }
}
