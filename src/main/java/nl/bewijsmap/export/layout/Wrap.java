package nl.bewijsmap.export.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when the word alone is too
 * long for a line (a web address, a hash). Each line of the input starts a new line; an empty one stays empty.
 */
public final class Wrap {

    private final Metrics metrics;

    public Wrap(Metrics metrics) {
        this.metrics = metrics;
    }

    /** The text as lines of at most {@code width} points in the style; never empty (an empty text is one line). */
    public List<String> lines(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        String source = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : source.split("\n", -1)) {
            wrapParagraph(metrics.clean(style.face(), paragraph), style, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, Style style, float width, List<String> lines) {
        String trimmed = stripTrailing(paragraph);
        if (metrics.width(style, trimmed) <= width) {
            lines.add(trimmed);
            return;
        }
        float space = metrics.width(style, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : trimmed.split(" ", -1)) {
            float wordWidth = metrics.width(style, word);
            boolean empty = line.length() == 0;
            if (!empty && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (empty && wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            if (!empty) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                String rest = breakWord(word, style, width, lines);
                line.append(rest);
                lineWidth = metrics.width(style, rest);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
    }

    /** Cuts a word too long for a line into pieces that fit; returns the last piece, which starts the next line. */
    private String breakWord(String word, Style style, float width, List<String> lines) {
        int start = 0;
        float used = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int next = i + Character.charCount(cp);
            float w = metrics.width(style, word.substring(i, next));
            if (used + w > width && i > start) {
                lines.add(word.substring(start, i));
                start = i;
                used = 0;
            }
            used += w;
            i = next;
        }
        return word.substring(start);
    }

    private static String stripTrailing(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}
