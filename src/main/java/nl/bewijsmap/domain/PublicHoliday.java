package nl.bewijsmap.domain;

/**
 * A day that moves the end of a period to the next working day: the algemeen erkende feestdagen of the Dutch
 * Algemene termijnenwet (with the days a decree treats as one) and the ten Belgian legal holidays. Each has a name
 * under {@code holiday.<NAME>}.
 */
public enum PublicHoliday {
    NEW_YEARS_DAY,
    GOOD_FRIDAY,
    EASTER_MONDAY,
    KINGS_DAY,
    LIBERATION_DAY,
    LABOUR_DAY,
    ASCENSION_DAY,
    WHIT_MONDAY,
    BELGIAN_NATIONAL_DAY,
    ASSUMPTION_DAY,
    ALL_SAINTS_DAY,
    ARMISTICE_DAY,
    CHRISTMAS_DAY,
    SECOND_CHRISTMAS_DAY,
    /** A day the Dutch government treats as a public holiday for legal periods only (Atw art. 3(3)). */
    EQUIVALENT_DAY;

    /** The resource-bundle key of its name. */
    public String messageKey() {
        return "holiday." + name();
    }
}
