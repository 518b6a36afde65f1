package nl.bewijsmap.export;

import com.drew.lang.GeoLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Sheet;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.store.vault.FileVault;
import nl.bewijsmap.store.vault.VaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every exhibit ready to go into a part: photos re-encoded on two worker threads into the work folder, PDFs
 * checked and counted, texts laid out once to count their pages. An exhibit that cannot be shown becomes an
 * information page saying why; nothing an exhibit's file does stops the package.
 */
final class Preparer {

    private static final Logger LOG = LoggerFactory.getLogger(Preparer.class);

    private final FileVault vault;
    private final Path work;
    private final PackageRequest request;
    private final Metrics metrics;
    private final Describe describe;
    private final Words words;
    private final ExecutorService photos;
    private final PhotoEncoder encoder = new PhotoEncoder();
    private final MediaFacts media = new MediaFacts();

    Preparer(FileVault vault, Path work, PackageRequest request, Metrics metrics, Describe describe,
            ExecutorService photos) {
        this.vault = vault;
        this.work = work;
        this.request = request;
        this.metrics = metrics;
        this.describe = describe;
        this.words = describe.words();
        this.photos = photos;
    }

    /** The renditions in exhibit order; {@code step} is told each time one is ready and may cancel. */
    List<Rendition> prepare(List<Exhibit> exhibits, Progress step) throws InterruptedException {
        List<Future<PhotoOutcome>> pending = new ArrayList<>();
        for (Exhibit exhibit : exhibits) {
            EvidenceItem item = exhibit.evidence();
            pending.add(item != null && item.mediaType().isImage() ? photos.submit(() -> photo(exhibit)) : null);
        }
        List<Rendition> renditions = new ArrayList<>();
        for (int i = 0; i < exhibits.size(); i++) {
            Exhibit exhibit = exhibits.get(i);
            step.next(words.text("export.progress.preparing", Words.number(exhibit.number()),
                    Words.number(exhibits.size()), describe.title(exhibit)));
            Future<PhotoOutcome> photo = pending.get(i);
            renditions.add(photo != null ? await(exhibit, photo, step) : other(exhibit));
            pending.set(i, null);
        }
        return renditions;
    }

    /** Waits for a photo, asking every moment whether the consumer cancelled. */
    private Rendition await(Exhibit exhibit, Future<PhotoOutcome> photo, Progress step) throws InterruptedException {
        while (true) {
            step.checkCancelled();
            try {
                PhotoOutcome outcome = photo.get(100, TimeUnit.MILLISECONDS);
                return outcome.rendition() != null ? outcome.rendition() : info(exhibit, outcome.reason(), "");
            } catch (TimeoutException e) {
                // ask again
            } catch (ExecutionException e) {
                Failures.rethrowFatal(e.getCause());
                LOG.warn("Photo exhibit {} failed", exhibit.number(), e.getCause());
                return info(exhibit, words.text("export.reason.picture"), "");
            }
        }
    }

    private record PhotoOutcome(Rendition.Photo rendition, String reason) {
    }

    /** Runs on a worker thread: only the encoder, the vault and the words are used here. */
    private PhotoOutcome photo(Exhibit exhibit) {
        EvidenceItem item = exhibit.evidence();
        try {
            Path source = vault.pathOf(item.sha256());
            PhotoMetadata metadata = PhotoMetadata.read(source, item.mediaType());
            Path out = work.resolve("exhibit-" + exhibit.number() + ".jpg");
            PhotoEncoder.Result result = encoder.encode(source, item.mediaType(), metadata, out,
                    PhotoLayout.boxWidth(), PhotoLayout.boxHeight(), request.includeLocation(),
                    request.maxPartBytes() / 4);
            List<String> notes = new ArrayList<>();
            if (result.previewOnly()) {
                notes.add(words.text("export.photo.preview"));
            }
            if (result.damaged() || flaggedDamaged(item)) {
                notes.add(words.text("export.photo.damaged"));
            }
            String coordinates = request.includeLocation() && metadata.location() != null
                    ? coordinates(metadata.location()) : null;
            return new PhotoOutcome(new Rendition.Photo(out, result.bytes(), result.pixelWidth(),
                    result.pixelHeight(), result.width(), result.height(), coordinates, notes), null);
        } catch (Throwable t) {
            Failures.rethrowFatal(t);
            LOG.info("Photo {} cannot be shown in the package: {}", item.originalName(), t.toString());
            boolean missing = t instanceof VaultException;
            return new PhotoOutcome(null, words.text(missing ? "export.reason.missing"
                    : item.mediaType() == MediaType.HEIF ? "export.reason.heif" : "export.reason.picture"));
        }
    }

    /** Whether the import found the file damaged (its warning holds a DAMAGED line; see app.ProblemTexts). */
    static boolean flaggedDamaged(EvidenceItem item) {
        for (String line : item.warning().split("\n")) {
            if (line.startsWith(ImportProblem.DAMAGED.name())) {
                return true;
            }
        }
        return false;
    }

    /** "52.37403° N, 4.88969° E". */
    static String coordinates(GeoLocation location) {
        double lat = location.getLatitude();
        double lon = location.getLongitude();
        return String.format(Locale.ROOT, "%.5f° %s, %.5f° %s", Math.abs(lat), lat < 0 ? "S" : "N", Math.abs(lon),
                lon < 0 ? "W" : "E");
    }

    private Rendition other(Exhibit exhibit) {
        if (exhibit.call() != null) {
            CallLayout layout = new CallLayout(describe);
            return text(m -> layout.lay(m, exhibit.call()));
        }
        EvidenceItem item = exhibit.evidence();
        Path file;
        try {
            file = vault.pathOf(item.sha256());
        } catch (RuntimeException e) {
            LOG.warn("The stored file of exhibit {} is missing", exhibit.number(), e);
            return info(exhibit, words.text("export.reason.missing"), "");
        }
        try {
            return switch (item.mediaType()) {
                case PDF -> pdf(exhibit, file);
                case EMAIL, OUTLOOK_MSG -> email(exhibit, file, item.mediaType());
                case MP4, QUICKTIME, THREE_GPP -> info(exhibit, words.text("export.reason.video"),
                        MediaFacts.videoLength(file).map(words::duration).orElse(""));
                case TEXT -> textFile(exhibit, file);
                default -> info(exhibit, words.text(item.kind() == EvidenceKind.VIDEO
                        ? "export.reason.video" : "export.reason.unknown"), "");
            };
        } catch (Throwable t) {
            Failures.rethrowFatal(t);
            LOG.warn("Exhibit {} cannot be shown in the package", exhibit.number(), t);
            return info(exhibit, words.text("export.reason.unknown"), "");
        }
    }

    private Rendition pdf(Exhibit exhibit, Path file) throws IOException {
        PdfSource.Inspection inspection = PdfSource.inspect(file);
        if (inspection.problem() == null) {
            return new Rendition.Pdf(file, inspection.pages(), Files.size(file));
        }
        return info(exhibit, words.text(switch (inspection.problem()) {
            case PASSWORD -> "export.reason.password";
            case EMPTY -> "export.reason.emptyPdf";
            case DAMAGED -> "export.reason.damagedPdf";
        }), "");
    }

    private Rendition email(Exhibit exhibit, Path file, MediaType type) throws IOException {
        Optional<EmailDetails> details = media.email(file, type);
        if (details.isEmpty()) {
            return info(exhibit, words.text("export.reason.email"), "");
        }
        EmailLayout layout = new EmailLayout(describe);
        // Read again when written, so a hundred long emails never sit in memory together.
        int pages = layout.lay(metrics, exhibit, details.get()).size();
        return new Rendition.Text(pages, m -> layout.lay(m, exhibit, media.email(file, type)
                .orElseThrow(() -> new IOException("The email could not be read again"))));
    }

    private Rendition textFile(Exhibit exhibit, Path file) throws IOException {
        Optional<String> text = MediaFacts.text(file, TextFileLayout.MAX_CHARS);
        if (text.isEmpty()) {
            return info(exhibit, words.text("export.reason.unknown"), "");
        }
        TextFileLayout layout = new TextFileLayout(describe);
        int pages = layout.lay(metrics, exhibit, text.get()).size();
        return new Rendition.Text(pages, m -> layout.lay(m, exhibit, MediaFacts.text(file, TextFileLayout.MAX_CHARS)
                .orElse("")));
    }

    private Rendition info(Exhibit exhibit, String reason, String duration) {
        InfoLayout layout = new InfoLayout(describe);
        return text(m -> layout.lay(m, exhibit, reason, duration));
    }

    /** A text rendition, laid out once now to count its pages. */
    private Rendition text(Rendition.TextLayout layout) {
        try {
            List<Sheet> sheets = layout.lay(metrics);
            return new Rendition.Text(sheets.size(), layout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hears that the next exhibit is ready and stops the work when the consumer cancelled. */
    interface Progress {
        void next(String message);

        void checkCancelled();
    }
}
