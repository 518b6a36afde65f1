package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.intake.Attachments;
import nl.bewijsmap.intake.Corpus;
import nl.bewijsmap.intake.EmailDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every corpus email, imported: its attachments are those it lists, and each one gets an answer. */
class AttachmentImportCorpusTest {

    @TempDir
    Path dataDir;

    @Test
    void everyAttachmentOfEveryCorpusEmailIsImportedOrRejectedWithoutThrowing() throws IOException {
        Path corpus = Corpus.folder();
        int emails = 0;
        int attachments = 0;
        int imported = 0;
        int duplicates = 0;
        try (Services services = Services.open(dataDir, Clock.systemDefaultZone())) {
            long dossierId = services.dossiers().create("Corpus", DossierFacts.EMPTY, null).id();
            for (Path file : emailFiles(corpus)) {
                ImportResult result = services.importer().importFile(dossierId, file, null);
                EvidenceItem item = result.item();
                if (item == null || item.mediaType() != MediaType.EMAIL && item.mediaType() != MediaType.OUTLOOK_MSG) {
                    continue;
                }
                emails++;
                List<EmailDetails.Attachment> shown = services.emailViewer().emailDetails(item)
                        .map(EmailDetails::attachments).orElse(List.of());
                assertThat(new Attachments().list(services.vault().pathOf(item.sha256()), item.mediaType()))
                        .as(file.toString()).isEqualTo(shown);
                for (int i = 0; i < shown.size(); i++) {
                    attachments++;
                    ImportResult taken = services.importer().importAttachment(dossierId, item, i, Locale.ENGLISH);
                    assertThat(taken.status()).as(file + " #" + i).isNotNull();
                    if (taken.status() == ImportStatus.REJECTED) {
                        System.out.println("  NOT IMPORTED " + corpus.relativize(file) + " #" + i + ": "
                                + taken.rejection() + " " + taken.rejectionDetail());
                    } else {
                        imported += taken.status() == ImportStatus.IMPORTED ? 1 : 0;
                        duplicates += taken.status() == ImportStatus.DUPLICATE ? 1 : 0;
                        assertThat(taken.item().note()).as(file + " #" + i).startsWith("Attachment of the email");
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "attachment import: %d emails, %d attachments, %d imported, %d duplicates%n",
                emails, attachments, imported, duplicates);
        assertThat(emails).isGreaterThan(40);
        assertThat(attachments).isPositive();
    }

    private static List<Path> emailFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".eml") || name.endsWith(".msg");
            }).sorted().toList();
        }
    }
}
