package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttachmentsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneOffset.UTC);

    private final Attachments attachments = new Attachments();

    @TempDir
    Path dir;

    @Test
    void theListIsWhatReadingTheEmailGives() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);

        List<EmailDetails.Attachment> listed = attachments.list(mail.file(), MediaType.EMAIL);

        assertThat(listed).containsExactly(
                new EmailDetails.Attachment("factuur 2026-0042.pdf", "application/pdf", mail.pdf().length),
                new EmailDetails.Attachment("pakket.jpg", "image/jpeg", mail.jpeg().length));
        assertThat(listed).isEqualTo(new MetadataReader(NOW).read(mail.file(), MediaType.EMAIL).email().attachments());
    }

    @Test
    void eachAttachmentComesOutWithExactlyItsOwnBytes() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);

        assertThat(extract(mail.file(), MediaType.EMAIL, 0)).isEqualTo(mail.pdf());
        assertThat(extract(mail.file(), MediaType.EMAIL, 1)).isEqualTo(mail.jpeg());
    }

    @Test
    void aNumberPastTheLastAttachmentIsAPlainError() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);

        assertThatThrownBy(() -> extract(mail.file(), MediaType.EMAIL, 2))
                .isInstanceOf(IOException.class).hasMessage("The email has no attachment number 3.");
        assertThatThrownBy(() -> extract(mail.file(), MediaType.EMAIL, -1))
                .isInstanceOf(IOException.class).hasMessage("The email has no attachment number 0.");
    }

    @Test
    void aFileThatIsNoEmailHasNoAttachments() throws Exception {
        Path text = Files.writeString(dir.resolve("note.txt"), "hello");

        assertThat(attachments.list(text, MediaType.TEXT)).isEmpty();
        assertThatThrownBy(() -> extract(text, MediaType.TEXT, 0)).isInstanceOf(IOException.class)
                .hasMessage("This file is not an email, so it has no attachments.");
    }

    @Test
    void aBrokenEmailListsNothingAndExtractsWithAPlainError() throws Exception {
        Path broken = Files.write(dir.resolve("broken.msg"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, 0x0E, 1, 2});

        assertThat(attachments.list(broken, MediaType.OUTLOOK_MSG)).isEmpty();
        assertThatThrownBy(() -> extract(broken, MediaType.OUTLOOK_MSG, 0)).isInstanceOf(IOException.class)
                .hasMessage("This attachment cannot be read from the email.");
    }

    @Test
    void anAttachmentLargerThanTheLimitStopsWhileStreaming() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> new Attachments(100).extract(mail.file(), MediaType.EMAIL, 0, out))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than 100 bytes");
        assertThat(out.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void anInterruptedThreadStopsTakingOut() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> extract(mail.file(), MediaType.EMAIL, 0))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailureToSaveIsNotBlamedOnTheEmail() throws Exception {
        SampleMails.InvoiceMail mail = SampleMails.invoiceMail(dir);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> attachments.extract(mail.file(), MediaType.EMAIL, 0, full))
                .hasMessage("The attachment could not be saved: No space left on device");
    }

    @Test
    void hostileNamesAreListedAsSentButMadeSafeAsFileNames() throws Exception {
        Path mail = SampleMails.hostileNames(dir);

        List<EmailDetails.Attachment> listed = attachments.list(mail, MediaType.EMAIL);

        assertThat(listed).extracting(EmailDetails.Attachment::fileName)
                .containsExactly("../../etc/passwd", "con\u0000.pdf");
        assertThat(listed).extracting(Attachments::safeFileName).containsExactly("passwd.txt", "_con.pdf");
        assertThat(new String(extract(mail, MediaType.EMAIL, 0), java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("root:x:0:0");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            factuur.pdf                     | application/pdf          | factuur.pdf
            ../../etc/passwd                | text/plain               | passwd.txt
            C:\\Windows\\system32\\evil.dll | application/octet-stream | evil.dll
            .bashrc                         | application/octet-stream | bashrc
            ...                             | application/pdf          | attachment.pdf
            ''                              | image/jpeg               | attachment.jpg
            NULL                            | application/octet-stream | attachment
            attachment                      | application/vnd.ms-outlook | attachment.msg
            NUL.txt                         | text/plain               | _NUL.txt
            lpt1                            | text/plain               | _lpt1.txt
            Untitled Attachment             | application/vnd.ms-outlook | Untitled Attachment.msg
            factuur                         | application/pdf          | factuur.pdf
            what? <yes>: "no" *.pdf         | application/pdf          | what_ _yes__ _no_ _.pdf
            Offerte café Zoë 🎉.pdf         | application/pdf          | Offerte café Zoë 🎉.pdf
            name.pdf.                       | application/pdf          | name.pdf
            """)
    void namesAreMadeSafeToUseAsFileNames(String name, String type, String expected) {
        assertThat(Attachments.safeFileName(new EmailDetails.Attachment(name, type, -1))).isEqualTo(expected);
    }

    @Test
    void controlAndDirectionCharactersAreDropped() {
        assertThat(safe("fac\u0007tuur\r\n.pdf")).isEqualTo("factuur.pdf");
        // Shown as "invoiceexe.pdf" by a system that honours the right-to-left override.
        assertThat(safe("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(safe("half\uD800.pdf")).isEqualTo("half.pdf");
    }

    @Test
    void aVeryLongNameIsShortenedButKeepsItsExtension() {
        String safe = safe("é".repeat(300) + ".pdf");

        assertThat(safe).endsWith("é.pdf");
        assertThat(safe.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }

    private static String safe(String name) {
        return Attachments.safeFileName(new EmailDetails.Attachment(name, "application/pdf", -1));
    }

    private byte[] extract(Path email, MediaType type, int index) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        attachments.extract(email, type, index, out);
        return out.toByteArray();
    }
}
