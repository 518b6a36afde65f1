package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.export.layout.Sheet;

/**
 * An exhibit made ready to go into a part: what its pages show, how many there are and about how many bytes they
 * add to a PDF. Heavy content (photos re-encoded, PDFs to import) stays on disk until a part is written.
 */
sealed interface Rendition {

    /** Bytes a page of laid-out text adds to a PDF, fonts aside; generous, so estimates err on the safe side. */
    long TEXT_PAGE_BYTES = 6_000;
    /** What each page adds besides its content: the page object, its resources, the stamp and the footer. */
    long PAGE_OVERHEAD_BYTES = 1_500;

    int pages();

    /** About how many bytes the pages from (inclusive) to (exclusive) add to a PDF. */
    long estimate(int from, int to);

    /** Whether the pages may be spread over parts (only an imported PDF's pages can). */
    default boolean splittable() {
        return false;
    }

    /** A photo re-encoded as a JPEG in the work folder, with the size it is drawn at in points. */
    record Photo(Path jpeg, long bytes, int pixelWidth, int pixelHeight, float width, float height,
            String coordinates, List<String> notes) implements Rendition {
        public Photo {
            Objects.requireNonNull(jpeg, "jpeg");
            notes = List.copyOf(notes);
        }

        @Override
        public int pages() {
            return 1;
        }

        @Override
        public long estimate(int from, int to) {
            return bytes + PAGE_OVERHEAD_BYTES + TEXT_PAGE_BYTES / 2;
        }
    }

    /**
     * A PDF whose pages are imported as they are; opened again when its part is written. A page too big for any part
     * on its own is drawn as a picture instead ({@code pictured}, 0-based page numbers).
     */
    record Pdf(Path file, int pages, long fileBytes, Set<Integer> pictured) implements Rendition {

        /** About what a page drawn as a 150 dpi picture takes. */
        static final long PICTURED_PAGE_BYTES = 450_000;

        public Pdf {
            Objects.requireNonNull(file, "file");
            if (pages < 1) {
                throw new IllegalArgumentException("A PDF exhibit needs a page: " + pages);
            }
            pictured = Set.copyOf(pictured);
        }

        Pdf(Path file, int pages, long fileBytes) {
            this(file, pages, fileBytes, Set.of());
        }

        /** The same PDF with one more page to be drawn as a picture. */
        Pdf picturing(int page) {
            Set<Integer> more = new HashSet<>(pictured);
            more.add(page);
            return new Pdf(file, pages, fileBytes, more);
        }

        @Override
        public long estimate(int from, int to) {
            long bytes = 0;
            for (int page = from; page < to; page++) {
                bytes += (pictured.contains(page) ? PICTURED_PAGE_BYTES : fileBytes / pages) + PAGE_OVERHEAD_BYTES;
            }
            return bytes;
        }

        @Override
        public boolean splittable() {
            return true;
        }
    }

    /** Pages of text (a call, an email, an information page), laid out again when written, the same each time. */
    record Text(int pages, TextLayout layout) implements Rendition {
        public Text {
            Objects.requireNonNull(layout, "layout");
        }

        @Override
        public long estimate(int from, int to) {
            return (to - from) * (TEXT_PAGE_BYTES + PAGE_OVERHEAD_BYTES);
        }
    }

    /** Lays out an exhibit's text pages in the exhibit frame. */
    @FunctionalInterface
    interface TextLayout {
        List<Sheet> lay(Metrics metrics) throws IOException;
    }
}
