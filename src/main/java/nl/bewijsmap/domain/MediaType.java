package nl.bewijsmap.domain;

/** The kind of file, found from its bytes rather than its name. */
public enum MediaType {
    JPEG("image/jpeg", "jpg"),
    HEIF("image/heif", "heic"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    TIFF("image/tiff", "tif"),
    MP4("video/mp4", "mp4"),
    QUICKTIME("video/quicktime", "mov"),
    THREE_GPP("video/3gpp", "3gp"),
    PDF("application/pdf", "pdf"),
    EMAIL("message/rfc822", "eml"),
    OUTLOOK_MSG("application/vnd.ms-outlook", "msg"),
    TEXT("text/plain", "txt"),
    UNKNOWN("application/octet-stream", "");

    private final String mimeType;
    private final String extension;

    MediaType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The usual file extension, without a dot; empty for unknown files. */
    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this == JPEG || this == HEIF || this == PNG || this == WEBP || this == TIFF;
    }

    public boolean isVideo() {
        return this == MP4 || this == QUICKTIME || this == THREE_GPP;
    }
}
