package nl.bewijsmap.rules;

/** The rules data file is missing or malformed; the message says where and what. */
public class RuleDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleDataException(String message) {
        super(message);
    }

    public RuleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
