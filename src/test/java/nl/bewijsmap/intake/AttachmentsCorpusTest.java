package nl.bewijsmap.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.bewijsmap.domain.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every corpus email lists the attachments its reading gives, and each comes out or fails in plain words. */
class AttachmentsCorpusTest {

    private final Sniffer sniffer = new Sniffer();
    private final MetadataReader reader = new MetadataReader(Clock.systemUTC());
    private final Attachments attachments = new Attachments();

    @Test
    void everyCorpusEmailListsWhatItsReadingGivesAndEveryAttachmentIsAnswered() throws IOException {
        int emails = 0;
        int listed = 0;
        int extracted = 0;
        List<String> refused = new ArrayList<>();
        for (Path file : corpusFiles()) {
            MediaType type = sniffer.sniff(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (type != MediaType.EMAIL && type != MediaType.OUTLOOK_MSG) {
                if (!name.endsWith(".eml") && !name.endsWith(".msg")) {
                    continue;
                }
                // Broken or empty, so not sniffed as an email: read it as one anyway, as its name says.
                type = name.endsWith(".msg") ? MediaType.OUTLOOK_MSG : MediaType.EMAIL;
            }
            emails++;
            Reading reading = reader.read(file, type);
            List<EmailDetails.Attachment> expected = reading.email() == null ? List.of()
                    : reading.email().attachments();
            List<EmailDetails.Attachment> got = attachments.list(file, type);
            assertThat(got).as(file.toString()).isEqualTo(expected);
            for (int i = 0; i < got.size(); i++) {
                listed++;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    attachments.extract(file, type, i, out);
                    extracted++;
                    if (got.get(i).size() >= 0) {
                        assertThat((long) out.size()).as(file + " #" + i).isEqualTo(got.get(i).size());
                    }
                } catch (IOException e) {
                    assertThat(e.getMessage()).as(file + " #" + i).doesNotContain("Exception");
                    refused.add(Corpus.folder().relativize(file) + " #" + i + ": " + e.getMessage());
                }
            }
        }
        System.out.printf(Locale.ROOT, "attachments: %d emails, %d attachments, %d taken out%n", emails, listed,
                extracted);
        refused.forEach(r -> System.out.println("  NOT TAKEN OUT " + r));
        assertThat(emails).isGreaterThan(40);
        assertThat(listed).isPositive();
    }

    @Test
    void anOutlookMessageAttachedToAnotherBecomesAMessageOfItsOwn(@TempDir Path dir) throws IOException {
        Path outer = Corpus.file("emails/poi/attachment_msg_pdf.msg");
        List<EmailDetails.Attachment> listed = attachments.list(outer, MediaType.OUTLOOK_MSG);
        assertThat(listed.get(0).mimeType()).isEqualTo("application/vnd.ms-outlook");

        Path inner = dir.resolve("inner.msg");
        try (var out = Files.newOutputStream(inner)) {
            attachments.extract(outer, MediaType.OUTLOOK_MSG, 0, out);
        }

        assertThat(sniffer.sniff(inner)).isEqualTo(MediaType.OUTLOOK_MSG);
        Reading reading = reader.read(inner, MediaType.OUTLOOK_MSG);
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.email().subject()).isNotBlank();
        assertThat(reading.timestamp()).isNotNull();
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Corpus.folder())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
