package nl.bewijsmap.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * One picture opened with ImageIO for a thumbnail or a page of the PDF package: the size comes from the header
 * alone, and the pixels are read skipping rows and columns, so a 12 MP photo never sits in memory at full size.
 */
public final class SubsampledReader implements AutoCloseable {

    /**
     * Pictures declaring more pixels than this are refused before decoding (decompression bombs). A
     * progressive JPEG makes the decoder buffer the whole picture outside the heap whatever we skip.
     */
    static final long MAX_PIXELS = 100_000_000L;

    private final ImageInputStream in;
    private final ImageReader reader;
    private final List<String> warnings = new ArrayList<>();

    private SubsampledReader(ImageInputStream in, ImageReader reader) {
        this.in = in;
        this.reader = reader;
        // A truncated or corrupt file still decodes as far as it goes; the decoder says so only here.
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
    }

    public static SubsampledReader open(Path file) throws IOException {
        return open(ImageIO.createImageInputStream(file.toFile()));
    }

    static SubsampledReader open(byte[] bytes) throws IOException {
        return open(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)));
    }

    private static SubsampledReader open(ImageInputStream in) throws IOException {
        if (in == null) {
            throw new IIOException("ImageIO cannot open the file");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            in.close();
            throw new IIOException("no ImageIO reader knows this format");
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true);
        return new SubsampledReader(in, reader);
    }

    public int width() throws IOException {
        return reader.getWidth(0);
    }

    public int height() throws IOException {
        return reader.getHeight(0);
    }

    /** The picture with its longer edge between {@code maxEdge} and four times that, or smaller if it is. */
    BufferedImage read(int maxEdge) throws IOException {
        // Keep about twice the wanted size: skipping pixels is crude, the final shrink smooths it.
        return readAtLeast(2 * maxEdge);
    }

    /**
     * The picture with its longer edge at least {@code minEdge} pixels (or as it is, when smaller), reading only
     * every n-th row and column that this allows.
     */
    public BufferedImage readAtLeast(int minEdge) throws IOException {
        int w = width();
        int h = height();
        if (w <= 0 || h <= 0) {
            throw new IIOException("the picture declares no size");
        }
        if ((long) w * h > MAX_PIXELS) {
            throw new IIOException(String.format(Locale.ROOT, "%d x %d pixels is more than the %d MP we decode",
                    w, h, MAX_PIXELS / 1_000_000));
        }
        int step = Math.max(1, Math.max(w, h) / Math.max(1, minEdge));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        return reader.read(0, param);
    }

    /** What the decoder warned about while reading (a truncated file, corrupt data); empty when all was well. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        in.close();
    }
}
