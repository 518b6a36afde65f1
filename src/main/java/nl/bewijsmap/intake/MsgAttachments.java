package nl.bewijsmap.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The attachments of an Outlook message: listed for reading, and written out one at a time. */
final class MsgAttachments {

    private static final Logger LOG = LoggerFactory.getLogger(MsgAttachments.class);
    private static final String OUTLOOK_MIME = "application/vnd.ms-outlook";
    private static final String PROPERTIES = "__properties_version1.0";
    private static final String NAMED_PROPERTIES = "__nameid_version1.0";
    /** MS-OXMSG 2.4.1: the property stream header is 24 bytes in an embedded message and 32 at the top. */
    private static final int EMBEDDED_HEADER = 24;
    private static final int TOP_LEVEL_HEADER = 32;

    private MsgAttachments() {
    }

    /** The attachments in the order Outlook stored them; none when POI cannot find them. */
    static List<AttachmentChunks> chunks(MAPIMessage msg) {
        try {
            AttachmentChunks[] files = msg.getAttachmentFiles();
            return files == null ? List.of() : List.of(files);
        } catch (RuntimeException e) {
            LOG.debug("Outlook attachments not readable: {}", e.toString());
            return List.of();
        }
    }

    static List<EmailDetails.Attachment> list(MAPIMessage msg) {
        List<EmailDetails.Attachment> out = new ArrayList<>();
        for (AttachmentChunks a : chunks(msg)) {
            out.add(describe(a));
        }
        return out;
    }

    private static EmailDetails.Attachment describe(AttachmentChunks a) {
        String name = value(a.getAttachLongFileName());
        name = name != null ? name : value(a.getAttachFileName());
        String mime = value(a.getAttachMimeTag());
        long size = a.getAttachData() != null && a.getAttachData().getValue() != null
                ? a.getAttachData().getValue().length : -1;
        if (a.isEmbeddedMessage()) {
            mime = OUTLOOK_MIME;
            name = name != null ? name : "message.msg";
        }
        return new EmailDetails.Attachment(name != null ? name : "attachment",
                mime != null ? mime : "application/octet-stream", size);
    }

    /** Writes the attachment's file; an attached Outlook message becomes a .msg file of its own. */
    static void write(MAPIMessage msg, AttachmentChunks a, OutputStream out) throws IOException {
        if (a.isEmbeddedMessage()) {
            writeEmbedded(msg.getDirectory(), a.getAttachmentDirectory().getDirectory(), out);
            return;
        }
        byte[] data = a.getAttachData() == null ? null : a.getAttachData().getValue();
        if (data == null) {
            throw new ExtractionException("This attachment holds no file: Outlook kept only a link to it, or an object"
                    + " that cannot be saved on its own.");
        }
        out.write(data);
    }

    /**
     * An attached message is a folder inside the outer file. Copied into a file of its own it needs the
     * longer top-level header and the outer file's table of named properties, which it shares.
     */
    private static void writeEmbedded(DirectoryNode outer, DirectoryNode message, OutputStream out)
            throws IOException {
        try (POIFSFileSystem copy = new POIFSFileSystem()) {
            DirectoryEntry root = copy.getRoot();
            EntryUtils.copyNodes(message, root);
            root.setStorageClsid(message.getStorageClsid());
            if (outer.hasEntry(NAMED_PROPERTIES) && !root.hasEntry(NAMED_PROPERTIES)) {
                EntryUtils.copyNodeRecursively(outer.getEntry(NAMED_PROPERTIES), root);
            }
            if (root.hasEntry(PROPERTIES)) {
                widenHeader(copy.getRoot(), copy.getRoot().getEntry(PROPERTIES));
            }
            copy.writeFilesystem(out);
        }
    }

    private static void widenHeader(DirectoryNode root, Entry properties) throws IOException {
        byte[] old;
        try (InputStream in = root.createDocumentInputStream(properties)) {
            old = in.readAllBytes();
        }
        if (old.length < EMBEDDED_HEADER) {
            throw new ExtractionException("The attached Outlook message is damaged.");
        }
        byte[] widened = new byte[old.length + TOP_LEVEL_HEADER - EMBEDDED_HEADER];
        System.arraycopy(old, 0, widened, 0, EMBEDDED_HEADER);
        System.arraycopy(old, EMBEDDED_HEADER, widened, TOP_LEVEL_HEADER, old.length - EMBEDDED_HEADER);
        if (!properties.delete()) {
            throw new ExtractionException("The attached Outlook message could not be copied.");
        }
        root.createDocument(PROPERTIES, new ByteArrayInputStream(widened));
    }

    private static String value(StringChunk chunk) {
        return chunk == null ? null : chunk.getValue();
    }
}
