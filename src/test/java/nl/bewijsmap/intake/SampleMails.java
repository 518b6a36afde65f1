package nl.bewijsmap.intake;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Properties;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Emails made for tests: a shop's invoice mail with a PDF and a photo, and one with hostile file names. */
public final class SampleMails {

    /** The invoice mail's Date header, and what its PDF says about when it was made. */
    public static final String SENT = "Mon, 2 Mar 2026 10:15:00 +0100";
    public static final String SUBJECT = "Uw factuur 2026-0042";

    /** The invoice mail on disk with the exact bytes of its two attachments, in the order they are attached. */
    public record InvoiceMail(Path file, byte[] pdf, byte[] jpeg) {
    }

    private SampleMails() {
    }

    public static InvoiceMail invoiceMail(Path dir) throws Exception {
        byte[] pdf = invoicePdf();
        byte[] jpeg = photo();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("Webwinkel <factuur@webwinkel.example>");
        message.setRecipients(Message.RecipientType.TO, "klant@example.nl");
        message.setSubject(SUBJECT, "UTF-8");
        message.setHeader("Date", SENT);
        MimeMultipart mixed = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Beste klant, in de bijlage vindt u uw factuur en een foto van het pakket.", "UTF-8");
        mixed.addBodyPart(text);
        mixed.addBodyPart(attachment(pdf, "application/pdf", "factuur 2026-0042.pdf"));
        mixed.addBodyPart(attachment(jpeg, "image/jpeg", "pakket.jpg"));
        message.setContent(mixed);
        message.saveChanges();
        Path file = dir.resolve("factuur.eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        return new InvoiceMail(file, pdf, jpeg);
    }

    /**
     * Two text attachments whose names try to escape their folder or hide: a path, and a reserved device
     * name with a NUL byte in it (RFC 2231 lets a sender encode any byte).
     */
    public static Path hostileNames(Path dir) throws IOException {
        String mail = String.join("\r\n",
                "From: a@example.nl", "To: b@example.nl", "Subject: names", "Date: " + SENT, "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"b\"", "",
                "--b", "Content-Type: text/plain", "", "body",
                "--b", "Content-Type: text/plain", "Content-Disposition: attachment; filename=\"../../etc/passwd\"",
                "", "root:x:0:0",
                "--b", "Content-Type: application/pdf",
                "Content-Disposition: attachment; filename*=UTF-8''con%00.pdf", "", "not really a PDF",
                "--b--", "");
        Path file = dir.resolve("names.eml");
        Files.writeString(file, mail, StandardCharsets.US_ASCII);
        return file;
    }

    private static MimeBodyPart attachment(byte[] bytes, String type, String name) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        part.setFileName(name);
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    /** An invoice, with a creation date one day before the mail was sent. */
    private static byte[] invoicePdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("GMT+01:00"));
            created.clear();
            created.set(2026, Calendar.MARCH, 1, 16, 30, 0);
            doc.getDocumentInformation().setCreationDate(created);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("FACTUUR 2026-0042   Totaal incl. btw: 499,00");
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A JPEG straight from ImageIO: no EXIF, so no date of its own. */
    private static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(180, 120, 60));
        g.fillRect(8, 8, 48, 32);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
