package nl.bewijsmap.intake;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;

/** Pictures made in the test itself: JPEGs with a chosen EXIF orientation and preview, PNG bombs. */
public final class TestPictures {

    private TestPictures() {
    }

    public static BufferedImage solid(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpg");
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    /** A plain JPEG of one colour. */
    public static byte[] jpeg(int width, int height, Color colour) {
        return jpeg(solid(width, height, colour));
    }

    /**
     * The JPEG with an EXIF block (APP1) holding the orientation and, unless null, the preview JPEG in
     * IFD1, as cameras write it: offsets count from the TIFF header.
     */
    public static byte[] withExif(byte[] jpeg, int orientation, byte[] preview) {
        byte[] tiff = tiff(orientation, preview);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        int length = 2 + 6 + tiff.length;
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, 0, 4);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Little-endian TIFF: header, IFD0 with the orientation, then IFD1 and the preview right after it. */
    private static byte[] tiff(int orientation, byte[] preview) {
        int ifd1 = 8 + 2 + 12 + 4;
        int data = ifd1 + 2 + 3 * 12 + 4;
        int size = data + (preview == null ? 0 : preview.length);
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 1);
        entry(b, 0x0112, 3, orientation);
        b.putInt(preview == null ? 0 : ifd1);
        if (preview != null) {
            b.putShort((short) 3);
            entry(b, 0x0103, 3, 6);
            entry(b, 0x0201, 4, data);
            entry(b, 0x0202, 4, preview.length);
            b.putInt(0);
            b.put(preview);
        }
        byte[] bytes = new byte[b.position()];
        b.flip().get(bytes);
        return bytes;
    }

    private static void entry(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    /**
     * A valid black-and-white PNG of the given size whose pixels are all zero: tiny on disk, any size when
     * decoded. Every decoder reads it; only a size check refuses it.
     */
    public static byte[] blankPng(int width, int height) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            byte[] row = new byte[1 + (width + 7) / 8];
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat)) {
                for (int y = 0; y < height; y++) {
                    z.write(row);
                }
            }
            return pngOf(width, height, idat.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pngOf(int width, int height, byte[] idat) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
            ihdr.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", ihdr.array());
            chunk(out, "IDAT", idat);
            chunk(out, "IEND", new byte[0]);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** The same random bytes on every run. */
    public static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    /** The plain name of the colour at a point given in fractions of width and height, or its RGB in hex. */
    public static String colourAt(BufferedImage image, double x, double y) {
        int rgb = image.getRGB((int) (x * (image.getWidth() - 1)), (int) (y * (image.getHeight() - 1)));
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        String[] names = {"black", "blue", "green", "cyan", "red", "magenta", "yellow", "white"};
        boolean clear = Math.min(Math.abs(r - 128), Math.min(Math.abs(g - 128), Math.abs(b - 128))) > 64;
        return clear ? names[(r > 128 ? 4 : 0) + (g > 128 ? 2 : 0) + (b > 128 ? 1 : 0)]
                : String.format("#%06x", rgb & 0xffffff);
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
