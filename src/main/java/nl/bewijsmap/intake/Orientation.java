package nl.bewijsmap.intake;

import java.awt.image.BufferedImage;

/** Turns a picture as stored into the picture as meant to be seen, following the EXIF Orientation tag (1–8). */
public final class Orientation {

    private Orientation() {
    }

    /** A new RGB image for orientations 2–8; the same image for 1 and for values outside 1–8. */
    public static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        int outW = turned ? h : w;
        int outH = turned ? w : h;
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[source.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                target[y * outW + x] = source[sourceIndex(orientation, x, y, w, h)];
            }
        }
        BufferedImage result = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, outW, outH, target, 0, outW);
        return result;
    }

    /** Which stored pixel shows at (x, y) of the upright picture; w and h are the stored size. */
    private static int sourceIndex(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> y * w + (w - 1 - x);                 // mirrored left to right
            case 3 -> (h - 1 - y) * w + (w - 1 - x);       // upside down
            case 4 -> (h - 1 - y) * w + x;                 // mirrored top to bottom
            case 5 -> x * w + y;                           // transposed
            case 6 -> (h - 1 - x) * w + y;                 // needs a quarter turn clockwise
            case 7 -> (h - 1 - x) * w + (w - 1 - y);       // transversed
            case 8 -> x * w + (w - 1 - y);                 // needs a quarter turn anticlockwise
            default -> y * w + x;
        };
    }
}
