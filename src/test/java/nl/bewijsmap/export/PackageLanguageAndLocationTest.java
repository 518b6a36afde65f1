package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the consumer chooses: the language of the package, and whether photos keep where they were taken. */
class PackageLanguageAndLocationTest {

    @TempDir
    Path folder;

    private ExportFixture fixture;

    @BeforeEach
    void fill() {
        fixture = new ExportFixture(folder.resolve("data"));
        fixture.add(Corpus.file("photos/exif-samples/DSCN0010.jpg"));
        fixture.add(Corpus.file("photos/metadata-extractor-images/Oppo R7 Plus.jpg"));
        fixture.add(Corpus.file("pdfs/pdf.js/three_pages_with_number.pdf"));
        fixture.call(LocalDateTime.of(2026, 2, 16, 10, 12), "Mark", "Lekkage gemeld.", "Monteur komt langs.");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PDDocument export(Locale locale, boolean location) throws Exception {
        Path out = folder.resolve(locale.getLanguage() + location + ".pdf");
        fixture.writer().write(fixture.snapshot(), ExportFixture.request(out, null,
                PackageRequest.DEFAULT_MAX_PART_BYTES, location, locale, Set.of()), ExportProgress.NONE);
        return PdfFacts.open(out);
    }

    @Test
    void withTheLocationAskedForPhotosKeepTheirGpsAndTheCaptionGivesIt() throws Exception {
        try (PDDocument document = export(Locale.ENGLISH, true)) {
            List<PdfFacts.Picture> jpegs = PdfFacts.pictures(document).stream().filter(PdfFacts.Picture::jpeg)
                    .toList();
            assertThat(jpegs).hasSize(2);
            for (PdfFacts.Picture picture : jpegs) {
                Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.raw()));
                GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
                assertThat(gps).isNotNull();
                assertThat(gps.getGeoLocation()).isNotNull();
                // The picture is already upright: the kept EXIF must not make a viewer turn it again.
                ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    assertThat(ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(1);
                }
            }
            String text = String.join("\n", PdfFacts.pageTexts(document));
            assertThat(text).contains("Location (GPS) where the photo was taken: 43.46745° N, 11.88513° E");
        }
    }

    @Test
    void withoutTheLocationNoPictureCarriesAnyMetadata() throws Exception {
        try (PDDocument document = export(Locale.ENGLISH, false)) {
            for (PdfFacts.Picture picture : PdfFacts.pictures(document)) {
                Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.raw()));
                assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).isEmpty();
                assertThat(metadata.getDirectoriesOfType(ExifIFD0Directory.class)).isEmpty();
            }
        }
    }

    @Test
    void anEmailInAScriptTheTypefaceLacksSaysItsCharactersAreLeftOut() throws Exception {
        fixture.add(Corpus.file("emails/mail/japanese_iso_2022.eml"));

        try (PDDocument document = export(Locale.ENGLISH, false)) {
            String all = String.join("\n", PdfFacts.pageTexts(document));
            assertThat(all).contains("Some characters of this email (another script, or emoji) cannot be shown");
            // Its Japanese subject cannot be shown: the exhibit goes by its file name instead of an empty title.
            assertThat(all).containsPattern("Exhibit \\d+ — japanese_iso_2022\\.eml — ");
        }
    }

    @Test
    void aDutchPackageSpeaksDutchThroughout() throws Exception {
        try (PDDocument document = export(Locale.forLanguageTag("nl"), false)) {
            List<String> pages = PdfFacts.pageTexts(document);
            String all = String.join("\n", pages);
            assertThat(all).contains("Samenvatting", "Chronologie", "Overzicht van de bijlagen",
                    "Telefoongesprek met Mark (Customer service)", "Wat er is afgesproken", "Monteur komt langs.",
                    "Partijen");
            assertThat(all).containsPattern("Bijlage \\d+, p\\. \\d+");
            for (int i = 0; i < pages.size(); i++) {
                assertThat(pages.get(i)).contains("pagina " + (i + 1) + " van " + pages.size());
            }
            assertThat(PdfFacts.bookmarks(document).stream().filter(b -> b.depth() == 0)
                    .map(PdfFacts.Bookmark::title)).containsExactly("Samenvatting", "Chronologie",
                            "Overzicht van de bijlagen", "Bijlagen");
            assertThat(document.getDocumentInformation().getSubject())
                    .isEqualTo("Klachtdossier voor De Geschillencommissie");
            assertThat(all).doesNotContain("Exhibit", "Summary", "page 1 of");
        }
    }
}
