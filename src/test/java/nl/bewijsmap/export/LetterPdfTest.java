package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.layout.Paper;
import nl.bewijsmap.store.vault.FileVault;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letter on its own: A4, the address in an envelope's window, fonts embedded, any text without failing. */
class LetterPdfTest {

    private static final List<String> RECIPIENT = List.of("Witgoed Online B.V.", "t.a.v. de klantenservice",
            "Postbus 1234", "1000 AB  AMSTERDAM");
    private static final String BODY = "Geachte heer, mevrouw,\n\nOp 5 januari 2026 kocht ik bij u een wasmachine"
            + " voor € 749,00. Sinds 14 februari stopt de trommel.\n\nIk vraag u de wasmachine binnen 14 dagen te"
            + " herstellen.\n\nMet vriendelijke groet,";

    @TempDir
    Path folder;

    private Letter letter(String subject, String body) {
        return letter(subject, body, RECIPIENT);
    }

    private Letter letter(String subject, String body, List<String> recipient) {
        return new Letter(LetterKind.COMPLAINT, Recipient.SELLER, Locale.forLanguageTag("nl"),
                LocalDate.of(2026, 3, 5), "Utrecht", List.of("Anna de Vries-Łukasiewicz", "Kerkstraat 12",
                        "3511 AB  Utrecht", "anna@example.nl"), recipient, subject, body,
                "Anna de Vries-Łukasiewicz");
    }

    private Path write(Letter letter) throws IOException {
        Path out = folder.resolve("brief.pdf");
        new PackageWriter(new FileVault(folder.resolve("data")), ExportFixture.CLOCK).writeLetter(letter, out);
        return out;
    }

    @Test
    void theRecipientsAddressLiesInsideTheWindowOfADutchWindowEnvelope() throws IOException {
        Path pdf = write(letter("Klacht over de wasmachine", BODY));

        List<TextPosition> address = new ArrayList<>();
        try (PDDocument document = PdfFacts.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (RECIPIENT.contains(text.strip())) {
                        address.addAll(positions);
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        }

        assertThat(address).as("the address lines were found").hasSizeGreaterThan(40);
        double left = Paper.mm(LetterLayout.WINDOW_LEFT_MM);
        double right = Paper.mm(LetterLayout.WINDOW_LEFT_MM + LetterLayout.WINDOW_WIDTH_MM);
        double top = Paper.mm(LetterLayout.WINDOW_TOP_MM);
        double bottom = Paper.mm(LetterLayout.WINDOW_TOP_MM + LetterLayout.WINDOW_HEIGHT_MM);
        for (TextPosition glyph : address) {
            // Direction-adjusted positions count from the top-left corner; y is the baseline.
            assertThat(glyph.getXDirAdj()).as(glyph.getUnicode()).isBetween((float) left, (float) right);
            assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).isLessThanOrEqualTo((float) right);
            assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).isGreaterThanOrEqualTo((float) top);
            assertThat(glyph.getYDirAdj()).isLessThanOrEqualTo((float) bottom);
        }
    }

    @Test
    void aSevenLineAddressKeepsItsPostcodeAndTownInsideTheWindow() throws IOException {
        List<String> recipient = List.of("Stichting Geschillencommissies voor Consumentenzaken en Ondernemingen",
                "De Geschillencommissie Thuiswinkel en Webwinkelaankopen", "Afdeling intake en secretariaat",
                "t.a.v. mevrouw mr. J.M. van der Heijden-Brouwer", "Bordewijklaan 46, zevende verdieping",
                "2591 XR  DEN HAAG", "Nederland");
        Path pdf = write(letter("Klacht over de wasmachine", BODY, recipient));

        List<TextPosition> postal = new ArrayList<>();
        String text;
        try (PDDocument document = PdfFacts.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> positions) throws IOException {
                    if (line.contains("2591 XR") || line.strip().equals("Nederland")) {
                        postal.addAll(positions);
                    }
                    super.writeString(line, positions);
                }
            };
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }

        assertThat(text).contains("2591 XR", "DEN HAAG", "Nederland", "Bordewijklaan 46");
        double bottom = Paper.mm(LetterLayout.WINDOW_TOP_MM + LetterLayout.WINDOW_HEIGHT_MM);
        assertThat(postal).hasSizeGreaterThan(10);
        for (TextPosition glyph : postal) {
            assertThat(glyph.getYDirAdj()).as(glyph.getUnicode()).isLessThanOrEqualTo((float) bottom);
        }
    }

    @Test
    void aShortLetterIsOneA4PageWithEmbeddedFontsAndTheSenderAsAuthor() throws IOException {
        Path pdf = write(letter("Klacht over de wasmachine", BODY));

        try (PDDocument document = PdfFacts.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f,
                    org.assertj.core.data.Offset.offset(0.5f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f,
                    org.assertj.core.data.Offset.offset(0.5f));
            for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("Liberation");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Klacht over de wasmachine");
            assertThat(info.getAuthor()).isEqualTo("Anna de Vries-Łukasiewicz");
            assertThat(info.getCreator()).isEqualTo("Bewijsmap");
            String text = PdfFacts.pageTexts(document).get(0);
            assertThat(text).contains("Utrecht, 5 maart 2026", "Betreft: Klacht over de wasmachine", "€ 749,00",
                    "Met vriendelijke groet,");
            assertThat(text).doesNotContain("Pagina 1 van 1");
        }
    }

    @Test
    void textTheFontHasNoGlyphForIsLeftOutInsteadOfFailing() throws IOException {
        Path pdf = write(letter("Klacht 😀 over de wasmachine 洗衣机", BODY + " 👍"));

        try (PDDocument document = PdfFacts.open(pdf)) {
            String text = PdfFacts.pageTexts(document).get(0);
            assertThat(text).contains("Betreft: Klacht over de wasmachine", "Łukasiewicz");
            assertThat(text).doesNotContain("😀", "洗");
        }
    }

    @Test
    void aLongLetterFlowsOnToANumberedSecondPageAndKeepsTheGreetingWithTheName() throws IOException {
        String paragraph = "Sinds 14 februari 2026 stopt de trommel na twee minuten met draaien en lekt er water"
                + " onder de deur. Uw medewerker beloofde een monteur binnen vijf werkdagen; die is niet gekomen.";
        String body = "Geachte heer, mevrouw,\n\n" + (paragraph + "\n\n").repeat(14) + "Met vriendelijke groet,";
        Path pdf = write(letter("Klacht over de wasmachine", body));

        try (PDDocument document = PdfFacts.open(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            List<String> pages = PdfFacts.pageTexts(document);
            assertThat(pages.get(0)).contains("Pagina 1 van 2");
            assertThat(pages.get(1)).contains("Pagina 2 van 2", "Met vriendelijke groet,",
                    "Anna de Vries-Łukasiewicz — 5 maart 2026 — Klacht over de wasmachine");
            String last = pages.get(1);
            assertThat(last.indexOf("Met vriendelijke groet,"))
                    .isLessThan(last.lastIndexOf("Anna de Vries-Łukasiewicz"));
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsExactly("brief.pdf");
    }

    @Test
    void theReturnAddressInTheWindowLeavesOutEmailAndPhone() {
        assertThat(LetterLayout.postal(List.of("Anna de Vries", "Kerkstraat 12", "3511 AB  Utrecht",
                "anna@example.nl", "06 12345678", "+31 6 1234 5678", "www.example.nl")))
                .containsExactly("Anna de Vries", "Kerkstraat 12", "3511 AB  Utrecht");
    }
}
