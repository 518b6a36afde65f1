package nl.bewijsmap.letters;

/** Makes the consumer's own notes fit into a letter's paragraph: one line, ending as a sentence ends. */
final class Sentences {

    private Sentences() {
    }

    /** The text on one line, ending with a full stop unless it already ends with a stop, question or exclamation. */
    static String sentence(String text) {
        String line = oneLine(text);
        if (line.isEmpty()) {
            return "";
        }
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' ? line : line + ".";
    }

    /** The text on one line, without a closing full stop, to run on inside a sentence. */
    static String clause(String text) {
        String line = oneLine(text);
        while (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[ \\t]{2,}", " ");
    }
}
