package nl.bewijsmap.intake;

import com.drew.imaging.ImageMetadataReader;
import java.awt.image.BufferedImage;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import nl.bewijsmap.domain.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the small upright picture shown for an evidence item: from the camera's own preview when it is
 * good enough, else by decoding only as much of the file as the size needs. Blocking; never on the FX thread.
 */
public final class Thumbnails {

    private static final Logger LOG = LoggerFactory.getLogger(Thumbnails.class);
    /** The camera's preview is usually 160 x 120; shown a little enlarged it still beats decoding 12 MP. */
    private static final int EMBEDDED_MIN_SHARE = 2;
    /** A preview whose shape differs more than this from the photo's has black bars or is cropped. */
    private static final double SHAPE_TOLERANCE = 0.05;

    /** Whether {@link #make} can give anything for this type; videos, emails and text show an icon. */
    public static boolean supports(MediaType type) {
        return type != null && (type.isImage() || type == MediaType.PDF);
    }

    /**
     * An RGB picture of the file whose longer edge is at most {@code maxEdge} pixels, turned upright;
     * empty for types without pictures and for files that cannot be decoded, which are logged, not thrown.
     *
     * @throws IllegalArgumentException when maxEdge is less than 1
     */
    public Optional<BufferedImage> make(Path file, MediaType type, int maxEdge) {
        Objects.requireNonNull(file, "file");
        if (maxEdge < 1) {
            throw new IllegalArgumentException("maxEdge must be positive: " + maxEdge);
        }
        if (!supports(type)) {
            return Optional.empty();
        }
        try {
            BufferedImage picture = switch (type) {
                case JPEG -> jpeg(file, maxEdge);
                case HEIF -> heif(file, maxEdge);
                case PDF -> PdfThumbnail.render(file, maxEdge);
                default -> other(file, maxEdge);
            };
            return Optional.ofNullable(picture).map(p -> Scaling.fit(p, maxEdge));
        } catch (VirtualMachineError e) {
            throw e; // out of memory says nothing lasting about the file: the caller must not mark it broken
        } catch (Throwable t) {
            // Hostile or broken files make decoders throw anything; the item simply shows an icon.
            if (t instanceof InterruptedIOException || t instanceof ClosedByInterruptException) {
                Thread.currentThread().interrupt();
            }
            LOG.info("No thumbnail for {}: {}", file.getFileName(), t.toString());
            LOG.debug("Thumbnail failure for {}", file.getFileName(), t);
            return Optional.empty();
        }
    }

    private static BufferedImage jpeg(Path file, int maxEdge) throws Exception {
        EmbeddedExif exif = jpegExif(file);
        try (SubsampledReader reader = SubsampledReader.open(file)) {
            BufferedImage preview = preview(exif, maxEdge, reader.width(), reader.height());
            BufferedImage picture = preview != null ? preview : reader.read(maxEdge);
            return Orientation.apply(Scaling.fit(picture, maxEdge), exif.orientation());
        }
    }

    /** Damaged EXIF must not cost the photo its thumbnail: the pixels may be fine. */
    private static EmbeddedExif jpegExif(Path file) {
        try {
            return EmbeddedExif.ofJpeg(file);
        } catch (Exception | StackOverflowError e) {
            LOG.info("Unreadable EXIF in {}: {}", file.getFileName(), e.toString());
            return EmbeddedExif.NONE;
        }
    }

    /** The camera's preview when it is big enough and shaped like the photo, else null. */
    private static BufferedImage preview(EmbeddedExif exif, int maxEdge, int width, int height) {
        BufferedImage preview = decodePreview(exif, maxEdge);
        if (preview == null) {
            return null;
        }
        int longer = Math.max(preview.getWidth(), preview.getHeight());
        double photoShape = (double) width / height;
        double previewShape = (double) preview.getWidth() / preview.getHeight();
        boolean sameShape = Math.abs(previewShape - photoShape) <= SHAPE_TOLERANCE * photoShape;
        return longer * EMBEDDED_MIN_SHARE >= maxEdge && sameShape ? preview : null;
    }

    private static BufferedImage decodePreview(EmbeddedExif exif, int maxEdge) {
        if (exif.thumbnail() == null) {
            return null;
        }
        try (SubsampledReader reader = SubsampledReader.open(exif.thumbnail())) {
            return reader.read(maxEdge);
        } catch (Exception e) {
            LOG.info("Unreadable embedded preview: {}", e.toString());
            return null;
        }
    }

    /** No HEVC decoder in Java: the EXIF preview, when the phone stored one, is all there is. */
    private static BufferedImage heif(Path file, int maxEdge) throws Exception {
        EmbeddedExif exif = EmbeddedExif.ofHeif(file);
        BufferedImage preview = decodePreview(exif, maxEdge);
        if (preview == null) {
            LOG.info("No thumbnail for {}: HEIF without an EXIF preview", file.getFileName());
            return null;
        }
        return Orientation.apply(Scaling.fit(preview, maxEdge), exif.orientation());
    }

    /** PNG, WebP and TIFF: decoded by ImageIO (TwelveMonkeys for WebP), turned by their EXIF if they have it. */
    private static BufferedImage other(Path file, int maxEdge) throws Exception {
        BufferedImage picture;
        try (SubsampledReader reader = SubsampledReader.open(file)) {
            picture = Scaling.fit(reader.read(maxEdge), maxEdge);
        }
        return Orientation.apply(picture, otherOrientation(file));
    }

    private static int otherOrientation(Path file) {
        try {
            return EmbeddedExif.orientationOf(ImageMetadataReader.readMetadata(file.toFile()));
        } catch (Exception | StackOverflowError e) {
            LOG.debug("No orientation for {}: {}", file.getFileName(), e.toString());
            return EmbeddedExif.UPRIGHT;
        }
    }
}
