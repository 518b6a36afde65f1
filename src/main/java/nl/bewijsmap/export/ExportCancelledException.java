package nl.bewijsmap.export;

/** The consumer stopped an export; nothing it had written is left behind. */
public final class ExportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("The export was cancelled.");
    }
}
