package nl.bewijsmap.intake;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.heif.HeifDirectory;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.webp.WebpDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.nio.file.Path;
import java.util.Locale;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a photo's date, size and kind from its metadata with metadata-extractor; never decodes pixels. */
final class PhotoReader {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoReader.class);

    /** Pictures larger than this are refused for display (decompression bombs); 200 megapixels. */
    static final long MAX_PIXELS = 200_000_000L;

    private final Placeholders placeholders;

    PhotoReader(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Reading read(Path file, MediaType type) throws Exception {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.PHOTO);
        Metadata metadata = null;
        try {
            metadata = ImageMetadataReader.readMetadata(file.toFile());
        } catch (Exception | StackOverflowError e) {
            // metadata-extractor throws unchecked exceptions on broken files; the fallback below may still help.
            LOG.info("metadata-extractor could not read {}: {}", file.getFileName(), e.toString());
            builder.problem(ImportProblem.DAMAGED, ImportDetail.PHOTO_DETAILS_UNREADABLE.name());
        }
        boolean exifFound = metadata != null && PhotoDates.offerAll(metadata, builder);
        if (!builder.hasTimestamp() && !exifFound && type == MediaType.HEIF) {
            Metadata raw = RawExif.scan(file);
            if (raw != null) {
                PhotoDates.offerAll(raw, builder);
            }
        }
        if (metadata != null) {
            checkSize(metadata, type, builder);
            if (type == MediaType.PNG && !hasCamera(metadata) || mentionsScreenshot(metadata)) {
                builder.kind(EvidenceKind.SCREENSHOT);
            }
        }
        return builder.build();
    }

    private static void checkSize(Metadata metadata, MediaType type, ReadingBuilder builder) {
        long pixels = -1;
        pixels = Math.max(pixels, area(metadata, JpegDirectory.class, JpegDirectory.TAG_IMAGE_WIDTH,
                JpegDirectory.TAG_IMAGE_HEIGHT));
        pixels = Math.max(pixels, area(metadata, PngDirectory.class, PngDirectory.TAG_IMAGE_WIDTH,
                PngDirectory.TAG_IMAGE_HEIGHT));
        pixels = Math.max(pixels, area(metadata, WebpDirectory.class, WebpDirectory.TAG_IMAGE_WIDTH,
                WebpDirectory.TAG_IMAGE_HEIGHT));
        pixels = Math.max(pixels, area(metadata, HeifDirectory.class, HeifDirectory.TAG_IMAGE_WIDTH,
                HeifDirectory.TAG_IMAGE_HEIGHT));
        pixels = Math.max(pixels, area(metadata, ExifIFD0Directory.class, ExifIFD0Directory.TAG_IMAGE_WIDTH,
                ExifIFD0Directory.TAG_IMAGE_HEIGHT));
        if (pixels > MAX_PIXELS) {
            builder.problem(ImportProblem.TOO_COMPLEX,
                    ImportDetail.PICTURE_TOO_LARGE.with(pixels / 1_000_000));
        } else if (pixels < 0 && type != MediaType.HEIF && type != MediaType.TIFF) {
            builder.problem(ImportProblem.DAMAGED, ImportDetail.NO_PICTURE_INSIDE.name());
        }
    }

    private static long area(Metadata metadata, Class<? extends Directory> type, int widthTag, int heightTag) {
        long best = -1;
        for (Directory dir : metadata.getDirectoriesOfType(type)) {
            Long width = dir.getLongObject(widthTag);
            Long height = dir.getLongObject(heightTag);
            if (width != null && height != null && width > 0 && height > 0) {
                best = Math.max(best, width * height);
            }
        }
        return best;
    }

    private static boolean hasCamera(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        return ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_MAKE);
    }

    /** iPhones write "Screenshot" into the EXIF UserComment; tools name themselves in Software/CreatorTool. */
    private static boolean mentionsScreenshot(Metadata metadata) {
        StringBuilder text = new StringBuilder();
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            text.append(' ').append(exif.getDescription(ExifSubIFDDirectory.TAG_USER_COMMENT));
        }
        for (ExifIFD0Directory ifd0 : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
            text.append(' ').append(ifd0.getString(ExifIFD0Directory.TAG_SOFTWARE));
        }
        for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
            text.append(' ').append(xmp.getXmpProperties().get("xmp:CreatorTool"));
            text.append(' ').append(xmp.getXmpProperties().get("exif:UserComment[1]"));
        }
        return text.toString().toLowerCase(Locale.ROOT).contains("screenshot");
    }
}
