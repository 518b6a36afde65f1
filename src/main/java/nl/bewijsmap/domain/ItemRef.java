package nl.bewijsmap.domain;

import java.util.Objects;

/** Points at one item of a dossier; evidence, calls and events each number their own items. */
public record ItemRef(Type type, long id) {

    /** Which list of the dossier the id belongs to. */
    public enum Type {
        EVIDENCE,
        CALL,
        EVENT
    }

    public ItemRef {
        Objects.requireNonNull(type, "type");
    }

    public static ItemRef evidence(long id) {
        return new ItemRef(Type.EVIDENCE, id);
    }

    public static ItemRef call(long id) {
        return new ItemRef(Type.CALL, id);
    }

    public static ItemRef event(long id) {
        return new ItemRef(Type.EVENT, id);
    }
}
