package nl.bewijsmap.domain.validation;

/** Small text helpers shared by the validators. */
final class Inputs {

    private Inputs() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Removes every space (including the non-breaking ones that copy-paste from web pages brings). */
    static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** True for ASCII digits only: {@link Character#isDigit} would also accept Arabic-Indic digits. */
    static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
