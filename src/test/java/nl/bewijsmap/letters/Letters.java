package nl.bewijsmap.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;

/** Shortcuts the letter tests share: the two languages, drafting, and dates written as a reader expects them. */
final class Letters {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    static final LetterDrafter DRAFTER = LetterDrafter.standard();

    private Letters() {
    }

    static Locale locale(String language) {
        return "nl".equals(language) ? DUTCH : ENGLISH;
    }

    static Letter draft(LetterKind kind, LetterDossier dossier, Locale locale) {
        return draft(kind, Recipient.SELLER, dossier, locale);
    }

    static Letter draft(LetterKind kind, Recipient recipient, LetterDossier dossier, Locale locale) {
        return DRAFTER.draft(kind, recipient, dossier.snapshot(), locale);
    }

    /** Everything a reader of the letter sees, as one text. */
    static String all(Letter letter) {
        return String.join("\n", letter.senderLines()) + "\n" + String.join("\n", letter.recipientLines()) + "\n"
                + letter.place() + "\n" + letter.subject() + "\n" + letter.body() + "\n" + letter.signatureName();
    }

    /** "26 november 2026" or "26 November 2026", written independently of the code under test. */
    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    static String date(String iso, Locale locale) {
        return date(LocalDate.parse(iso), locale);
    }
}
