package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static java.nio.charset.StandardCharsets.US_ASCII;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Photos and pictures: which source a thumbnail comes from, its size, its turn, and refusals. */
class ThumbnailsTest {

    private static final int EDGE = 240;

    private final Thumbnails thumbnails = new Thumbnails();

    @TempDir
    Path dir;

    private Optional<BufferedImage> make(byte[] content, MediaType type) throws IOException {
        Path file = Files.write(dir.resolve("picture." + type.extension()), content);
        return thumbnails.make(file, type, EDGE);
    }

    private BufferedImage thumbnailOf(byte[] content, MediaType type) throws IOException {
        return make(content, type).orElseThrow(() -> new AssertionError("no thumbnail"));
    }

    @Test
    void aLargeEnoughExifPreviewIsUsedInsteadOfDecodingThePhoto() throws IOException {
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(1200, 900, Color.BLUE), 1,
                TestPictures.jpeg(160, 120, Color.GREEN));

        BufferedImage thumbnail = thumbnailOf(photo, MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(160);
        assertThat(thumbnail.getHeight()).isEqualTo(120);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("green");
    }

    @Test
    void aPreviewSmallerThanHalfTheSizeIsIgnored() throws IOException {
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(1200, 900, Color.BLUE), 1,
                TestPictures.jpeg(80, 60, Color.GREEN));

        BufferedImage thumbnail = thumbnailOf(photo, MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("blue");
    }

    @Test
    void aPreviewOfAnotherShapeIsIgnoredBecauseItHasBlackBars() throws IOException {
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(1600, 900, Color.BLUE), 1,
                TestPictures.jpeg(160, 120, Color.GREEN));

        BufferedImage thumbnail = thumbnailOf(photo, MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(135);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("blue");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            1200, 900, 240, 180
            900, 1200, 180, 240
            100, 80, 100, 80
            """)
    void aJpegWithoutExifIsShrunkToTheLongerEdgeButNeverEnlarged(int w, int h, int expectedW, int expectedH)
            throws IOException {
        BufferedImage thumbnail = thumbnailOf(TestPictures.jpeg(w, h, Color.BLUE), MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(expectedW);
        assertThat(thumbnail.getHeight()).isEqualTo(expectedH);
        assertThat(thumbnail.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
    }

    @Test
    void aTwelveMegapixelPhotoComesOutAtThumbnailSize() throws IOException {
        BufferedImage thumbnail = thumbnailOf(TestPictures.jpeg(4000, 3000, Color.BLUE), MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("blue");
    }

    /** Stored landscape with a red top-left quarter: where the red ends up shows how the photo was turned. */
    @ParameterizedTest(name = "orientation {0} puts the stored top-left at the {1}")
    @CsvSource(textBlock = """
            1, top-left, 240, 180
            2, top-right, 240, 180
            3, bottom-right, 240, 180
            4, bottom-left, 240, 180
            5, top-left, 180, 240
            6, top-right, 180, 240
            7, bottom-right, 180, 240
            8, bottom-left, 180, 240
            """)
    void theExifOrientationTurnsThePhotoUpright(int orientation, String corner, int expectedW, int expectedH)
            throws IOException {
        BufferedImage stored = TestPictures.solid(400, 300, Color.BLUE);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 200, 150);
        g.dispose();

        BufferedImage thumbnail = thumbnailOf(TestPictures.withExif(TestPictures.jpeg(stored), orientation, null),
                MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(expectedW);
        assertThat(thumbnail.getHeight()).isEqualTo(expectedH);
        double x = corner.endsWith("left") ? 0.1 : 0.9;
        double y = corner.startsWith("top") ? 0.1 : 0.9;
        assertThat(TestPictures.colourAt(thumbnail, x, y)).isEqualTo("red");
        assertThat(TestPictures.colourAt(thumbnail, 1 - x, 1 - y)).isEqualTo("blue");
    }

    @Test
    void theExifPreviewIsTurnedUprightToo() throws IOException {
        byte[] photo = TestPictures.withExif(TestPictures.jpeg(1200, 900, Color.BLUE), 6,
                TestPictures.jpeg(160, 120, Color.GREEN));

        BufferedImage thumbnail = thumbnailOf(photo, MediaType.JPEG);

        assertThat(thumbnail.getWidth()).isEqualTo(120);
        assertThat(thumbnail.getHeight()).isEqualTo(160);
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("green");
    }

    @Test
    void aTransparentPngIsShrunkAndLaidOnWhite() throws IOException {
        BufferedImage picture = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(300, 200, 200, 200);
        g.dispose();

        BufferedImage thumbnail = thumbnailOf(TestPictures.png(picture), MediaType.PNG);

        assertThat(thumbnail.getWidth()).isEqualTo(240);
        assertThat(thumbnail.getHeight()).isEqualTo(180);
        assertThat(thumbnail.getColorModel().hasAlpha()).isFalse();
        assertThat(TestPictures.colourAt(thumbnail, 0.05, 0.05)).isEqualTo("white");
        assertThat(TestPictures.colourAt(thumbnail, 0.5, 0.5)).isEqualTo("black");
    }

    /** Valid PNGs a few hundred kilobytes small, which ImageIO would decode slowly but without complaint. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            50000, 50000, false
            12000, 10000, false
            9000, 9000, true
            """)
    void picturesOverOneHundredMegapixelsAreRefusedBeforeDecoding(int w, int h, boolean decoded) throws IOException {
        assertThat(make(TestPictures.blankPng(w, h), MediaType.PNG).isPresent()).isEqualTo(decoded);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            JPEG, empty
            JPEG, noise
            JPEG, cut
            PNG, noise
            PNG, cut
            WEBP, noise
            TIFF, noise
            HEIF, noise
            HEIF, empty
            PDF, noise
            PDF, cut
            """)
    void brokenFilesGiveNoThumbnailAndThrowNothing(MediaType type, String damage) throws IOException {
        byte[] whole = switch (type) {
            case PNG -> TestPictures.png(TestPictures.solid(300, 200, Color.BLUE));
            case PDF -> "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(US_ASCII);
            default -> TestPictures.jpeg(300, 200, Color.BLUE);
        };
        byte[] content = switch (damage) {
            case "empty" -> new byte[0];
            case "noise" -> TestPictures.noise(4096);
            // Cut inside the header: before the JPEG's frame, the PNG's image data, the PDF's first object.
            default -> Arrays.copyOf(whole, type == MediaType.JPEG ? 100 : type == MediaType.PNG ? 40 : 9);
        };

        assertThat(make(content, type)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MediaType.class, names = {"MP4", "QUICKTIME", "THREE_GPP", "EMAIL", "OUTLOOK_MSG", "TEXT",
        "UNKNOWN"})
    void typesWithoutPicturesGiveNothingWhateverTheBytes(MediaType type) throws IOException {
        assertThat(Thumbnails.supports(type)).isFalse();
        assertThat(make(TestPictures.jpeg(300, 200, Color.BLUE), type)).isEmpty();
    }

    @Test
    void aSizeBelowOneIsAProgrammingError() {
        assertThatThrownBy(() -> thumbnails.make(dir.resolve("x.jpg"), MediaType.JPEG, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
