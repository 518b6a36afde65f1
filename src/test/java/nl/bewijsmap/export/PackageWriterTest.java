package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.intake.Corpus;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A realistic package, written once from real corpus files (photos with GPS, PDFs, emails, a video) and calls, and
 * read back with PDFBox: sections, bookmarks, stamps, footers, the index, the pictures, the links.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageWriterTest {

    private static final Locale ENGLISH = Locale.ENGLISH;

    @TempDir
    static Path folder;

    private ExportFixture fixture;
    private EvidenceItem gpsPhoto;
    private EvidenceItem bigPhoto;
    private EvidenceItem leftOut;
    private CallEntry call;
    private CallEntry privateCall;
    private DossierEvent complaint;
    private PackageResult result;
    private PDDocument document;
    private List<String> pages;

    @BeforeAll
    void exportOnce() throws Exception {
        fixture = new ExportFixture(folder.resolve("data"));
        gpsPhoto = fixture.add(Corpus.file("photos/exif-samples/DSCN0010.jpg"));
        bigPhoto = fixture.add(Corpus.file("photos/metadata-extractor-images/Oppo R7 Plus.jpg"));
        fixture.add(Corpus.file("photos/metadata-extractor-images/HTC Desire.jpg"));
        fixture.add(Corpus.file("photos/exif-samples/landscape_6.jpg"));
        fixture.add(Corpus.file("pdfs/pdf.js/three_pages_with_number.pdf"));
        fixture.add(Corpus.file("pdfs/py-pdf-sample-files/libreoffice-writer-password.pdf"));
        fixture.add(Corpus.file("emails/mail/raw_email_reply.eml"));
        fixture.add(Corpus.file("emails/poi/quick.msg"));
        fixture.add(Corpus.file("videos/metadata-extractor-images/with-gps.mov"));
        leftOut = fixture.add(Corpus.file("photos/exif-samples/Canon_40D.jpg"));
        call = fixture.call(LocalDateTime.of(2026, 2, 16, 10, 12), "Mark",
                "Reported that the drum stops and the machine leaks.", "An engineer comes within five working days.");
        privateCall = fixture.call(LocalDateTime.of(2026, 2, 17, 9, 0), "My insurer",
                "Asked my insurer whether they cover it.", "");
        complaint = fixture.event(LocalDateTime.of(2026, 2, 27, 11, 0), EventKind.COMPLAINT_SENT,
                "Complaint letter sent by registered post.");
        Path out = folder.resolve("out").resolve("package.pdf");
        result = fixture.writer().write(fixture.snapshot(), ExportFixture.request(out,
                ExportFixture.letter(ENGLISH, "Dear members of the committee,\n\nPlease find my complaint enclosed."
                        + "\n\nYours sincerely,"), PackageRequest.DEFAULT_MAX_PART_BYTES, false, ENGLISH,
                Set.of(ItemRef.evidence(leftOut.id()), ItemRef.call(privateCall.id()))), ExportProgress.NONE);
        document = PdfFacts.open(out);
        pages = PdfFacts.pageTexts(document);
    }

    @AfterAll
    void close() throws Exception {
        document.close();
        fixture.close();
    }

    /** The exhibits in package order: every item kept, except the events, which are chronology lines. */
    private int exhibits() {
        return fixture.evidence.size() - 1 + fixture.calls.size() - 1;
    }

    @Test
    void aPackageWithinTheLimitIsOneFileWithEveryExhibit() throws Exception {
        assertThat(result.files()).containsExactly(folder.resolve("out").resolve("package.pdf"));
        assertThat(result.exhibits()).isEqualTo(exhibits());
        assertThat(result.pages()).isEqualTo(document.getNumberOfPages());
        try (var listing = Files.list(folder.resolve("out"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("package.pdf");
        }
    }

    @Test
    void everySectionAndEveryExhibitHasABookmark() throws Exception {
        List<PdfFacts.Bookmark> bookmarks = PdfFacts.bookmarks(document);
        assertThat(bookmarks.stream().filter(b -> b.depth() == 0).map(PdfFacts.Bookmark::title))
                .containsExactly("Letter", "Summary", "Chronology", "Exhibit index", "Exhibits");
        List<PdfFacts.Bookmark> exhibits = bookmarks.stream().filter(b -> b.depth() == 1).toList();
        assertThat(exhibits).hasSize(exhibits());
        for (int i = 0; i < exhibits.size(); i++) {
            assertThat(exhibits.get(i).title()).startsWith("Exhibit " + (i + 1) + " — ");
            assertThat(pages.get(exhibits.get(i).page())).contains("Exhibit " + (i + 1) + " — ");
        }
        assertThat(bookmarks).allMatch(b -> b.page() >= 0);
        assertThat(bookmarks.get(0).page()).isZero();
        assertThat(pages.get(bookmarks.get(1).page())).contains("Summary");
    }

    @Test
    void everyPageOfAnExhibitCarriesItsStamp() throws Exception {
        List<PdfFacts.Bookmark> exhibits = PdfFacts.bookmarks(document).stream().filter(b -> b.depth() == 1)
                .toList();
        for (int i = 0; i < exhibits.size(); i++) {
            int end = i + 1 < exhibits.size() ? exhibits.get(i + 1).page() : pages.size();
            for (int page = exhibits.get(i).page(); page < end; page++) {
                assertThat(pages.get(page)).as("page %d", page + 1).contains("Exhibit " + (i + 1) + " — ");
            }
        }
        int pdfExhibit = exhibits.stream().filter(b -> b.title().contains("three_pages_with_number")).findFirst()
                .orElseThrow().page();
        assertThat(pages.get(pdfExhibit + 2)).contains("page 3 of 3");
    }

    @Test
    void everyPageSaysItsNumberOutOfAll() {
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains(ExportFixture.TITLE + " — page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void theIndexGivesTheSha256OfEveryExhibitsFileAndItsPage() {
        String all = String.join("", pages).replaceAll("\\s", "");
        for (EvidenceItem item : fixture.evidence) {
            if (item.id() != leftOut.id()) {
                assertThat(all).as(item.originalName()).contains(item.sha256());
            }
        }
        assertThat(all).doesNotContain(leftOut.sha256());
    }

    @Test
    void callsAreFormsWithWhatWasAgreedAndEventsAreChronologyLines() {
        String all = String.join("\n", pages);
        assertThat(all).contains("Phone call with Mark (Customer service)", "What was agreed",
                "An engineer comes within five working days.", "The consumer called the seller", "T-88812",
                "14 min");
        assertThat(all).contains(complaint.text(), "in this chronology only");
        assertThat(all).doesNotContain(privateCall.details().summary(), "My insurer");
    }

    @Test
    void photosAreDrawnAtNoMoreThan200DpiAndCarryNoLocation() throws Exception {
        List<PdfFacts.Picture> pictures = PdfFacts.pictures(document);
        List<PdfFacts.Picture> jpegs = pictures.stream().filter(PdfFacts.Picture::jpeg).toList();
        assertThat(jpegs).hasSizeGreaterThanOrEqualTo(4);
        for (PdfFacts.Picture picture : jpegs) {
            assertThat(picture.dpi()).as("page %d", picture.page() + 1).isLessThanOrEqualTo(201);
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture.raw()));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as("page %d", picture.page() + 1)
                    .isEmpty();
        }
        // The 12 MP phone photo is shown at 200 dpi, not with its 13 million pixels.
        assertThat(jpegs.stream().mapToDouble(PdfFacts.Picture::dpi).max().orElse(0)).isGreaterThan(190);
        assertThat(jpegs.stream().mapToLong(p -> (long) p.pixelWidth() * p.pixelHeight()).max().orElse(0))
                .isLessThan(3_500_000);
        assertThat(String.join("", pages)).doesNotContain("Location (GPS)");
    }

    @Test
    void chronologyAndIndexLinksLeadToTheFirstPageOfTheirExhibit() throws Exception {
        List<PdfFacts.Link> links = PdfFacts.links(document);
        assertThat(links).hasSizeGreaterThanOrEqualTo(2 * exhibits());
        for (PdfFacts.Link link : links) {
            String target = pages.get(link.target());
            assertThat(target).containsPattern("Exhibit \\d+ — ");
        }
        int chronology = PdfFacts.bookmarks(document).get(2).page();
        String row = pages.get(chronology);
        assertThat(row).containsPattern("Exhibit \\d+, p\\. \\d+");
        PdfFacts.Link first = links.stream().filter(l -> l.page() == chronology).findFirst().orElseThrow();
        assertThat(pages.get(first.target())).contains("Exhibit 1 — ");
    }

    @Test
    void theDocumentPropertiesNameTheDossierTheConsumerAndBewijsmap() {
        PDDocumentInformation info = document.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(ExportFixture.TITLE);
        assertThat(info.getAuthor()).isEqualTo(ExportFixture.CONSUMER);
        assertThat(info.getSubject()).isEqualTo("Complaint package for De Geschillencommissie");
        assertThat(info.getCreator()).isEqualTo("Bewijsmap");
        assertThat(info.getCreationDate()).isNotNull();
        assertThat(info.getModificationDate()).isNotNull();
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
    }

    @Test
    void filesThatCannotBeShownGetAPageSayingWhyWithTheirHash() {
        String all = String.join("\n", pages);
        assertThat(all).contains("This PDF is locked with a password, so its pages cannot be shown here.");
        assertThat(all).contains("A video cannot be shown in a PDF; this page describes it.", "with-gps.mov",
                "video/quicktime");
        assertThat(all).contains("The file itself goes with the dossier archive.");
    }

    @Test
    void emailsShowTheirHeadersAndText() {
        String all = String.join("\n", pages);
        assertThat(all).contains("From", "Sent", "Subject", "Re: Test reply email");
    }

    @Test
    void theSummaryNamesThePartiesTheDeadlinesAndThePackage() throws Exception {
        int summary = PdfFacts.bookmarks(document).get(1).page();
        String text = pages.get(summary) + pages.get(summary + 1);
        assertThat(text).contains(ExportFixture.CONSUMER, "Witgoed Online B.V.", "KvK number 12345678",
                "Washing machine Bosch WAX32M41", "ORD-2026-0042", "€749.00", "Replacement",
                "The drum stops after two minutes", "Terms that apply", "Source:");
    }

    @Test
    void theLetterOpensThePackage() {
        assertThat(pages.get(0)).contains("De Geschillencommissie", "Postbus 90600", "Please find my complaint",
                ExportFixture.CONSUMER);
    }

    @Test
    void photosAreTurnedUprightAndTheBigOneFillsThePageWidth() throws Exception {
        List<PdfFacts.Picture> jpegs = PdfFacts.pictures(document).stream().filter(PdfFacts.Picture::jpeg).toList();
        PdfFacts.Picture widest = jpegs.stream().max((a, b) -> Double.compare(a.width(), b.width())).orElseThrow();
        assertThat(widest.width()).isGreaterThan(nl.bewijsmap.export.layout.Paper.mm(160));
        assertThat(bigPhoto.size()).isGreaterThan(1_000_000);
        assertThat(gpsPhoto.originalName()).isEqualTo("DSCN0010.jpg");
        List<String> names = new ArrayList<>();
        for (PdfFacts.Bookmark bookmark : PdfFacts.bookmarks(document)) {
            names.add(bookmark.title());
        }
        assertThat(names).noneMatch(n -> n.contains("Canon_40D"));
    }
}
