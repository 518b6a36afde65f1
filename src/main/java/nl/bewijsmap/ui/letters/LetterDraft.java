package nl.bewijsmap.ui.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.letters.LetterDrafter;

/** A draft as the drafter made it, with the subject and body as the consumer has them now. */
public record LetterDraft(Letter drafted, String subject, String body) {
    public LetterDraft {
        Objects.requireNonNull(drafted, "drafted");
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /** Whether the consumer changed the text the drafter made. */
    public boolean edited() {
        return !subject.strip().equals(drafted.subject()) || !body.strip().equals(drafted.body());
    }

    public Letter letter() {
        return drafted.withText(subject, body);
    }

    /** The gaps in square brackets still in the letter as printed, each once: its text first, then the rest. */
    public List<String> gaps() {
        List<String> found = new ArrayList<>(LetterDrafter.gaps(subject));
        add(found, LetterDrafter.gaps(body));
        add(found, outsideGaps());
        return found;
    }

    /**
     * The gaps outside the text the consumer edits: in the addresses, the place or the name under the letter,
     * which come from the consumer's own details and the seller's.
     */
    public List<String> outsideGaps() {
        String around = String.join("\n", drafted.senderLines()) + "\n" + String.join("\n", drafted.recipientLines())
                + "\n" + drafted.place() + "\n" + drafted.signatureName();
        return LetterDrafter.gaps(around);
    }

    /** The same text, with the addresses, place and name of a newer draft (after the details were filled in). */
    LetterDraft withAddressesOf(Letter newer) {
        Letter base = new Letter(drafted.kind(), drafted.recipient(), drafted.locale(), drafted.date(), newer.place(),
                newer.senderLines(), newer.recipientLines(), drafted.subject(), drafted.body(), newer.signatureName());
        return new LetterDraft(base, subject, body);
    }

    private static void add(List<String> found, List<String> more) {
        more.stream().filter(gap -> !found.contains(gap)).forEach(found::add);
    }
}
