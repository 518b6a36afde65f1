package nl.bewijsmap.domain;

/**
 * What the consumer can do next in a dispute; each has a text under {@code step.<NAME>} and belongs to at most one
 * route, whose fee and dates the text may name.
 */
public enum NextStep {
    COMPLAIN_IN_WRITING(null),
    WAIT_FOR_REPLY(null),
    SEND_NOTICE_OF_DEFAULT(null),
    WAIT_FOR_NOTICE_TERM(null),
    /** The seller repaired or refunded: see whether that solved the problem, and close the dossier if it did. */
    CHECK_SOLUTION(null),
    FIND_DISPUTE_BODY(null),
    FILE_WITH_OTHER_BODY(null),
    ASK_WEBWINKELKEUR(Route.WEBWINKELKEUR),
    FILE_WITH_DIGIDISPUUT(Route.DIGIDISPUUT),
    WAIT_FOR_GESCHILLENCOMMISSIE(Route.GESCHILLENCOMMISSIE),
    FILE_WITH_GESCHILLENCOMMISSIE(Route.GESCHILLENCOMMISSIE),
    GESCHILLENCOMMISSIE_TOO_LATE(Route.KANTONRECHTER),
    ASK_ECC(Route.ECC),
    ASK_CONSUMENTENOMBUDSDIENST(Route.CONSUMENTENOMBUDSDIENST),
    GO_TO_KANTONRECHTER(Route.KANTONRECHTER),
    GO_TO_VREDERECHTER(Route.VREDERECHTER),
    AWAIT_DECISION(null),
    AWAIT_COURT(null),
    NONE(null);

    private final Route route;

    NextStep(Route route) {
        this.route = route;
    }

    /** The route this step takes, or null when it stays between the consumer and the seller. */
    public Route route() {
        return route;
    }

    public String messageKey() {
        return "step." + name();
    }
}
