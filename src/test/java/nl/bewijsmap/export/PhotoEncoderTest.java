package nl.bewijsmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoEncoderTest {

    @TempDir
    Path folder;

    private static BufferedImage noise() {
        Random random = new Random(11);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    @Test
    void encodingWritesNoCacheFileWithThePhotoInTheTemporaryFolder() throws IOException {
        // A cache folder that is gone: encoding through ImageIO's file cache fails here, encoding in memory does not.
        Path cache = Files.createDirectory(folder.resolve("cache"));
        boolean used = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageIO.setCacheDirectory(cache.toFile());
        try {
            Files.delete(cache);
            byte[] jpeg = PhotoEncoder.jpeg(noise(), 0.8f);
            assertThat(jpeg).isNotEmpty();
            assertThat(ImageIO.getUseCache()).as("the encoder leaves ImageIO's setting alone").isTrue();
        } finally {
            ImageIO.setCacheDirectory(null);
            ImageIO.setUseCache(used);
        }
    }

    @Test
    void whenNothingFitsTheLowestQualityIsTried() throws IOException {
        BufferedImage image = noise();

        byte[] jpeg = PhotoEncoder.withinBytes(image, 1);

        assertThat(jpeg).hasSize(PhotoEncoder.jpeg(image, PhotoEncoder.MIN_QUALITY).length);
        assertThat(PhotoEncoder.jpeg(image, 0.55f).length).isGreaterThan(jpeg.length);
    }

    @Test
    void theBestQualityThatFitsIsKept() throws IOException {
        BufferedImage image = noise();
        long atBest = PhotoEncoder.jpeg(image, 0.85f).length;

        assertThat(PhotoEncoder.withinBytes(image, atBest)).hasSize((int) atBest);
    }
}
