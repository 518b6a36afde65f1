package nl.bewijsmap.export.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page as laid out: what it shows, not yet drawn into any document. */
public final class Sheet {

    private final List<Draw> draws = new ArrayList<>();

    public void add(Draw draw) {
        draws.add(draw);
    }

    public List<Draw> draws() {
        return Collections.unmodifiableList(draws);
    }

    public boolean isEmpty() {
        return draws.isEmpty();
    }
}
