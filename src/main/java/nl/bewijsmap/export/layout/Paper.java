package nl.bewijsmap.export.layout;

/** The A4 sheet every page of the package is, in PDF points (1/72 inch), and millimetres in points. */
public final class Paper {

    public static final float WIDTH = mm(210);
    public static final float HEIGHT = mm(297);

    private Paper() {
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }
}
