package nl.bewijsmap.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the PDF files in order (one, or the numbered parts), the exhibits and the pages. */
public record PackageResult(List<Path> files, int exhibits, int pages) {

    public PackageResult {
        files = List.copyOf(files);
    }
}
