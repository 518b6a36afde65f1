package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone photo with its GPS location wrapped in a PDF ("scan to PDF", print to PDF) keeps its EXIF block inside
 * the PDF; in the package it must not, unless the consumer chose to include locations.
 */
class PdfExhibitLocationTest {

    private static final String PHOTO = "photos/metadata-extractor-images/HTC Desire.jpg";

    @TempDir
    Path folder;

    private ExportFixture fixture;

    @BeforeEach
    void fill() throws Exception {
        fixture = new ExportFixture(folder.resolve("data"));
        fixture.add(photoPdf(folder.resolve("photo.pdf")));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Page 1 draws the photo itself, page 2 draws it inside a form inside a form; the JPEG bytes as they are. */
    private static Path photoPdf(Path file) throws Exception {
        byte[] jpeg = Files.readAllBytes(Corpus.file(PHOTO));
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg))
                .getDirectoriesOfType(GpsDirectory.class)).isNotEmpty();
        try (PDDocument document = new PDDocument()) {
            PDImageXObject direct = JPEGFactory.createFromByteArray(document, jpeg);
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                content.drawImage(direct, 50, 200, 400, 300);
            }
            PDImageXObject nested = JPEGFactory.createFromByteArray(document, jpeg);
            PDFormXObject inner = form(document);
            try (PDFormContentStream content = new PDFormContentStream(inner)) {
                content.drawImage(nested, 0, 0, 400, 300);
            }
            PDFormXObject outer = form(document);
            try (PDFormContentStream content = new PDFormContentStream(outer)) {
                content.drawForm(inner);
            }
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(second);
            try (PDPageContentStream content = new PDPageContentStream(document, second)) {
                content.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(50, 200));
                content.drawForm(outer);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static PDFormXObject form(PDDocument document) {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(400, 300));
        form.setResources(new PDResources());
        return form;
    }

    private List<PdfFacts.Picture> exhibitJpegs(boolean includeLocation) throws IOException {
        Path out = folder.resolve(includeLocation ? "with" : "without").resolve("package.pdf");
        PackageResult result = fixture.writer().write(fixture.snapshot(), ExportFixture.request(out,
                ExportFixture.letter(Locale.ENGLISH, "Dear committee,\n\nMy complaint.\n\nYours sincerely,"),
                PackageRequest.DEFAULT_MAX_PART_BYTES, includeLocation, Locale.ENGLISH, Set.of()),
                ExportProgress.NONE);
        try (PDDocument document = PdfFacts.open(result.files().get(0))) {
            List<PdfFacts.Picture> jpegs = PdfFacts.pictures(document).stream().filter(PdfFacts.Picture::jpeg)
                    .toList();
            assertThat(jpegs).hasSize(2);
            return jpegs;
        }
    }

    @Test
    void aJpegInsideAPdfExhibitLosesItsExifAndGpsButNotItsPicture() throws Exception {
        for (PdfFacts.Picture picture : exhibitJpegs(false)) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.raw()));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as("page %d", picture.page() + 1)
                    .isEmpty();
            assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
            assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(picture.raw())).getWidth())
                    .isEqualTo(picture.pixelWidth());
        }
    }

    @Test
    void itKeepsThemWhenTheConsumerChoseToIncludeLocations() throws Exception {
        for (PdfFacts.Picture picture : exhibitJpegs(true)) {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.raw()));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as("page %d", picture.page() + 1)
                    .isNotEmpty();
        }
    }
}
