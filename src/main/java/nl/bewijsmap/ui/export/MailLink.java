package nl.bewijsmap.ui.export;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code mailto:} address (RFC 6068) that starts an email with its recipient, subject and body filled in. A
 * mailto cannot carry attachments: the body asks the consumer to attach the package.
 */
public final class MailLink {

    private MailLink() {
    }

    /** The address for a new email; the body's lines may end in \n or \r\n. */
    public static URI of(String to, String subject, String body) {
        String crlf = body.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
        // The address keeps its @; everything else that is not plain ASCII letters and digits is encoded.
        return URI.create("mailto:" + encode(to.strip()).replace("%40", "@") + "?subject=" + encode(subject)
                + "&body=" + encode(crlf));
    }

    /** Percent-encoding as a URI wants it: a space is %20 (a + would stay a + in the mail program). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
