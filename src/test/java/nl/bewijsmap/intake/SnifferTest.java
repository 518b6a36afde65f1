package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnifferTest {

    private final Sniffer sniffer = new Sniffer();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            ffd8ffe000104a464946,                         JPEG
            89504e470d0a1a0a0000000d49484452,             PNG
            52494646aaaa000057454250565038,               WEBP
            49492a0008000000,                             TIFF
            4d4d002a00000008,                             TIFF
            0000001c667479706865696300000000,             HEIF
            0000001c667479706d69663100000000,             HEIF
            0000001c6674797061766966000000006d696631,     HEIF
            00000018667479706d70343200000000,             MP4
            00000018667479706973366f6d00000000,           MP4
            000000146674797071742020000000007174202020,   QUICKTIME
            0000000877696465000000006d646174,             QUICKTIME
            00000018667479703367703500000000,             THREE_GPP
            00000018667479703367326100000000,             THREE_GPP
            255044462d312e370a,                           PDF
            d0cf11e0a1b11ae1000000000000000000,           UNKNOWN
            00000000000000000000000000000000,             UNKNOWN
            """)
    void recognisesTheMagicBytes(String hex, MediaType expected) {
        assertThat(sniffer.sniff(HexFormat.of().parseHex(hex), "file")).isEqualTo(expected);
    }

    @Test
    void findsAPdfHeaderAfterJunkAtTheStart() {
        byte[] head = ("junk before the header\n".repeat(10) + "%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(sniffer.sniff(head, "letter")).isEqualTo(MediaType.PDF);
    }

    @Test
    void anOle2FileIsAnOutlookMessageByItsNameOrItsStreams() {
        byte[] ole2 = HexFormat.of().parseHex("d0cf11e0a1b11ae10000000000000000");
        assertThat(sniffer.sniff(ole2, "mail.MSG")).isEqualTo(MediaType.OUTLOOK_MSG);
        assertThat(sniffer.sniff(ole2, "report.doc")).isEqualTo(MediaType.UNKNOWN);
    }

    @Test
    void tellsAnEmailFromPlainText() {
        String mail = "Return-Path: <shop@example.nl>\r\nDate: Mon, 2 Mar 2026 14:05:00 +0100\r\n"
                + "From: Shop <shop@example.nl>\r\nSubject: Uw bestelling\r\n\r\nBeste klant,\r\n";
        assertThat(sniffer.sniff(mail.getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(MediaType.EMAIL);
        String note = "Gebeld met de winkel: ze sturen een monteur.\nAfspraak: dinsdag.\n";
        assertThat(sniffer.sniff(note.getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(MediaType.TEXT);
        assertThat(sniffer.sniff("café ☕".getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(MediaType.TEXT);
        assertThat(sniffer.sniff(new byte[] {'a', (byte) 0xFF, 'b', 0x01, 0x02}, "x")).isEqualTo(MediaType.UNKNOWN);
    }

    @Test
    void anEmptyHeadIsUnknown() {
        assertThat(sniffer.sniff(new byte[0], "empty.jpg")).isEqualTo(MediaType.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} named {1}: {2}")
    @CsvSource(textBlock = """
            JPEG,      IMG_0001.JPG,     true
            JPEG,      photo.png,        false
            HEIF,      IMG_2927.jpg,     false
            HEIF,      IMG_2927.HEIC,    true
            MP4,       clip.mov,         true
            PDF,       factuur.pdf,      true
            PDF,       scan.jpg,         false
            EMAIL,     mail.pdf,         false
            OUTLOOK_MSG, mail.eml,       false
            TEXT,      notes.txt,        true
            TEXT,      not-an-image.jpg, false
            TEXT,      README,           true
            UNKNOWN,   random.jpg,       false
            UNKNOWN,   archive.7z,       true
            """)
    void checksWhetherTheNameFitsTheContent(MediaType type, String name, boolean fits) {
        assertThat(sniffer.nameMatches(type, name)).isEqualTo(fits);
    }

    @Test
    void seesThroughTheMislabelledCorpusFiles() throws Exception {
        Map<String, MediaType> files = Map.of(
                "malformed/synthetic/IMG_2927_heic-content.jpg", MediaType.HEIF,
                "malformed/synthetic/Canon EOS 7D_jpeg-content.png", MediaType.JPEG,
                "malformed/synthetic/imagemagick-lzw_pdf-content.jpg", MediaType.PDF,
                "malformed/synthetic/raw_email_eml-content.pdf", MediaType.EMAIL,
                "malformed/synthetic/message_1980_msg-content.eml", MediaType.OUTLOOK_MSG,
                "malformed/synthetic/photoshop-8x12-rgba32_png-content.jpg", MediaType.PNG,
                "malformed/synthetic/not-an-image.jpg", MediaType.TEXT);
        for (Map.Entry<String, MediaType> e : files.entrySet()) {
            Path file = Corpus.file(e.getKey());
            MediaType type = sniffer.sniff(file);
            assertThat(type).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(sniffer.nameMatches(type, file.getFileName().toString())).as(e.getKey()).isFalse();
        }
    }

    @Test
    void agreesWithTheTypesInTheCorpusManifest() throws Exception {
        Path corpus = Corpus.folder();
        Map<String, MediaType> byMime = Map.ofEntries(Map.entry("image/jpeg", MediaType.JPEG),
                Map.entry("image/heic", MediaType.HEIF), Map.entry("image/heif", MediaType.HEIF),
                Map.entry("image/avif", MediaType.HEIF), Map.entry("image/png", MediaType.PNG),
                Map.entry("image/webp", MediaType.WEBP), Map.entry("video/mp4", MediaType.MP4),
                Map.entry("video/x-m4v", MediaType.MP4), Map.entry("video/quicktime", MediaType.QUICKTIME),
                Map.entry("video/3gpp", MediaType.THREE_GPP), Map.entry("video/3gpp2", MediaType.THREE_GPP),
                Map.entry("application/pdf", MediaType.PDF), Map.entry("message/rfc822", MediaType.EMAIL),
                Map.entry("application/vnd.ms-outlook", MediaType.OUTLOOK_MSG),
                Map.entry("text/plain", MediaType.TEXT));
        List<String> disagreements = new ArrayList<>();
        for (Corpus.Row row : Corpus.rows()) {
            boolean noContent = row.notes().contains("sniffed as application/octet-stream")
                    || row.notes().contains("application/x-empty");
            MediaType expected = noContent ? MediaType.UNKNOWN : byMime.getOrDefault(row.mediaType(), MediaType.UNKNOWN);
            MediaType got = sniffer.sniff(corpus.resolve(row.path()));
            if (got != expected) {
                disagreements.add(row.path() + ": expected " + expected + ", got " + got);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void readsOnlyTheHeadOfAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[Sniffer.HEAD_BYTES * 3]);
        assertThat(Sniffer.readHead(big)).hasSize(Sniffer.HEAD_BYTES);
    }
}
