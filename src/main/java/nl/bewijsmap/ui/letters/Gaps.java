package nl.bewijsmap.ui.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places a draft leaves for the consumer to fill in, written in square brackets: "[your IBAN]". A letter with
 * one left in is not ready to send.
 */
public final class Gaps {

    /** One bracketed text on one line; a bracket inside it ends it, so "[a] and [b]" are two. */
    private static final Pattern GAP = Pattern.compile("\\[[^\\[\\]\\r\\n]{1,200}]");

    private Gaps() {
    }

    /** The gaps in the text, in order, each with its brackets: "[your IBAN]". */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = GAP.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
