package nl.bewijsmap.ui.letters;

import java.awt.HeadlessException;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.nio.file.Path;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.OrientationRequested;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a letter PDF on A4 at its actual size, never scaled to fit or centred in the printer's margins, so that the
 * address lands in the window of a Dutch window envelope exactly where the PDF puts it. Blocks while the system's
 * print dialog is open: call it on a worker thread.
 */
final class LetterPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(LetterPrinter.class);
    /** A4 in points: 210 × 297 mm. */
    static final double A4_WIDTH = 210 / 25.4 * 72;
    static final double A4_HEIGHT = 297 / 25.4 * 72;

    private LetterPrinter() {
    }

    static PrintOutcome print(Path pdf, String jobName) throws IOException, PrinterException {
        if (PrinterJob.lookupPrintServices().length == 0) {
            return PrintOutcome.NO_PRINTER;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pages(document));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(MediaSizeName.ISO_A4);
            attributes.add(OrientationRequested.PORTRAIT);
            attributes.add(new JobName(jobName, null));
            if (!job.printDialog(attributes)) {
                return PrintOutcome.CANCELLED;
            }
            job.print(attributes);
            return PrintOutcome.PRINTED;
        } catch (HeadlessException e) {
            LOG.info("No print dialog on a computer without a screen", e);
            return PrintOutcome.NO_PRINTER;
        }
    }

    /** Every page of the document on A4, at 100%, placed from the paper's own corner. */
    static Book pages(PDDocument document) {
        Book book = new Book();
        // No centring: a printer with uneven margins would otherwise move the address off the window.
        book.append(new PDFPrintable(document, Scaling.ACTUAL_SIZE, false, 0, false), a4(),
                document.getNumberOfPages());
        return book;
    }

    /** A4 portrait with the whole sheet as the printable area; the printer leaves out only what it cannot reach. */
    static PageFormat a4() {
        Paper paper = new Paper();
        paper.setSize(A4_WIDTH, A4_HEIGHT);
        paper.setImageableArea(0, 0, A4_WIDTH, A4_HEIGHT);
        PageFormat format = new PageFormat();
        format.setOrientation(PageFormat.PORTRAIT);
        format.setPaper(paper);
        return format;
    }
}
