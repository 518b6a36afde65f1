package nl.bewijsmap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.TimestampSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a PDF's creation date, title and likely kind with PDFBox, buffering in temporary files, not memory. */
final class PdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReader.class);
    private static final int MAX_XMP_BYTES = 1024 * 1024;
    private static final int MAX_TEXT_CHARS = 20_000;
    private static final Pattern XMP_CREATE = Pattern.compile(
            "(?:xmp|xap):CreateDate\\s*(?:>|=\\s*[\"'])\\s*([^<\"']+)");

    private final Placeholders placeholders;

    PdfReader(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Reading read(Path file, String password) throws IOException {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.OTHER);
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), password == null ? "" : password, null, null,
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            LOG.info("{} needs a password: {}", file.getFileName(), e.getMessage());
            return builder.needsPassword().problem(ImportProblem.ENCRYPTED, "").build();
        }
        try (document) {
            PDDocumentInformation info = document.getDocumentInformation();
            builder.offer(PdfDates.parse(rawString(info, COSName.CREATION_DATE), TimestampSource.PDF_CREATION));
            builder.offer(xmpCreateDate(document.getDocumentCatalog().getMetadata()));
            builder.title(info.getTitle());
            checkInterrupted();
            builder.kind(KindGuesser.guess(firstPagesText(document, file)));
        }
        return builder.build();
    }

    private static String rawString(PDDocumentInformation info, COSName key) {
        COSBase value = info.getCOSObject().getDictionaryObject(key);
        return value instanceof COSString s ? s.getString() : null;
    }

    private nl.bewijsmap.domain.Timestamp xmpCreateDate(PDMetadata metadata) {
        if (metadata == null) {
            return null;
        }
        try (InputStream in = metadata.createInputStream()) {
            String xml = new String(in.readNBytes(MAX_XMP_BYTES), StandardCharsets.UTF_8);
            Matcher m = XMP_CREATE.matcher(xml);
            return m.find() ? Dates.parse(m.group(1), null, TimestampSource.PDF_XMP) : null;
        } catch (IOException | RuntimeException e) {
            LOG.info("unreadable XMP metadata in a PDF: {}", e.toString());
            return null;
        }
    }

    /** Only the first two pages: enough to tell an invoice from terms, and cheap on a 300-page file. */
    private static String firstPagesText(PDDocument document, Path file) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(2);
            String text = stripper.getText(document);
            return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            LOG.info("no text from the first pages of {}: {}", file.getFileName(), e.toString());
            return "";
        }
    }

    private static void checkInterrupted() throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.io.InterruptedIOException("reading was stopped");
        }
    }
}
