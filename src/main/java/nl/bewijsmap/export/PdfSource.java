package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens a stored PDF exhibit for the package, with its data cached in temporary files rather than in memory. */
final class PdfSource {

    private static final Logger LOG = LoggerFactory.getLogger(PdfSource.class);

    /** Why a PDF's pages cannot be shown. */
    enum Problem {
        PASSWORD,
        DAMAGED,
        EMPTY
    }

    /** What a first look at a PDF found: its number of pages, or why it cannot be shown. */
    record Inspection(int pages, Problem problem) {
    }

    private PdfSource() {
    }

    /** Opens the PDF with no password (a PDF with only an owner password opens this way); the caller closes it. */
    static PDDocument open(Path file) throws IOException {
        return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache());
    }

    /** Counts the pages and reads each page's box, so a broken page tree shows now rather than while writing. */
    static Inspection inspect(Path file) {
        try (PDDocument document = open(file)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new Inspection(0, Problem.EMPTY);
            }
            for (PDPage page : document.getPages()) {
                page.getCropBox();
            }
            return new Inspection(pages, null);
        } catch (InvalidPasswordException e) {
            return new Inspection(0, Problem.PASSWORD);
        } catch (Throwable t) { // PDFBox throws Errors on certificate encryption and odd files
            Failures.rethrowFatal(t);
            LOG.info("The PDF {} cannot be read for the package: {}", file.getFileName(), t.toString());
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            boolean locked = message.contains("encrypt") || message.contains("certificate")
                    || message.contains("password") || message.contains("security handler");
            return new Inspection(0, locked ? Problem.PASSWORD : Problem.DAMAGED);
        }
    }
}
