package nl.bewijsmap.letters;

import java.util.Locale;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;

/** Drafts a letter from a dossier's data with the letter's template; the consumer edits it before it is used. */
public final class LetterDrafter {

    public static LetterDrafter standard() {
        return new LetterDrafter();
    }

    // API agreed for issue 5; the letters branch fills this in.
    public Letter draft(LetterKind kind, Recipient recipient, DossierSnapshot snapshot, Locale locale) {
        throw new UnsupportedOperationException("letters not merged yet");
    }
}
