package nl.bewijsmap.domain.validation;

import java.util.Arrays;
import java.util.Objects;

/**
 * The outcome of checking one input: valid, or a problem as a resource-bundle key with the arguments
 * for its {@code {0}} placeholders.
 */
public record Validation(boolean valid, String messageKey, Object[] args) {

    private static final Validation OK = new Validation(true, null, new Object[0]);

    public Validation {
        if (valid && messageKey != null) {
            throw new IllegalArgumentException("A valid input has no message: " + messageKey);
        }
        if (!valid && (messageKey == null || messageKey.isBlank())) {
            throw new IllegalArgumentException("A problem needs a message key");
        }
        args = args == null ? new Object[0] : args.clone();
    }

    public static Validation ok() {
        return OK;
    }

    public static Validation problem(String messageKey, Object... args) {
        return new Validation(false, messageKey, args);
    }

    @Override
    public Object[] args() {
        // A copy, so a caller cannot change a shared result such as OK.
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Validation that
                && valid == that.valid
                && Objects.equals(messageKey, that.messageKey)
                && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(valid, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return valid ? "Validation[valid]" : "Validation[" + messageKey + " " + Arrays.toString(args) + "]";
    }
}
