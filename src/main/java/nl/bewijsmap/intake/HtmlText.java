package nl.bewijsmap.intake;

import java.util.regex.Pattern;

/** Turns an HTML mail body into readable plain text, simply: no layout, just the words and line breaks. */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAKS = Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h[1-6])[^>]*>");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");

    private HtmlText() {
    }

    static String strip(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = BREAKS.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\n[ \n]*", "\n").strip();
    }
}
