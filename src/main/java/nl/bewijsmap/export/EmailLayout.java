package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.intake.EmailDetails;

/** An email as its reader saw it: the headers in a form, then the text of the message. */
final class EmailLayout {

    /** Longer texts are cut here (about fifty pages); the whole email is in the dossier archive. */
    static final int MAX_CHARS = 150_000;

    private final Describe describe;
    private final Words words;

    EmailLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    List<Sheet> lay(Metrics metrics, Exhibit exhibit, EmailDetails email) {
        Flow flow = new Flow(metrics, Look.EXHIBIT);
        String subject = email.subject() == null || !describe.shows(email.subject()) ? describe.title(exhibit)
                : email.subject();
        Blocks.title(flow, subject, words.text("export.email.subtitle"));
        List<String> attachments = new ArrayList<>();
        for (EmailDetails.Attachment attachment : email.attachments()) {
            String name = attachment.fileName() == null || attachment.fileName().isBlank()
                    ? words.text("export.email.unnamed") : attachment.fileName();
            attachments.add(attachment.size() >= 0 ? words.text("export.email.attachment", name,
                    words.size(attachment.size())) : name);
        }
        Blocks.form(flow, List.of(
                Blocks.Row.of(words.text("export.email.from"), email.from()),
                Blocks.Row.of(words.text("export.email.to"), String.join(", ", email.to())),
                Blocks.Row.of(words.text("export.email.cc"), String.join(", ", email.cc())),
                Blocks.Row.of(words.text("export.email.date"), date(email.date())),
                Blocks.Row.of(words.text("export.email.subject"), email.subject()),
                Blocks.Row.of(words.text("export.email.attachments"), String.join("\n", attachments))), 0.2f);
        flow.down(Paper.mm(4));
        String body = email.plainBody().strip();
        if (email.htmlBody()) {
            Blocks.paragraph(flow, words.text("export.email.fromHtml"), Look.NOTE);
        }
        if (metrics.lacksGlyphs(Look.BODY.face(), body + (email.subject() == null ? "" : email.subject()))) {
            Blocks.paragraph(flow, words.text("export.email.glyphs"), Look.NOTE);
        }
        if (body.isEmpty()) {
            Blocks.paragraph(flow, words.text("export.email.noText"), Look.NOTE);
        } else {
            boolean cut = body.length() > MAX_CHARS;
            flow.paragraph(cut ? body.substring(0, MAX_CHARS) : body, Look.BODY);
            if (cut) {
                flow.down(Paper.mm(2));
                Blocks.paragraph(flow, words.text("export.email.cut"), Look.NOTE);
            }
        }
        return new ArrayList<>(flow.sheets());
    }

    /** The date with the offset the sender's clock had, as the header gave it. */
    private String date(Timestamp at) {
        if (at == null) {
            return "";
        }
        return at.offset() == null ? words.moment(at) : words.moment(at) + " (UTC" + at.offset().getId()
                .replace("Z", "+00:00") + ")";
    }
}
