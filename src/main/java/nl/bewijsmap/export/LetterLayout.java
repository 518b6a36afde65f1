package nl.bewijsmap.export;

import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.export.layout.Draw;
import nl.bewijsmap.export.layout.Face;
import nl.bewijsmap.export.layout.Flow;
import nl.bewijsmap.export.layout.Frame;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.export.layout.Style;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays out a letter on A4 for a Dutch window envelope: the consumer's address top right, the recipient's address
 * in the window, then place and date, subject, the body, and room to sign above the name.
 *
 * <p>Where the window is. Dutch "venster links" envelopes for A4 folded in three (EA5/6, 110 x 220 mm; C5/6,
 * 114 x 229 mm) have their window on the left, about 20 mm from the left edge. The German DIN 676 letter (form B),
 * which most envelopes sold in the Netherlands are made to, puts the address field at 20 mm from the left and
 * 45 mm from the top, 85 x 45 mm (http://www.r9005.de/wissen/vorlagen-briefbogen.php). Scandinavian C5, C6/5 and
 * E6/5 envelopes open between 39-44 mm and 74-79 mm from the top, from 15 mm on the left
 * (https://officeconsult.no/blogg/brevmaler-plassering-av-mottakerfelt-i-vinduskonvolutter/). The address
 * therefore starts at 25 mm from the left and runs from about 52 mm to at most 80 mm from the top, which shows in
 * all of these windows even when the sheet shifts a few millimetres. PostNL asks for 3-6 address lines in a plain
 * sans-serif of 10-12 pt, without italics or underlining, and for the return address in one line above it on a
 * window envelope (https://www.postnl.nl/en/sending/sending-a-parcel/addressing-tips/).
 */
final class LetterLayout {

    private static final Logger LOG = LoggerFactory.getLogger(LetterLayout.class);

    /** The window rectangle the address must stay inside, in millimetres from the left and top of the sheet. */
    static final double WINDOW_LEFT_MM = 20;
    static final double WINDOW_TOP_MM = 45;
    static final double WINDOW_WIDTH_MM = 85;
    static final double WINDOW_HEIGHT_MM = 45;

    private static final double ADDRESS_LEFT_MM = 25;
    private static final double RETURN_LINE_TOP_MM = 47;
    private static final double ADDRESS_TOP_MM = 52.5;
    private static final double ADDRESS_BOTTOM_MM = 82;
    private static final double SENDER_LEFT_MM = 125;
    private static final double SENDER_TOP_MM = 20;
    /** Just below the upper fold (99 mm) of a sheet folded in three, so the body never shows in the window. */
    private static final double PLACE_TOP_MM = 102;
    private static final double[] FOLDS_MM = {99, 198};
    private static final float SIGNATURE_SPACE = Paper.mm(20);
    private static final float MIN_ADDRESS_SIZE = 8.5f;

    private static final Style RETURN_ADDRESS = new Style(Face.REGULAR, 6.5f, Look.MUTED);
    private static final Frame BODY = Frame.a4(25, 22, 20, 25);

    private final Metrics metrics;
    private final Words words;

    LetterLayout(Metrics metrics, Words words) {
        this.metrics = metrics;
        this.words = words;
    }

    List<Sheet> lay(Letter letter) {
        Flow flow = new Flow(metrics, BODY);
        folds(flow);
        sender(flow, letter);
        window(flow, letter);
        flow.down(flow.y() - top(PLACE_TOP_MM));
        String date = words.date(letter.date());
        flow.paragraph(letter.place().isEmpty() ? date : words.text("export.letter.placeAndDate", letter.place(),
                date), Look.LETTER);
        flow.gap(Look.LETTER.leading());
        flow.paragraph(words.text("export.letter.subject", letter.subject()), Look.LETTER_BOLD);
        flow.gap(Look.LETTER.leading());
        String header = words.text("export.letter.continued", letter.signatureName(), date, letter.subject());
        flow.onNewPage(next -> runningHead(next, header));
        body(flow, letter);
        flow.onNewPage(null);
        return new ArrayList<>(flow.sheets());
    }

    private void body(Flow flow, Letter letter) {
        List<String> paragraphs = paragraphs(letter.body());
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean last = i == paragraphs.size() - 1;
            String paragraph = paragraphs.get(i);
            if (last) {
                // The closing greeting, the space to sign and the name stay together on one page.
                float height = flow.wrap().lines(paragraph, Look.LETTER, flow.frame().width()).size()
                        * Look.LETTER.leading() + SIGNATURE_SPACE + Look.LETTER.leading();
                flow.ensure(height);
            } else {
                // Never one lonely line of a paragraph at the foot of a page.
                flow.ensure(Math.min(2, flow.wrap().lines(paragraph, Look.LETTER, flow.frame().width()).size())
                        * Look.LETTER.leading());
            }
            flow.paragraph(paragraph, Look.LETTER);
            if (!last) {
                flow.gap(Look.LETTER.leading() * 0.8f);
            }
        }
        flow.down(SIGNATURE_SPACE);
        flow.paragraph(letter.signatureName(), Look.LETTER);
    }

    /** Paragraphs are separated by a blank line; single line breaks inside one are kept. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            String paragraph = part.strip();
            if (!paragraph.isEmpty()) {
                out.add(paragraph);
            }
        }
        return out;
    }

    private void sender(Flow flow, Letter letter) {
        float x = Paper.mm(SENDER_LEFT_MM);
        float width = BODY.right() - x;
        float y = top(SENDER_TOP_MM);
        boolean first = true;
        for (String line : letter.senderLines()) {
            Style style = first ? Look.BODY_BOLD : Look.BODY;
            for (String piece : flow.wrap().lines(line, style, width)) {
                flow.add(new Draw.Text(x, y - style.baseline(), style, piece));
                y -= style.leading();
            }
            first = false;
        }
    }

    private void window(Flow flow, Letter letter) {
        float x = Paper.mm(ADDRESS_LEFT_MM);
        float width = Paper.mm(WINDOW_LEFT_MM + WINDOW_WIDTH_MM - 4) - x;
        Style small = RETURN_ADDRESS;
        String returnLine = metrics.fit(small, metrics.clean(small.face(),
                String.join(" · ", postal(letter.senderLines()))), width);
        float returnY = top(RETURN_LINE_TOP_MM);
        flow.add(new Draw.Text(x, returnY - small.baseline(), small, returnLine));
        flow.add(new Draw.Rule(x, returnY - small.leading() - 0.8f, x + width, returnY - small.leading() - 0.8f,
                0.3f, Look.RULE));
        Style style = addressStyle(letter.recipientLines(), width);
        float y = top(ADDRESS_TOP_MM);
        int rows = (int) Math.floor(Paper.mm(ADDRESS_BOTTOM_MM - ADDRESS_TOP_MM) / style.leading());
        for (String line : windowLines(flow, letter.recipientLines(), style, width, rows)) {
            for (String piece : flow.wrap().lines(line, style, width)) {
                flow.add(new Draw.Text(x, y - style.baseline(), style, piece));
                y -= style.leading();
            }
        }
    }

    /**
     * The address lines as they fit the window in {@code rows} lines: when there are too many, lines above the postal
     * line (postcode and town) are joined two by two where the joined line still fits, and only then is a line above
     * it left out, the "t.a.v." line first. The postal line and what follows it (a country) are always kept.
     */
    private List<String> windowLines(Flow flow, List<String> recipient, Style style, float width, int rows) {
        List<String> lines = new ArrayList<>(recipient);
        int postal = postalLine(lines);
        while (rowsOf(flow, lines, style, width) > rows && postal > 1) {
            int best = -1;
            float narrowest = Float.MAX_VALUE;
            for (int i = 0; i + 1 < postal; i++) {
                float joined = metrics.width(style,
                        metrics.clean(style.face(), lines.get(i) + ", " + lines.get(i + 1)));
                if (joined <= width && joined < narrowest) {
                    best = i;
                    narrowest = joined;
                }
            }
            if (best < 0) {
                best = attentionLine(lines, postal);
                LOG.warn("The recipient's address has more lines than the window shows; left out: {}",
                        lines.get(best));
                lines.remove(best);
            } else {
                lines.set(best, lines.get(best) + ", " + lines.remove(best + 1));
            }
            postal--;
        }
        return lines;
    }

    private static int rowsOf(Flow flow, List<String> lines, Style style, float width) {
        int rows = 0;
        for (String line : lines) {
            rows += flow.wrap().lines(line, style, width).size();
        }
        return rows;
    }

    /** The line with the postcode and town: the last one with a Dutch or Belgian postcode, else the last line. */
    static int postalLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).matches("(?i).*\\b\\d{4}\\s?[a-z]{2}\\b.*|(?i)(b-?\\s?)?\\d{4}\\s+\\p{L}.*")) {
                return i;
            }
        }
        return Math.max(0, lines.size() - 1);
    }

    /** Which line above the postal line to leave out: "t.a.v."/"attn." first, else the one just above the street. */
    private static int attentionLine(List<String> lines, int postal) {
        for (int i = 1; i < postal; i++) {
            if (lines.get(i).matches("(?i)\\s*(t\\.?\\s?a\\.?\\s?v\\.?|attn\\.?|attention|ter attentie).*")) {
                return i;
            }
        }
        return Math.max(1, postal - 2);
    }

    /** The address in 10.5 pt, or smaller (not below 8.5 pt) when a line or the number of lines needs it. */
    private Style addressStyle(List<String> lines, float width) {
        float size = Look.LETTER.size();
        float height = Paper.mm(ADDRESS_BOTTOM_MM - ADDRESS_TOP_MM);
        while (size > MIN_ADDRESS_SIZE) {
            Style style = Look.LETTER.sized(size);
            boolean fits = lines.size() * style.leading() <= height;
            for (String line : lines) {
                fits &= metrics.width(style, metrics.clean(style.face(), line)) <= width;
            }
            if (fits) {
                return style;
            }
            size -= 0.5f;
        }
        return Look.LETTER.sized(MIN_ADDRESS_SIZE);
    }

    /** The sender's lines that belong on an envelope: no email address, phone number or web address. */
    static List<String> postal(List<String> senderLines) {
        List<String> postal = new ArrayList<>();
        for (String line : senderLines) {
            boolean contact = line.contains("@") || line.contains("://") || line.startsWith("www.")
                    || line.matches("[+()0-9 .\\-/]{6,}") || line.matches("(?i)(tel|telefoon|phone|e-?mail)\\b.*");
            if (!contact) {
                postal.add(line);
            }
        }
        return postal;
    }

    private static void folds(Flow flow) {
        for (double fold : FOLDS_MM) {
            float y = top(fold);
            flow.add(new Draw.Rule(Paper.mm(5), y, Paper.mm(9), y, 0.4f, Look.RULE));
        }
    }

    private static void runningHead(Flow flow, String header) {
        flow.paragraph(header, Look.NOTE);
        flow.down(Look.LETTER.leading());
    }

    private static float top(double millimetres) {
        return Paper.HEIGHT - Paper.mm(millimetres);
    }
}
