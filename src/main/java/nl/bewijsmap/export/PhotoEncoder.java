package nl.bewijsmap.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.Orientation;
import nl.bewijsmap.intake.Scaling;
import nl.bewijsmap.intake.SubsampledReader;
import nl.bewijsmap.intake.Thumbnails;

/**
 * Turns a stored photo into the JPEG its exhibit page shows: upright, no more pixels than 200 dpi at the size it is
 * drawn, decoded skipping rows and columns so a 12 MP photo never sits in memory whole, and without any metadata
 * unless the consumer asked to keep the location (then the original EXIF block goes with it, GPS included).
 * Thread-safe: two photos may be encoded at once.
 */
final class PhotoEncoder {

    /** Sharp on paper and on screen, a tenth of what a camera stores. */
    static final float DPI = 200;
    private static final float MIN_DPI = 100;
    private static final float QUALITY = 0.85f;
    static final float MIN_QUALITY = 0.45f;
    private static final float QUALITY_STEP = 0.15f;

    /** What was written, and the size to draw it at, in points. */
    record Result(int pixelWidth, int pixelHeight, float width, float height, long bytes, boolean previewOnly,
            boolean damaged) {
    }

    private final Thumbnails thumbnails = new Thumbnails();

    /**
     * Writes the photo as a JPEG to {@code out}, as large as fits the box (in points) at 200 dpi, never larger
     * than it is.
     *
     * @param maxBytes lower the quality until the JPEG is no bigger than this (a part must hold it)
     */
    Result encode(Path source, MediaType type, PhotoMetadata metadata, Path out, float boxWidth, float boxHeight,
            boolean keepExif, long maxBytes) throws IOException {
        BufferedImage upright;
        boolean previewOnly = false;
        List<String> warnings = new ArrayList<>();
        if (type == MediaType.HEIF) {
            // No HEVC decoder in Java: the preview the phone stored in the file is all that can be shown.
            Optional<BufferedImage> preview = thumbnails.make(source, type, pixels(boxWidth));
            upright = preview.orElseThrow(() -> new IOException("HEIF without a preview"));
            previewOnly = true;
        } else {
            upright = decode(source, metadata.orientation(), boxWidth, boxHeight, warnings);
        }
        // As large as the box allows; a small picture no larger than at 100 dpi, where its pixels start to show,
        // but never smaller than half the box, so a tiny picture is still seen.
        float fit = Math.min(boxWidth / upright.getWidth(), boxHeight / upright.getHeight());
        float scale = Math.min(fit, Math.max(72f / MIN_DPI, fit / 2));
        float width = upright.getWidth() * scale;
        float height = upright.getHeight() * scale;
        byte[] exif = keepExif && metadata.exif() != null ? ExifSegment.upright(metadata.exif()) : null;
        byte[] jpeg = withinBytes(upright, maxBytes);
        if (exif != null) {
            jpeg = ExifSegment.insert(jpeg, exif);
        }
        Files.write(out, jpeg);
        return new Result(upright.getWidth(), upright.getHeight(), width, height, jpeg.length, previewOnly,
                cutShort(warnings));
    }

    /**
     * The picture as a JPEG at the best quality whose size stays within {@code maxBytes}, trying 0.85, 0.70, 0.55 and
     * last the lowest, 0.45; at the lowest when even that is bigger.
     */
    static byte[] withinBytes(BufferedImage image, long maxBytes) throws IOException {
        float quality = QUALITY;
        byte[] jpeg = jpeg(image, quality);
        while (jpeg.length > maxBytes && quality > MIN_QUALITY) {
            quality = Math.max(MIN_QUALITY, quality - QUALITY_STEP);
            jpeg = jpeg(image, quality);
        }
        return jpeg;
    }

    /** Decodes just enough pixels for the box at 200 dpi, shrinks them smoothly, then turns the picture upright. */
    private static BufferedImage decode(Path source, int orientation, float boxWidth, float boxHeight,
            List<String> warnings) throws IOException {
        try (SubsampledReader reader = SubsampledReader.open(source)) {
            int w = reader.width();
            int h = reader.height();
            boolean turned = orientation >= 5;
            int uprightW = turned ? h : w;
            int uprightH = turned ? w : h;
            double fit = Math.min(boxWidth / uprightW, boxHeight / uprightH) * DPI / 72;
            int longEdge = (int) Math.round(Math.max(w, h) * Math.min(1.0, fit));
            BufferedImage decoded = reader.readAtLeast(longEdge);
            warnings.addAll(reader.warnings());
            return Orientation.apply(Scaling.fit(decoded, Math.max(1, longEdge)), orientation);
        }
    }

    /**
     * Whether the decoder ran out of data (a truncated file: the rest of the picture is grey). Other warnings, such
     * as a few stray bytes between markers, leave the picture whole and are not worth alarming a reader about.
     */
    static boolean cutShort(List<String> warnings) {
        for (String warning : warnings) {
            String lower = warning.toLowerCase(Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncated") || lower.contains("missing eoi")) {
                return true;
            }
        }
        return false;
    }

    private static int pixels(float points) {
        return Math.max(1, Math.round(points / 72 * DPI));
    }

    /**
     * The picture as a baseline JPEG with no metadata but the JFIF header. Encoded in memory only: ImageIO's default
     * stream for a byte array caches in a temporary file, which would put the consumer's photo in the system's
     * temporary folder, and leave it there when the process is killed.
     */
    static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("No JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
