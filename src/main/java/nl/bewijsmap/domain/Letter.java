package nl.bewijsmap.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One letter as it is printed and sent: the consumer's address block, the recipient's address block (placed in the
 * window of a Dutch window envelope), place and date, the subject and the body the consumer may have edited.
 *
 * @param kind           which letter it is
 * @param recipient      who it is for
 * @param locale         the language it is written in
 * @param date           the date the letter carries
 * @param place          the consumer's town, written before the date; may be empty
 * @param senderLines    the consumer's name and address, one line each
 * @param recipientLines the recipient's name and address, one line each
 * @param subject        the subject line ("Betreft")
 * @param body           from the salutation to the closing greeting; paragraphs are separated by a blank line
 * @param signatureName  the name printed under the space for the signature
 */
public record Letter(
        LetterKind kind,
        Recipient recipient,
        Locale locale,
        LocalDate date,
        String place,
        List<String> senderLines,
        List<String> recipientLines,
        String subject,
        String body,
        String signatureName) {

    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(date, "date");
        place = Text.clean(place);
        senderLines = senderLines.stream().map(Text::clean).filter(line -> !line.isEmpty()).toList();
        recipientLines = recipientLines.stream().map(Text::clean).filter(line -> !line.isEmpty()).toList();
        subject = Text.clean(subject);
        body = body == null ? "" : body.strip();
        signatureName = Text.clean(signatureName);
    }

    /** The same letter with the subject and body the consumer edited. */
    public Letter withText(String newSubject, String newBody) {
        return new Letter(kind, recipient, locale, date, place, senderLines, recipientLines, newSubject, newBody,
                signatureName);
    }
}
