package nl.bewijsmap.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The files the export benchmark imports: camera-like photos with EXIF and GPS, and PDFs of text pages. */
final class BenchFiles {

    private BenchFiles() {
    }

    /**
     * Camera-like photos: a few distinct pictures with texture and sensor noise (so each file is a few MB, as a
     * camera's are), each saved many times with its own EXIF block (date, GPS), so no two files are the same.
     */
    static List<Path> photos(Path folder, int count, int width, int height) throws IOException {
        int variants = Math.min(4, count);
        List<byte[]> encoded = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            encoded.add(picture(new Random(42 + v), width, height));
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] jpeg = encoded.get(i % variants);
            byte[] exif = exif(LocalDateTime.of(2026, 2, 14, 9, 0).plusMinutes(i * 7L), 52.0907 + i * 1e-4,
                    5.1214 + i * 1e-4);
            Path file = folder.resolve(String.format("IMG_%04d.jpg", i));
            try (var out = Files.newOutputStream(file)) {
                out.write(jpeg, 0, 2);
                out.write(exif);
                out.write(jpeg, 2, jpeg.length - 2);
            }
            files.add(file);
        }
        return files;
    }

    private static byte[] picture(Random random, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        double phase = random.nextDouble() * 10;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(40) - 20;
                int r = (int) (128 + 90 * Math.sin(x / 170.0 + y / 330.0 + phase)) + noise;
                int g = (int) (120 + 80 * Math.sin(y / 140.0 + phase)) + noise;
                int b = (int) (110 + 70 * Math.cos((x + y) / 260.0)) + noise;
                image.setRGB(x, y, clamp(r) << 16 | clamp(g) << 8 | clamp(b));
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** An APP1 EXIF segment: IFD0 (make, date), the EXIF IFD (date taken) and the GPS IFD (latitude, longitude). */
    private static byte[] exif(LocalDateTime taken, double latitude, double longitude) {
        String date = String.format("%04d:%02d:%02d %02d:%02d:%02d\0", taken.getYear(), taken.getMonthValue(),
                taken.getDayOfMonth(), taken.getHour(), taken.getMinute(), taken.getSecond());
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: Make, DateTime, ExifIFD pointer, GPS pointer
        int ifd0 = 8;
        int ifd0Size = 2 + 4 * 12 + 4;
        int makeAt = ifd0 + ifd0Size;
        byte[] make = "Bewijsmap Bench\0".getBytes(StandardCharsets.US_ASCII);
        int dateAt = makeAt + make.length;
        int exifAt = dateAt + 20;
        int exifSize = 2 + 12 + 4;
        int exifDateAt = exifAt + exifSize;
        int gpsAt = exifDateAt + 20;
        int gpsSize = 2 + 4 * 12 + 4;
        int latAt = gpsAt + gpsSize;
        int lonAt = latAt + 24;
        tiff.position(ifd0);
        tiff.putShort((short) 4);
        entry(tiff, 0x010F, 2, make.length, makeAt);
        entry(tiff, 0x0132, 2, 20, dateAt);
        entry(tiff, 0x8769, 4, 1, exifAt);
        entry(tiff, 0x8825, 4, 1, gpsAt);
        tiff.putInt(0);
        tiff.put(make);
        tiff.put(date.getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, 20, exifDateAt);
        tiff.putInt(0);
        tiff.put(date.getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 4);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0002, 5, 3, latAt);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        entry(tiff, 0x0004, 5, 3, lonAt);
        tiff.putInt(0);
        degrees(tiff, latitude);
        degrees(tiff, longitude);
        int length = tiff.position();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(0xE1);
        int size = length + 6 + 2;
        segment.write(size >> 8);
        segment.write(size & 0xFF);
        segment.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.write(tiff.array(), 0, length);
        return segment.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int offset) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
    }

    private static void degrees(ByteBuffer tiff, double value) {
        double abs = Math.abs(value);
        int d = (int) abs;
        int m = (int) ((abs - d) * 60);
        int s = (int) Math.round(((abs - d) * 60 - m) * 60 * 1000);
        tiff.putInt(d).putInt(1).putInt(m).putInt(1).putInt(s).putInt(1000);
    }

    /** Ten PDFs of five text pages each. */
    static List<Path> pdfs(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int i = 0; i < 10; i++) {
            Path file = folder.resolve(String.format("document-%02d.pdf", i));
            try (PDDocument document = new PDDocument()) {
                for (int p = 0; p < 5; p++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                        out.beginText();
                        out.setFont(font, 11);
                        out.newLineAtOffset(72, 760);
                        for (int line = 0; line < 45; line++) {
                            out.showText("Document " + i + ", page " + (p + 1) + ", line " + (line + 1)
                                    + ": factuur, leveringsvoorwaarden en correspondentie.");
                            out.newLineAtOffset(0, -15);
                        }
                        out.endText();
                    }
                }
                document.save(file.toFile());
            }
            files.add(file);
        }
        return files;
    }
}
