package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a rule or a fee comes from: the citation shown to the user, a link to the primary text, the day it was
 * last checked, and whether it was confirmed from that text; an unconfirmed rule carries the reason as caveat.
 */
public record RuleSource(String citation, String url, LocalDate lastChecked, boolean confirmed, String caveat) {

    public RuleSource {
        citation = Text.clean(citation);
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
}
