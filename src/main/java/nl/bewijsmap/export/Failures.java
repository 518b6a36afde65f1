package nl.bewijsmap.export;

/** Telling a broken file apart from a broken process, where parsers throw anything at all. */
final class Failures {

    private Failures() {
    }

    /**
     * Rethrows what says nothing about the file but about the process (out of memory, an internal JVM error, the
     * consumer cancelling); everything else, stack overflows on hostile files included, is the file's.
     */
    static void rethrowFatal(Throwable t) {
        if (t instanceof OutOfMemoryError || t instanceof InternalError) {
            throw (Error) t;
        }
        if (t instanceof ExportCancelledException cancelled) {
            throw cancelled;
        }
    }
}
