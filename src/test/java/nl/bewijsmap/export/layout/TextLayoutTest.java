package nl.bewijsmap.export.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Measuring, cleaning and breaking text for the package's fonts. */
class TextLayoutTest {

    private static final Style BODY = new Style(Face.REGULAR, 10, Color.BLACK);
    private final FontFiles files = new FontFiles();
    private final Metrics metrics = new Metrics(files);
    private final Wrap wrap = new Wrap(metrics);

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void linesBreakAtSpacesAndNeverRunWiderThanTheWidth() {
        String text = "Sinds 14 februari 2026 stopt de trommel na twee minuten met draaien en lekt er water onder"
                + " de deur van de wasmachine.";

        List<String> lines = wrap.lines(text, BODY, 150);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (String line : lines) {
            assertThat(metrics.width(BODY, line)).isLessThanOrEqualTo(150);
            assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ");
        }
    }

    @Test
    void aWordLongerThanTheLineIsCutAndNothingIsLost() {
        String hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        Style mono = new Style(Face.MONO, 8, Color.BLACK);

        List<String> lines = wrap.lines(hash, mono, 100);

        assertThat(String.join("", lines)).isEqualTo(hash);
        assertThat(lines).hasSizeGreaterThan(1).allMatch(l -> metrics.width(mono, l) <= 100);
    }

    @Test
    void lineBreaksInTheTextAreKeptAndEmptyLinesStay() {
        assertThat(wrap.lines("Van: Mark\n\nAan: Anna\r\nOnderwerp", BODY, 400))
                .containsExactly("Van: Mark", "", "Aan: Anna", "Onderwerp");
    }

    @Test
    void charactersTheFontCannotShowAreLeftOutWithoutADoubleSpace() {
        assertThat(metrics.clean(Face.REGULAR, "Klacht 😀 over 洗衣机 de e\u0301\u00ADtage\tnu"))
                .isEqualTo("Klacht over de étage nu");
        assertThat(metrics.clean(Face.REGULAR, "Łódź, € 749,00 — Müller")).isEqualTo("Łódź, € 749,00 — Müller");
    }

    @Test
    void widthsAreThoseOfTheFontAtTheSize() {
        float ten = metrics.width(BODY, "Bewijsmap");
        assertThat(metrics.width(BODY.sized(20), "Bewijsmap")).isCloseTo(2 * ten, Offset.offset(0.01f));
        // Liberation Mono: every glyph 0.6 em wide.
        assertThat(metrics.width(new Style(Face.MONO, 10, Color.BLACK), "abcdefghij")).isCloseTo(60f,
                Offset.offset(0.1f));
    }

    @Test
    void theFontsTableOfGlyphSubstitutionsIsHiddenAndNothingElseChanges() {
        String tags = directory(files.bytes(Face.REGULAR));

        assertThat(tags).doesNotContain("GSUB").contains("XSUB", "glyf", "cmap", "hmtx", "GPOS");
    }

    private static String directory(byte[] font) {
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < tables; i++) {
            tags.append(new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII)).append(' ');
        }
        return tags.toString();
    }
}
