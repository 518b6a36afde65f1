package nl.bewijsmap.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.export.layout.FontFiles;
import nl.bewijsmap.export.layout.Fonts;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Sheet;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes one part of a package as a PDF file: the leading pages (front matter or cover), then the exhibit pages of
 * the part with their stamps, then links, bookmarks, footers and document information. The document keeps its data
 * in temporary files, so a part of hundreds of photos costs little memory.
 */
final class PartWriter {

    /** Hears each exhibit going in, and may stop the work. */
    interface Listener {
        void exhibit(Exhibit exhibit);
    }

    private final FontFiles fonts;
    private final Metrics metrics;
    private final Describe describe;
    private final Words words;
    private final Stamp stamp;
    private final PdfImport pdfs;
    private final ZonedDateTime made;

    /**
     * {@code maxPartBytes}: the size limit, which a page drawn as a picture must stay well under;
     * {@code includeLocation}: whether pictures inside PDF exhibits may keep their EXIF (and so their location).
     */
    PartWriter(FontFiles fonts, Metrics metrics, Describe describe, ZonedDateTime made, long maxPartBytes,
            boolean includeLocation) {
        this.fonts = fonts;
        this.metrics = metrics;
        this.describe = describe;
        this.words = describe.words();
        this.stamp = new Stamp(metrics, describe);
        this.pdfs = new PdfImport(metrics, words, maxPartBytes / 2, includeLocation);
        this.made = made;
    }

    /** Writes the part to {@code out} and returns its size in bytes. */
    long write(FrontContext front, Plan.Part part, FrontMatter.Laid leading, Path out, Listener listener)
            throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Pages pages = new Pages(document, new Fonts(document, fonts));
            PDDocumentOutline outline = new PDDocumentOutline();
            document.getDocumentCatalog().setDocumentOutline(outline);
            int section = 0;
            for (int i = 0; i < leading.sheets().size(); i++) {
                PDPage page = pages.add(leading.sheets().get(i));
                while (section < leading.sections().size() && leading.sections().get(section).firstSheet() == i) {
                    bookmark(outline, null, leading.sections().get(section).title(), page);
                    section++;
                }
            }
            PDOutlineItem exhibits = null;
            for (Plan.Unit unit : part.units()) {
                listener.exhibit(unit.exhibit());
                List<PDPage> added = unit(pages, unit);
                Exhibit exhibit = unit.exhibit();
                pages.mark(exhibit.target(), added.get(0));
                for (int i = 0; i < added.size(); i++) {
                    stamp.draw(pages, added.get(i), exhibit, unit.from() + i + 1, unit.rendition().pages());
                }
                if (exhibits == null) {
                    exhibits = bookmark(outline, null, words.text("export.section.exhibits"), added.get(0));
                }
                String title = describe.exhibit(exhibit) + " — " + describe.title(exhibit);
                bookmark(outline, exhibits, unit.first() ? title : words.text("export.bookmark.continued", title),
                        added.get(0));
            }
            if (exhibits != null) {
                exhibits.openNode();
            }
            pages.resolveLinks();
            int count = pages.count();
            int parts = front.plan().parts().size();
            String title = front.snapshot().dossier().title();
            Footers.draw(pages, metrics, i -> parts > 1
                    ? words.text("export.footer.part", title, Words.number(part.number()), Words.number(parts),
                            Words.number(i + 1), Words.number(count))
                    : words.text("export.footer", title, Words.number(i + 1), Words.number(count)));
            String docTitle = parts > 1 ? words.text("export.info.partTitle", title, Words.number(part.number()),
                    Words.number(parts)) : title;
            Info.set(document, docTitle, front.snapshot().consumer().name(), words.text("export.info.subject",
                    describe.recipient(front.request().recipient())), made, words.locale());
            // Plain cross-reference tables: PDFBox's compressed ones give a /Size that qpdf and strict checkers
            // question.
            document.save(out.toFile(), CompressParameters.NO_COMPRESSION);
        }
        return Files.size(out);
    }

    private List<PDPage> unit(Pages pages, Plan.Unit unit) throws IOException {
        Exhibit exhibit = unit.exhibit();
        Rendition rendition = unit.rendition();
        if (rendition instanceof Rendition.Photo photo) {
            Sheet sheet = new PhotoLayout(describe).lay(metrics, exhibit, photo);
            PDImageXObject image;
            try (InputStream in = Files.newInputStream(photo.jpeg())) {
                image = new PDImageXObject(pages.document(), in, COSName.DCT_DECODE, photo.pixelWidth(),
                        photo.pixelHeight(), 8, PDDeviceRGB.INSTANCE);
            }
            return List.of(pages.add(sheet, Map.of(PhotoLayout.PICTURE, image)));
        }
        if (rendition instanceof Rendition.Pdf pdf) {
            return pdfs.add(pages, pdf.file(), unit.from(), unit.to(), pdf.pictured());
        }
        Rendition.Text text = (Rendition.Text) rendition;
        List<Sheet> sheets = text.layout().lay(metrics);
        if (sheets.size() != text.pages()) {
            throw new IllegalStateException("Exhibit " + exhibit.number() + " laid out as " + sheets.size()
                    + " pages, planned as " + text.pages());
        }
        List<PDPage> added = new ArrayList<>();
        for (int i = unit.from(); i < unit.to(); i++) {
            added.add(pages.add(sheets.get(i)));
        }
        return added;
    }

    private static PDOutlineItem bookmark(PDDocumentOutline outline, PDOutlineItem parent, String title,
            PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(page);
        if (parent == null) {
            outline.addLast(item);
        } else {
            parent.addLast(item);
        }
        return item;
    }
}
