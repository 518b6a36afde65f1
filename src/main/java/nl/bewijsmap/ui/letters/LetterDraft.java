package nl.bewijsmap.ui.letters;

import java.util.Objects;
import nl.bewijsmap.domain.Letter;

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
}
