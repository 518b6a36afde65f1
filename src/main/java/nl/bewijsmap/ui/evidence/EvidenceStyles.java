package nl.bewijsmap.ui.evidence;

import javafx.css.PseudoClass;

/** Pseudo-classes the evidence screens set; their looks are in bewijsmap.css. */
public final class EvidenceStyles {

    /** A date a dispute body would not take on its own (file date, or none). */
    public static final PseudoClass WEAK = PseudoClass.getPseudoClass("weak");
    /** The evidence pane while files are dragged over it. */
    static final PseudoClass DROP = PseudoClass.getPseudoClass("drop");

    private EvidenceStyles() {
    }
}
