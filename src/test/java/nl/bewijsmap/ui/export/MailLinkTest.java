package nl.bewijsmap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A mailto address that every mail program reads back to the same subject and body. */
class MailLinkTest {

    @Test
    void spacesPlusSignsAmpersandsAccentsAndLineBreaksAreEncodedAndTheAddressKeepsItsAt() {
        URI mail = MailLink.of("klantenservice+nl@witgoed-winkel.nl",
                "Wasmachine – bestelnummer W-88123 & co", "Geachte heer,\n\nZie bijlage: één pdf (2,1 MB).");
        String text = mail.toString();
        assertThat(text).startsWith("mailto:klantenservice%2Bnl@witgoed-winkel.nl?subject=");
        assertThat(text).contains("subject=Wasmachine%20%E2%80%93%20bestelnummer%20W-88123%20%26%20co&body=");
        assertThat(text).contains("body=Geachte%20heer%2C%0D%0A%0D%0AZie%20bijlage%3A%20"
                + "%C3%A9%C3%A9n%20pdf%20%282%2C1%20MB%29.");
        assertThat(text).doesNotContain("+").doesNotContain(" ");
    }

    @Test
    void whatTheMailProgramDecodesIsWhatWasWritten() {
        String body = "[Attach: Bewijsmap - Wasmachine - Witgoedwinkel.nl.pdf (2.1 MB)]\r\n\r\nDear Sir or Madam,";
        URI mail = MailLink.of("info@witgoedwinkel.nl", "Wasmachine – order number W-88123", body);
        String query = query(mail);
        String subject = query.substring("subject=".length(), query.indexOf("&body="));
        String decodedBody = query.substring(query.indexOf("&body=") + "&body=".length());
        assertThat(URLDecoder.decode(subject, StandardCharsets.UTF_8)).isEqualTo("Wasmachine – order number W-88123");
        assertThat(URLDecoder.decode(decodedBody, StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(mail.getScheme()).isEqualTo("mailto");
    }

    @Test
    void bareLineBreaksBecomeCarriageReturnAndLineFeed() {
        assertThat(query(MailLink.of("a@b.nl", "s", "one\ntwo\r\nthree\rfour")))
                .endsWith("body=one%0D%0Atwo%0D%0Athree%0D%0Afour");
    }

    @Test
    void withoutAnAddressTheEmailStartsWithNone() {
        assertThat(MailLink.of("", "Subject", "Body").toString()).isEqualTo("mailto:?subject=Subject&body=Body");
    }

    /** What follows the "?": a mailto address is opaque, so {@link URI#getRawQuery()} does not give it. */
    static String query(URI mail) {
        String part = mail.getRawSchemeSpecificPart();
        return part.substring(part.indexOf('?') + 1);
    }
}
