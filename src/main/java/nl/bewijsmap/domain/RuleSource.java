package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a rule or a fee comes from: the citation shown to the user (in English, with a translation per language
 * where the wording differs, e.g. "Richtlijn" for "Directive"), a link to the primary text, the day it was last
 * checked, and whether it was confirmed from that text. An unconfirmed rule carries the reason as caveat, in English
 * for whoever maintains the rules; the user is told in their own language that it is guidance.
 */
public record RuleSource(String citation, Map<String, String> translations, String url, LocalDate lastChecked,
        boolean confirmed, String caveat) {

    public RuleSource {
        citation = Text.clean(citation);
        translations = Map.copyOf(translations);
        url = Text.clean(url);
        caveat = Text.clean(caveat);
        Objects.requireNonNull(lastChecked, "lastChecked");
        if (citation.isEmpty()) {
            throw new IllegalArgumentException("A rule needs a source citation");
        }
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IllegalArgumentException("A rule needs a web address for its source: " + url);
        }
        if (!confirmed && caveat.isEmpty()) {
            throw new IllegalArgumentException("An unconfirmed rule must say why: " + citation);
        }
    }

    /** A source cited the same way in every language. */
    public RuleSource(String citation, String url, LocalDate lastChecked, boolean confirmed, String caveat) {
        this(citation, Map.of(), url, lastChecked, confirmed, caveat);
    }

    /** The citation in the locale's language, else in English. */
    public String citation(Locale locale) {
        return translations.getOrDefault(locale.getLanguage(), citation);
    }
}
