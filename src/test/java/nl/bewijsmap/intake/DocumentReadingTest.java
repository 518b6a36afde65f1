package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadingTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);
    private final MetadataReader reader = new MetadataReader(NOW);

    @Test
    void anEncryptedPdfIsKeptAndCanBeReadOnceThePasswordIsGiven() {
        Path pdf = Corpus.file("pdfs/py-pdf-sample-files/libreoffice-writer-password.pdf");
        Reading locked = reader.read(pdf, MediaType.PDF);
        assertThat(locked.needsPassword()).isTrue();
        assertThat(locked.timestamp()).isNull();
        assertThat(locked.problems()).extracting(Problem::code).containsExactly(ImportProblem.ENCRYPTED);

        assertThat(reader.readWithPassword(pdf, "wrong").needsPassword()).isTrue();

        Reading open = reader.readWithPassword(pdf, "openpassword");
        assertThat(open.needsPassword()).isFalse();
        assertThat(open.timestamp().local()).isEqualTo(LocalDateTime.parse("2022-04-03T20:35:52"));
        assertThat(open.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(open.timestamp().source()).isEqualTo(TimestampSource.PDF_CREATION);
    }

    @Test
    void aPdfDateWithoutZoneStaysWithoutOffset() {
        Reading r = reader.read(Corpus.file("pdfs/pdf.js/issue3521.pdf"), MediaType.PDF);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2013-07-29T01:59:32"));
        assertThat(r.timestamp().offset()).isNull();
    }

    @Test
    void aBrokenPdfIsDamagedInPlainWords() {
        Reading r = reader.read(Corpus.file("malformed/synthetic/truncated-60pct_minimal-document.pdf"), MediaType.PDF);
        assertThat(r.problems()).extracting(Problem::code).containsExactly(ImportProblem.DAMAGED);
        assertThat(r.problems().get(0).detail()).doesNotContain("Exception");
    }

    @Test
    void anInvoicePdfIsGuessedFromItsFirstPageAndTitled(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("f.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle("Factuur 2026-0042");
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("FACTUUR 2026-0042   Totaal incl. btw: 499,00");
                text.endText();
            }
            doc.save(pdf.toFile());
        }
        Reading r = reader.read(pdf, MediaType.PDF);
        assertThat(r.suggestedKind()).isEqualTo(EvidenceKind.RECEIPT);
        assertThat(r.suggestedTitle()).isEqualTo("Factuur 2026-0042");
    }

    @Test
    void kindsAreGuessedFromDutchAndEnglishWords() {
        assertThat(KindGuesser.guess("Algemene voorwaarden van Webwinkel BV")).isEqualTo(EvidenceKind.TERMS);
        assertThat(KindGuesser.guess("Orderbevestiging — bedankt voor je bestelling")).isEqualTo(
                EvidenceKind.ORDER_CONFIRMATION);
        assertThat(KindGuesser.guess("Your Track & Trace code")).isEqualTo(EvidenceKind.TRACK_AND_TRACE);
        assertThat(KindGuesser.guess("Rekeningafschrift 12, saldo")).isEqualTo(EvidenceKind.BANK_STATEMENT);
        assertThat(KindGuesser.guess("Bonus points and a bonnet")).isEqualTo(EvidenceKind.OTHER);
        assertThat(KindGuesser.guess("")).isEqualTo(EvidenceKind.OTHER);
    }

    @Test
    void anEmailGivesItsPeopleSubjectBodyAndAttachments() {
        Reading r = reader.read(Corpus.file("emails/mail/attachment_pdf.eml"), MediaType.EMAIL);
        EmailDetails mail = r.email();
        assertThat(r.suggestedKind()).isEqualTo(EvidenceKind.CORRESPONDENCE_IN);
        assertThat(mail.from()).isEqualTo("Test Tester <xxxx@xxxx.com>");
        assertThat(mail.to()).hasSize(2);
        assertThat(mail.subject()).isEqualTo("Another PDF with \uD83C\uDF89 Unicode chars in it \uD83C\uDF7F");
        assertThat(r.suggestedTitle()).isEqualTo(mail.subject());
        assertThat(mail.plainBody()).startsWith("Just attaching another PDF");
        assertThat(mail.attachments()).containsExactly(
                new EmailDetails.Attachment("broken.pdf", "application/pdf", 1026));
        assertThat(mail.date()).isEqualTo(r.timestamp());
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHours(-6));
    }

    @Test
    void aRawUtf8AttachmentNameIsReadAsUtf8() {
        Reading r = reader.read(Corpus.file("emails/mail/attachment_nonascii_filename.eml"), MediaType.EMAIL);
        assertThat(r.email().attachments()).extracting(EmailDetails.Attachment::fileName)
                .containsExactly("ci\u00EBle.txt");
    }

    @Test
    void anEmailWithAWrongTransferEncodingStillGivesItsDate() {
        Reading r = reader.read(Corpus.file("emails/mail/content_transfer_encoding_with_8bits.eml"), MediaType.EMAIL);
        assertThat(r.timestamp().offset()).isEqualTo(ZoneOffset.ofHoursMinutes(-4, -59));
        assertThat(r.email().plainBody()).isNotBlank();
    }

    @Test
    void anEmailWithTooManyPartsIsTooComplex(@TempDir Path dir) throws IOException {
        StringBuilder mail = new StringBuilder("From: a@example.nl\r\nTo: b@example.nl\r\nSubject: many\r\n"
                + "Date: Mon, 2 Mar 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        for (int i = 0; i < MimeParts.MAX_PARTS + 5; i++) {
            mail.append("--b\r\nContent-Type: text/plain\r\n\r\npart ").append(i).append("\r\n");
        }
        mail.append("--b--\r\n");
        Path file = dir.resolve("many.eml");
        Files.writeString(file, mail, StandardCharsets.US_ASCII);
        Reading r = reader.read(file, MediaType.EMAIL);
        assertThat(r.has(ImportProblem.TOO_COMPLEX)).isTrue();
        assertThat(r.timestamp()).isNotNull();
    }

    @Test
    void anOutlookMessageGivesItsUtcSubmitTimeAndDetails() {
        Reading r = reader.read(Corpus.file("emails/poi/attachment_test_msg.msg"), MediaType.OUTLOOK_MSG);
        assertThat(r.timestamp()).isEqualTo(new Timestamp(LocalDateTime.parse("2009-04-22T14:36:33"), ZoneOffset.UTC,
                TimestampSource.EMAIL_DATE, nl.bewijsmap.domain.Precision.SECOND));
        assertThat(r.email().subject()).isEqualTo("test pièce jointe 1");
        assertThat(r.email().from()).isEqualTo("Nicolas1 23456");
        assertThat(r.email().attachments()).extracting(EmailDetails.Attachment::fileName)
                .containsExactly("test-unicode.doc", "pj1.txt");
        assertThat(r.email().attachments().get(1).size()).isEqualTo(89);
    }

    @Test
    void aDamagedOutlookMessageStillGivesItsDate() {
        Reading r = reader.read(Corpus.file(
                "malformed/poi/clusterfuzz-testcase-minimized-POIHSMFFuzzer-5336473854148608.msg"),
                MediaType.OUTLOOK_MSG);
        assertThat(r.timestamp().local()).isEqualTo(LocalDateTime.parse("2010-01-11T16:25:07"));
        assertThat(r.has(ImportProblem.DAMAGED)).isTrue();
    }

    @Test
    void plainTextHasNoDateAndNoWarning(@TempDir Path dir) throws IOException {
        Path note = dir.resolve("note.txt");
        Files.writeString(note, "Gebeld met de klantenservice.");
        Reading r = reader.read(note, MediaType.TEXT);
        assertThat(r.timestamp()).isNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void nothingEscapesForAMissingFileOrAFolder(@TempDir Path dir) {
        for (MediaType type : MediaType.values()) {
            assertThat(reader.read(dir.resolve("gone"), type)).isNotNull();
            assertThat(reader.read(dir, type)).isNotNull();
        }
    }

    @Test
    void theFileDateIsLocalTimeWithThisComputersOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f.bin");
        Files.write(file, new byte[] {1});
        Instant when = Instant.parse("2025-07-01T10:15:30Z");
        Files.setLastModifiedTime(file, FileTime.from(when));
        Timestamp t = MetadataReader.fileModified(file);
        ZoneOffset offset = ZoneId.systemDefault().getRules().getOffset(when);
        assertThat(t.source()).isEqualTo(TimestampSource.FILE_MODIFIED);
        assertThat(t.offset()).isEqualTo(offset);
        assertThat(t.local().toInstant(t.offset())).isEqualTo(when);
    }
}
