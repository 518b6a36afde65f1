package nl.bewijsmap.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the metadata out of the JPEG pictures inside an imported PDF page without touching the picture itself: the
 * APP1 segments (EXIF, with the GPS location, and XMP) and APP13 (Photoshop, which can hold both again) are cut out
 * of the JPEG bytes, and an image's own {@code /Metadata} stream is dropped. APP0 (JFIF), APP2 (the ICC profile) and
 * APP14 (Adobe, which says how the colours are coded) stay, so the picture looks exactly as before.
 */
final class JpegMetadata {

    private static final Logger LOG = LoggerFactory.getLogger(JpegMetadata.class);
    private static final int APP1 = 0xE1;
    private static final int APP13 = 0xED;
    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    private JpegMetadata() {
    }

    /**
     * Strips every DCT-coded image reachable from {@code root} (resources, nested forms, patterns, soft masks);
     * returns how many images changed.
     */
    static int stripAll(COSBase root) {
        return walk(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static int walk(COSBase base, Set<COSBase> seen) {
        COSBase object = base instanceof COSObject indirect ? indirect.getObject() : base;
        if (object == null || !seen.add(object)) {
            return 0;
        }
        int changed = 0;
        if (object instanceof COSArray array) {
            for (COSBase item : array) {
                changed += walk(item, seen);
            }
            return changed;
        }
        if (!(object instanceof COSDictionary dictionary)) {
            return 0;
        }
        if (object instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
            stream.removeItem(COSName.METADATA);
            if (onlyDct(stream) && strip(stream)) {
                changed++;
            }
        }
        for (COSName key : dictionary.keySet()) {
            if (!COSName.PARENT.equals(key) && !COSName.P.equals(key) && !COSName.METADATA.equals(key)) {
                changed += walk(dictionary.getItem(key), seen);
            }
        }
        return changed;
    }

    /** DCTDecode as the one filter: the raw bytes are the JPEG file. */
    private static boolean onlyDct(COSStream stream) {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        if (filter instanceof COSArray array && array.size() == 1) {
            filter = array.getObject(0);
        }
        return COSName.DCT_DECODE.equals(filter);
    }

    private static boolean strip(COSStream stream) {
        try {
            byte[] jpeg;
            try (InputStream in = stream.createRawInputStream()) {
                jpeg = in.readAllBytes();
            }
            byte[] clean = strip(jpeg);
            if (clean.length == jpeg.length) {
                return false;
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(clean);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.info("The metadata of a picture in a PDF exhibit could not be removed: {}", e.toString());
            return false;
        }
    }

    /**
     * The JPEG without its APP1 and APP13 segments; the same array when there is nothing to cut or the segments before
     * the picture data cannot be read.
     */
    static byte[] strip(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return jpeg;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(jpeg, 0, 2);
        boolean cut = false;
        int at = 2;
        while (true) {
            if (at + 1 >= jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
                return jpeg;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
                out.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            if (at + 3 >= jpeg.length) {
                return jpeg;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > jpeg.length) {
                return jpeg;
            }
            if (marker == APP1 || marker == APP13) {
                cut = true;
            } else {
                out.write(jpeg, at, 2 + length);
            }
            at += 2 + length;
        }
        if (!cut) {
            return jpeg;
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }
}
