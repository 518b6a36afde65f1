package nl.bewijsmap.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule book citation ("Art. 7:9 BW; Richtlijn 2011/83/EU art. 18") as it reads inside a sentence of a letter: "art.
 * 7:9 BW en art. 18 van Richtlijn 2011/83/EU", "Article 7:9 of the Dutch Civil Code and Article 18 of Directive
 * 2011/83/EU". Only the form changes, never what is cited: a paragraph the rule book adds once it is confirmed ("Art.
 * 7:9 lid 4 BW") shows up in the letter, and one it does not state never does. A part of another shape is kept as
 * the rule book writes it.
 */
final class Citations {

    /** "Art. 7:9 BW", "Art. 7:23 lid 1 BW": an article of the Dutch Civil Code, with or without its paragraph. */
    private static final Pattern CIVIL_CODE = Pattern.compile("Art\\. (\\d+:\\d+[a-z]?)(?: lid (\\d+))? BW");
    /** "Richtlijn 2011/83/EU art. 18", "Directive 2011/83/EU art. 18": an article of an act named first. */
    private static final Pattern ACT_ARTICLE = Pattern.compile("(.+?) art\\. (\\d+)");

    private Citations() {
    }

    static String inSentence(String citation, Language language) {
        List<String> parts = new ArrayList<>();
        for (String part : citation.split(";")) {
            if (!part.isBlank()) {
                parts.add(part(part.strip(), language));
            }
        }
        String and = language == Language.DUTCH ? " en " : " and ";
        return String.join(and, parts);
    }

    private static String part(String part, Language language) {
        Matcher code = CIVIL_CODE.matcher(part);
        if (code.matches()) {
            String paragraph = code.group(2);
            return language == Language.DUTCH
                    ? "art. " + code.group(1) + (paragraph == null ? "" : " lid " + paragraph) + " BW"
                    : "Article " + code.group(1) + (paragraph == null ? "" : "(" + paragraph + ")")
                            + " of the Dutch Civil Code";
        }
        Matcher act = ACT_ARTICLE.matcher(part);
        if (act.matches()) {
            return language == Language.DUTCH ? "art. " + act.group(2) + " van " + act.group(1)
                    : "Article " + act.group(2) + " of " + act.group(1);
        }
        return part;
    }
}
