package nl.bewijsmap.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.bewijsmap.domain.MediaType;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells what a file really is from its first bytes, and whether its name agrees. */
public final class Sniffer {

    private static final Logger LOG = LoggerFactory.getLogger(Sniffer.class);

    /** How many leading bytes {@link #sniff(Path)} reads; enough for email headers and an OLE2 directory. */
    public static final int HEAD_BYTES = 8192;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final Map<MediaType, Set<String>> EXTENSIONS = Map.ofEntries(
            Map.entry(MediaType.JPEG, Set.of("jpg", "jpeg", "jpe", "jfif")),
            Map.entry(MediaType.HEIF, Set.of("heic", "heif", "hif", "avif", "heics", "heifs")),
            Map.entry(MediaType.PNG, Set.of("png")),
            Map.entry(MediaType.WEBP, Set.of("webp")),
            Map.entry(MediaType.TIFF, Set.of("tif", "tiff", "dng", "nef", "cr2", "arw", "orf", "rw2", "pef")),
            Map.entry(MediaType.MP4, Set.of("mp4", "m4v", "m4a", "mov", "qt", "3gp", "3g2", "3gpp")),
            Map.entry(MediaType.QUICKTIME, Set.of("mov", "qt", "mp4", "m4v")),
            Map.entry(MediaType.THREE_GPP, Set.of("3gp", "3g2", "3gpp", "3gpp2", "mp4")),
            Map.entry(MediaType.PDF, Set.of("pdf")),
            Map.entry(MediaType.EMAIL, Set.of("eml", "emlx", "mht", "mhtml", "txt")),
            Map.entry(MediaType.OUTLOOK_MSG, Set.of("msg", "oft")),
            Map.entry(MediaType.TEXT, Set.of("txt", "text", "log", "csv", "md", "json", "xml", "html", "htm")));

    /** What the bytes are; {@code fileName} only decides between OLE2 files (an Outlook message or not). */
    public MediaType sniff(byte[] head, String fileName) {
        if (head == null || head.length == 0) {
            return MediaType.UNKNOWN;
        }
        MediaType image = Magic.image(head);
        if (image != null) {
            return image;
        }
        MediaType isoMedia = Magic.isoMedia(head);
        if (isoMedia != null) {
            return isoMedia;
        }
        if (Magic.indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return MediaType.PDF;
        }
        if (Magic.startsWith(head, 0, OLE2)) {
            return "msg".equals(extension(fileName)) || Magic.hasOutlookStreamName(head)
                    ? MediaType.OUTLOOK_MSG : MediaType.UNKNOWN;
        }
        // Email bodies may be in any 8-bit charset (Shift-JIS, Latin-1), so headers decide before UTF-8 does.
        if (TextSniff.looksLikeEmail(head)) {
            return MediaType.EMAIL;
        }
        if (TextSniff.isText(head)) {
            return MediaType.TEXT;
        }
        return MediaType.UNKNOWN;
    }

    /** Reads the first {@link #HEAD_BYTES} of the file; an OLE2 file is opened to look for Outlook's streams. */
    public MediaType sniff(Path file) throws IOException {
        MediaType type = sniff(readHead(file), String.valueOf(file.getFileName()));
        if (type == MediaType.UNKNOWN && Magic.startsWith(readHead(file), 0, OLE2) && isOutlookMessage(file)) {
            return MediaType.OUTLOOK_MSG;
        }
        return type;
    }

    /** The first {@link #HEAD_BYTES} bytes of a file (fewer when the file is shorter). */
    public static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /**
     * Whether the file name's extension fits the content. Names without an extension always fit; MP4,
     * QuickTime and 3GP count as one family because every player opens them alike.
     */
    public boolean nameMatches(MediaType type, String fileName) {
        String ext = extension(fileName);
        if (ext == null) {
            return true;
        }
        if (type == MediaType.UNKNOWN || type == MediaType.TEXT && !EXTENSIONS.get(type).contains(ext)) {
            return EXTENSIONS.values().stream().noneMatch(set -> set.contains(ext));
        }
        return EXTENSIONS.getOrDefault(type, Set.of()).contains(ext);
    }

    /** The lower-case extension without the dot, or null when the name has none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isOutlookMessage(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("__properties_version1.0");
        } catch (IOException | RuntimeException e) {
            LOG.debug("{} is an OLE2 file but not readable as one: {}", file.getFileName(), e.toString());
            return false;
        }
    }
}
