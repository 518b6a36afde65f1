package nl.bewijsmap.ui.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Turns pixels taken from the clipboard into PNG bytes, the lossless form a screenshot is kept in. */
final class PngEncoder {

    private PngEncoder() {
    }

    static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("No picture of " + width + "x" + height + " in " + argb.length + " pixels");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
