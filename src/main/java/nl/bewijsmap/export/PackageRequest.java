package nl.bewijsmap.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.Recipient;

/**
 * What the consumer asked a package to be.
 *
 * @param recipient       who it is for
 * @param letter          the letter that opens it, or null for none
 * @param excluded        the dossier's items the consumer left out
 * @param maxPartBytes    the largest a single PDF may be; past that the package is split into parts
 * @param includeLocation whether photos keep their location data
 * @param locale          the language of everything the package itself says
 * @param out             the file asked for; parts are written beside it as NAME-1.pdf, NAME-2.pdf, …
 */
public record PackageRequest(
        Recipient recipient,
        Letter letter,
        Set<ItemRef> excluded,
        long maxPartBytes,
        boolean includeLocation,
        Locale locale,
        Path out) {

    /** 10 MB: with the 37% that mail encoding adds, a part still fits the smallest common mail limits. */
    public static final long DEFAULT_MAX_PART_BYTES = 10L * 1000 * 1000;

    public PackageRequest {
        Objects.requireNonNull(recipient, "recipient");
        excluded = Set.copyOf(excluded);
        if (maxPartBytes < 1_000_000) {
            throw new IllegalArgumentException("A part must be allowed at least 1 MB: " + maxPartBytes);
        }
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(out, "out");
    }
}
