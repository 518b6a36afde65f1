package nl.bewijsmap.export;

/** Hears how far an export is, and may ask it to stop; called from the exporting thread. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** How much of the work is done, and what is being done now, in the package's language. */
    void update(long done, long total, String message);

    /** Whether the consumer asked to stop; the export then stops and leaves no file behind. */
    boolean isCancelled();
}
