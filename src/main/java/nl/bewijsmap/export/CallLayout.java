package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;

/** A phone call as a form: when, how long, who called whom, with whom, what was said and agreed, what follows. */
final class CallLayout {

    private final Describe describe;
    private final Words words;

    CallLayout(Describe describe) {
        this.describe = describe;
        this.words = describe.words();
    }

    List<Sheet> lay(Metrics metrics, CallEntry call) {
        Flow flow = new Flow(metrics, Look.EXHIBIT);
        CallDetails details = call.details();
        Blocks.title(flow, describe.callTitle(details), words.text("export.call.subtitle"));
        String none = words.text("export.call.none");
        Blocks.form(flow, List.of(
                Blocks.Row.of(words.text("export.call.date"), words.date(details.startedAt().local().toLocalDate())),
                Blocks.Row.of(words.text("export.call.time"), orNone(words.time(details.startedAt()), none)),
                Blocks.Row.of(words.text("export.call.duration"), orNone(words.duration(details.duration()), none)),
                Blocks.Row.of(words.text("export.call.direction"), words.text(switch (details.direction()) {
                    case OUTGOING -> "export.call.direction.OUTGOING";
                    case INCOMING -> "export.call.direction.INCOMING";
                })),
                Blocks.Row.of(words.text("export.call.agent"), orNone(details.agent(), none)),
                Blocks.Row.of(words.text("export.call.department"), orNone(details.department(), none)),
                Blocks.Row.of(words.text("export.call.reference"), orNone(details.reference(), none)),
                Blocks.Row.of(words.text("export.call.summary"), orNone(details.summary(), none)),
                Blocks.Row.of(words.text("export.call.agreements"), orNone(details.agreements(), none),
                        details.hasAgreements() ? Look.BODY_BOLD : Look.BODY),
                Blocks.Row.of(words.text("export.call.followUp"), details.followUp() == null ? none
                        : words.date(details.followUp())),
                Blocks.Row.of(words.text("export.call.recorded"), words.moment(call.recordedAt()))), 0.28f);
        flow.down(Paper.mm(3));
        Blocks.paragraph(flow, words.text("export.call.note"), Look.NOTE);
        return new ArrayList<>(flow.sheets());
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
