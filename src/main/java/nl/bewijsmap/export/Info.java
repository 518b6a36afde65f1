package nl.bewijsmap.export;

import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** The document properties a PDF reader shows: title, author, subject, keywords, who made it and when. */
final class Info {

    static final String CREATOR = "Bewijsmap";

    private Info() {
    }

    static void set(PDDocument document, String title, String author, String subject, ZonedDateTime made,
            Locale language) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        if (!author.isBlank()) {
            info.setAuthor(author);
        }
        info.setSubject(subject);
        info.setCreator(CREATOR);
        info.setProducer(CREATOR + " (Apache PDFBox)");
        Calendar when = GregorianCalendar.from(made);
        info.setCreationDate(when);
        info.setModificationDate(when);
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
    }
}
