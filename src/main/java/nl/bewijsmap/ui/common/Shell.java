package nl.bewijsmap.ui.common;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** What the app asks of the computer's own programs: a PDF viewer, the file manager, the mail program. */
public interface Shell {

    /** Opens a file in the program the system uses for it. Called on a worker thread. */
    void open(Path file) throws IOException;

    /** Shows the file in the system's file manager (its folder, where the file cannot be picked out). */
    void showInFolder(Path file) throws IOException;

    /** Starts a new email in the user's mail program from a {@code mailto:} address. */
    void mail(URI mailto) throws IOException;
}
