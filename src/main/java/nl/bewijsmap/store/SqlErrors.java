package nl.bewijsmap.store;

import java.sql.SQLException;

/** Turns SQLite's error codes into messages a consumer can act on. */
final class SqlErrors {

    // SQLite primary result codes; sqlite-jdbc reports them through SQLException.getErrorCode().
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqlErrors() {
    }

    static StoreException translate(SQLException e) {
        return new StoreException(message(e.getErrorCode() & 0xFF), e);
    }

    private static String message(int code) {
        return switch (code) {
            case BUSY, LOCKED -> "The data file is in use by another Bewijsmap window or command."
                    + " Close it and try again.";
            case READONLY -> "The data file cannot be written to. Check that it is not read-only.";
            case FULL -> "The disk is full. Free some space and try again.";
            case IOERR, CANTOPEN -> "The data file could not be read or written. Check the disk and try again.";
            case CORRUPT, NOTADB -> "The data file is damaged or is not a Bewijsmap data file.";
            default -> "Your data could not be read or saved because of an internal error.";
        };
    }
}
