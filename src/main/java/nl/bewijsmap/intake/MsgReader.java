package nl.bewijsmap.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads an Outlook .msg file with Apache POI: MAPI submit (or delivery) time in UTC, people, subject, body. */
final class MsgReader {

    private static final Logger LOG = LoggerFactory.getLogger(MsgReader.class);

    private final Placeholders placeholders;

    MsgReader(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    Reading read(Path file) throws Exception {
        ReadingBuilder builder = new ReadingBuilder(placeholders, EvidenceKind.CORRESPONDENCE_IN);
        MAPIMessage opened;
        try {
            opened = new MAPIMessage(file.toFile());
        } catch (IOException | RuntimeException e) {
            // POI refuses some damaged messages as a whole; their times may still be readable.
            LOG.info("Outlook message {} not readable as a whole: {}", file.getFileName(), e.toString());
            builder.offer(MapiTimes.read(file, MapiTimes.CLIENT_SUBMIT_TIME));
            builder.offer(MapiTimes.read(file, MapiTimes.MESSAGE_DELIVERY_TIME));
            return builder.problem(ImportProblem.DAMAGED, ImportDetail.MSG_ONLY_DATE.name())
                    .build();
        }
        try (MAPIMessage msg = opened) {
            prepare(msg);
            Map<MAPIProperty, List<PropertyValue>> props = msg.getMainChunks().getProperties();
            // MAPI times are UTC; the transport header's Date (with the sender's offset) is the fallback.
            builder.offer(time(props, MAPIProperty.CLIENT_SUBMIT_TIME));
            builder.offer(time(props, MAPIProperty.MESSAGE_DELIVERY_TIME));
            builder.offer(headerDate(msg));
            String subject = quietly(msg::getSubject);
            builder.title(subject);
            Timestamp date = builder.timestamp();
            String html = quietly(msg::getHtmlBody);
            String plain = quietly(msg::getTextBody);
            builder.email(new EmailDetails(quietly(msg::getDisplayFrom), split(quietly(msg::getDisplayTo)),
                    split(quietly(msg::getDisplayCC)), subject, date,
                    plain != null ? plain : html != null ? HtmlText.strip(html) : "", html != null,
                    MsgAttachments.list(msg)));
        }
        return builder.build();
    }

    /** Missing chunks read as null, and 7-bit strings get the code page the message most likely used. */
    static void prepare(MAPIMessage msg) {
        msg.setReturnNullOnMissingChunk(true);
        if (!msg.has7BitEncodingStrings()) {
            msg.guess7BitEncoding();
        }
    }

    private static Timestamp time(Map<MAPIProperty, List<PropertyValue>> props, MAPIProperty property) {
        List<PropertyValue> values = props.get(property);
        if (values == null) {
            return null;
        }
        for (PropertyValue value : values) {
            Calendar c = value instanceof PropertyValue.TimePropertyValue time ? time.getValue() : null;
            if (c != null) {
                LocalDateTime utc = LocalDateTime.ofEpochSecond(Math.floorDiv(c.getTimeInMillis(), 1000L), 0,
                        ZoneOffset.UTC);
                return new Timestamp(utc, ZoneOffset.UTC, TimestampSource.EMAIL_DATE, Precision.SECOND);
            }
        }
        return null;
    }

    private static Timestamp headerDate(MAPIMessage msg) {
        String[] headers = quietly(msg::getHeaders);
        if (headers == null) {
            return null;
        }
        return Arrays.stream(headers).filter(h -> h.regionMatches(true, 0, "Date:", 0, 5)).findFirst()
                .map(h -> MailDates.parse(h.substring(5))).orElse(null);
    }

    private static List<String> split(String names) {
        List<String> out = new ArrayList<>();
        if (names != null) {
            for (String name : names.split(";")) {
                if (!name.isBlank()) {
                    out.add(name.strip());
                }
            }
        }
        return out;
    }

    private interface Getter<T> {
        T get() throws Exception;
    }

    /** POI throws for chunks that are missing or undecodable; each field is optional, so that means "absent". */
    private static <T> T quietly(Getter<T> getter) {
        try {
            return getter.get();
        } catch (Exception e) {
            LOG.debug("optional Outlook field not readable: {}", e.toString());
            return null;
        }
    }
}
