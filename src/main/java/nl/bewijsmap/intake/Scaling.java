package nl.bewijsmap.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Shrinks a decoded picture, for a thumbnail or a page of the PDF package, as plain RGB, so it saves as JPEG without
 * colour trouble.
 */
public final class Scaling {

    private Scaling() {
    }

    /**
     * An RGB copy whose longer edge is at most {@code maxEdge}; never enlarged. Transparent parts become
     * white, the page colour screenshots and scans are usually shown on.
     */
    public static BufferedImage fit(BufferedImage image, int maxEdge) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * scale));
        int targetH = Math.max(1, (int) Math.round(h * scale));
        BufferedImage current = image;
        // Bilinear sampling skips pixels beyond a factor of two, which makes fine detail sparkle; halving
        // in steps first keeps every pixel counted.
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetW || current.getHeight() != targetH
                || current.getType() != BufferedImage.TYPE_INT_RGB) {
            current = draw(current, targetW, targetH);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
