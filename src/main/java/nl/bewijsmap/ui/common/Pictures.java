package nl.bewijsmap.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns pictures made by the services (AWT images) into images JavaFX can show. */
public final class Pictures {

    private Pictures() {
    }

    /** Copies the pixels; call it off the FX thread for big pictures, the result may be shown from any thread. */
    public static Image toImage(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] argb = picture.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
