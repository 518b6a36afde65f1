package nl.bewijsmap.letters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;

/**
 * Writes every letter for the washing-machine dossier as plain text, to read them as the consumer and as the
 * seller's complaints desk would: {@code java ... nl.bewijsmap.letters.LetterSamples OUT_DIR}. Each letter is drafted
 * on the day in the dossier's life it would be sent: the withdrawal a week after delivery, the late-delivery notice as
 * if the machine had not come, the complaint on the day it was sent, the notice of default and the cover letter for
 * WebwinkelKeur a week on, after the seller refused.
 */
public final class LetterSamples {

    private LetterSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "letters-sample");
        Files.createDirectories(out);
        LetterDrafter drafter = LetterDrafter.standard();
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl-NL"), Locale.forLanguageTag("en-GB")}) {
            for (LetterKind kind : LetterKind.values()) {
                boolean english = locale.getLanguage().equals("en");
                LetterDossier dossier = switch (kind) {
                    case WITHDRAWAL -> start(english).today("2026-06-05");
                    case LATE_DELIVERY -> start(english).delivered(null).discovered(null).today("2026-07-03");
                    case COMPLAINT -> start(english).today("2026-11-12");
                    default -> later(english);
                };
                Recipient recipient = kind == LetterKind.COVER_LETTER ? Recipient.KEURMERK : Recipient.SELLER;
                Letter letter = drafter.draft(kind, recipient, dossier.snapshot(), locale);
                Files.writeString(out.resolve(kind.cliName() + "-" + locale.getLanguage() + ".txt"), text(letter),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static LetterDossier start(boolean english) {
        return english ? LetterDossier.washingMachineInEnglish() : LetterDossier.washingMachine();
    }

    /** A week after the complaint: the seller refused to replace the machine and offered another repair. */
    static LetterDossier later(boolean english) {
        return start(english).today("2026-11-21")
                .event(EventKind.COMPLAINT_SENT, "2026-11-12",
                        english ? "By email and by registered letter" : "Per e-mail en per aangetekende brief")
                .event(EventKind.SELLER_REFUSED, "2026-11-17", english
                        ? "By email: replacement refused, only a second repair offered"
                        : "Per e-mail: vervanging geweigerd, alleen een tweede reparatie aangeboden");
    }

    static String text(Letter letter) {
        StringBuilder text = new StringBuilder();
        letter.senderLines().forEach(line -> text.append(line).append('\n'));
        text.append('\n');
        letter.recipientLines().forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(letter.place()).append(", ").append(new LetterFormat(Language.of(letter.locale()))
                .date(letter.date())).append("\n\n");
        text.append(letter.locale().getLanguage().equals("nl") ? "Betreft: " : "Subject: ").append(letter.subject())
                .append("\n\n");
        text.append(letter.body()).append("\n\n\n").append(letter.signatureName()).append('\n');
        return text.toString();
    }
}
