package nl.bewijsmap.export.layout;

/** The rectangle of a page that text flows in, in PDF points from the bottom-left corner. */
public record Frame(float left, float bottom, float right, float top) {

    public Frame {
        if (right <= left || top <= bottom) {
            throw new IllegalArgumentException("An empty frame: " + left + "," + bottom + "," + right + "," + top);
        }
    }

    /** A frame on an A4 page with the given margins in millimetres. */
    public static Frame a4(double leftMm, double topMm, double rightMm, double bottomMm) {
        return new Frame(Paper.mm(leftMm), Paper.mm(bottomMm), Paper.WIDTH - Paper.mm(rightMm),
                Paper.HEIGHT - Paper.mm(topMm));
    }

    public float width() {
        return right - left;
    }

    public float height() {
        return top - bottom;
    }
}
