package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of a package's files: {@code NAME.pdf} when it is one file, else {@code NAME-1.pdf}, {@code NAME-2.pdf},
 * … beside it. Replacing a package replaces all of it: files of an earlier package under the same name that this
 * one does not write again (a part 4 when there are now 3, or the single file when there are now parts) are
 * removed, but only when they are PDFs made by Bewijsmap.
 */
final class PackageFiles {

    private static final Logger LOG = LoggerFactory.getLogger(PackageFiles.class);
    private static final String PDF = ".pdf";

    private final Path out;
    private final String base;

    PackageFiles(Path out) {
        this.out = out.toAbsolutePath();
        String name = this.out.getFileName().toString();
        this.base = name.toLowerCase(Locale.ROOT).endsWith(PDF) ? name.substring(0, name.length() - PDF.length())
                : name;
    }

    /** The files of a package of this many parts, in order. */
    List<Path> files(int parts) {
        if (parts == 1) {
            return List.of(out);
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= parts; i++) {
            files.add(part(i));
        }
        return files;
    }

    Path part(int number) {
        return out.resolveSibling(base + "-" + number + PDF);
    }

    /** Removes what an earlier package of this name left that a package of {@code parts} files does not replace. */
    void removeStale(int parts) {
        if (parts > 1) {
            removeIfOurs(out);
        }
        for (int i = parts == 1 ? 1 : parts + 1; Files.exists(part(i)); i++) {
            removeIfOurs(part(i));
        }
    }

    private static void removeIfOurs(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            boolean ours;
            try (PDDocument document = PdfSource.open(file)) {
                ours = Info.CREATOR.equals(document.getDocumentInformation().getCreator());
            }
            if (ours) {
                Files.delete(file);
                LOG.info("Removed {}, left from an earlier package of the same name", file.getFileName());
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("Left {} alone: {}", file.getFileName(), e.toString());
        }
    }
}
