package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.intake.EmailDetails;
import nl.bewijsmap.intake.Problem;
import nl.bewijsmap.intake.SampleMails;
import nl.bewijsmap.store.vault.VerifyResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An email's attachment taken into the dossier as evidence of its own, on a real data folder. */
class AttachmentImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private Services services;
    private long dossierId;
    private SampleMails.InvoiceMail mail;
    private EvidenceItem email;

    @BeforeEach
    void importTheEmail() throws Exception {
        services = Services.open(dataDir, CLOCK);
        dossierId = services.dossiers().create("Wasmachine", DossierFacts.EMPTY, Seller.named("Webwinkel")).id();
        mail = SampleMails.invoiceMail(files);
        ImportResult imported = services.importer().importFile(dossierId, mail.file(), null);
        assertThat(imported.status()).isEqualTo(ImportStatus.IMPORTED);
        email = imported.item();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aPdfAttachmentBecomesItsOwnReceiptWithItsOwnDate() {
        ImportResult result = services.importer().importAttachment(dossierId, email, 0, Locale.ENGLISH);

        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(result.file()).isEqualTo(Path.of("factuur 2026-0042.pdf"));
        EvidenceItem pdf = result.item();
        assertThat(pdf.id()).isNotEqualTo(email.id());
        assertThat(pdf.dossierId()).isEqualTo(dossierId);
        assertThat(pdf.mediaType()).isEqualTo(MediaType.PDF);
        assertThat(pdf.kind()).isEqualTo(EvidenceKind.RECEIPT);
        assertThat(pdf.originalName()).isEqualTo("factuur 2026-0042.pdf");
        assertThat(pdf.occurredAt().source()).isEqualTo(TimestampSource.PDF_CREATION);
        assertThat(pdf.occurredAt().local()).isEqualTo(LocalDateTime.parse("2026-03-01T16:30:00"));
        assertThat(pdf.occurredAt().offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(pdf.note()).isEqualTo("Attachment of the email “" + SampleMails.SUBJECT + "”.");
        assertThat(services.vault().verify(pdf.sha256())).isEqualTo(VerifyResult.OK);
        assertThat(services.evidence().list(dossierId)).hasSize(2);
    }

    @Test
    void aPhotoWithoutADateOfItsOwnTakesTheEmailsDate() throws IOException {
        ImportResult result = services.importer().importAttachment(dossierId, email, 1, Locale.ENGLISH);

        EvidenceItem photo = result.item();
        assertThat(result.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(photo.kind()).isEqualTo(EvidenceKind.PHOTO);
        assertThat(photo.mediaType()).isEqualTo(MediaType.JPEG);
        assertThat(photo.size()).isEqualTo(mail.jpeg().length);
        assertThat(Files.readAllBytes(services.vault().pathOf(photo.sha256()))).isEqualTo(mail.jpeg());
        // Not the moment it was taken out of the email, which is all its temporary copy could say.
        assertThat(photo.occurredAt()).isEqualTo(email.occurredAt());
        assertThat(photo.occurredAt().source()).isEqualTo(TimestampSource.EMAIL_DATE);
        assertThat(photo.occurredAt().local()).isEqualTo(LocalDateTime.parse("2026-03-02T10:15:00"));
        assertThat(result.warnings()).extracting(Problem::code).doesNotContain(ImportProblem.NO_DATE);
    }

    @Test
    void theNoteIsInTheLanguageAsked() {
        ImportResult result = services.importer().importAttachment(dossierId, email, 1,
                Locale.forLanguageTag("nl-NL"));

        assertThat(result.item().note()).isEqualTo("Bijlage bij de e-mail “" + SampleMails.SUBJECT + "”.");
    }

    @Test
    void theSameAttachmentTwiceIsADuplicateOfTheFirst() {
        EvidenceItem first = services.importer().importAttachment(dossierId, email, 0, Locale.ENGLISH).item();

        ImportResult again = services.importer().importAttachment(dossierId, email, 0, Locale.ENGLISH);

        assertThat(again.status()).isEqualTo(ImportStatus.DUPLICATE);
        assertThat(again.item().id()).isEqualTo(first.id());
        assertThat(services.evidence().list(dossierId)).hasSize(2);
    }

    @Test
    void aNumberPastTheLastAttachmentIsRejectedInPlainWords() {
        ImportResult result = services.importer().importAttachment(dossierId, email, 5, Locale.ENGLISH);

        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(result.rejection()).isEqualTo(ImportProblem.ATTACHMENT_UNREADABLE);
        assertThat(ProblemTexts.sentence(result.rejection(), result.rejectionDetail(), new Locale("nl", "NL")))
                .isEqualTo("Deze bijlage kan niet uit de e-mail worden gehaald. De e-mail zelf blijft bewaard zoals hij"
                        + " is, met de bijlage erin.");
        assertThat(result.item()).isNull();
        assertThat(services.evidence().list(dossierId)).hasSize(1);
    }

    @Test
    void anItemThatIsNoEmailHasNoAttachmentToImport() throws IOException {
        Path note = Files.writeString(files.resolve("note.txt"), "Gebeld met de winkel.");
        EvidenceItem text = services.importer().importFile(dossierId, note, null).item();

        ImportResult result = services.importer().importAttachment(dossierId, text, 0, Locale.ENGLISH);

        assertThat(result.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(services.emailViewer().emailDetails(text)).isEmpty();
    }

    @Test
    void hostileNamesStayInsideTheDataFolder() throws IOException {
        EvidenceItem names = services.importer().importFile(dossierId, SampleMails.hostileNames(files), null).item();

        ImportResult passwd = services.importer().importAttachment(dossierId, names, 0, Locale.ENGLISH);
        ImportResult con = services.importer().importAttachment(dossierId, names, 1, Locale.ENGLISH);

        assertThat(passwd.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(passwd.item().originalName()).isEqualTo("passwd.txt");
        assertThat(con.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(con.item().originalName()).isEqualTo("_con.pdf");
        assertThat(dataDir.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void noTemporaryCopyIsLeftBehind() throws IOException {
        services.importer().importAttachment(dossierId, email, 0, Locale.ENGLISH);
        services.importer().importAttachment(dossierId, email, 9, Locale.ENGLISH);

        try (Stream<Path> left = Files.list(dataDir.resolve("vault").resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theEmailIsReadAgainOnDemandWithItsAttachments() {
        EmailDetails details = services.emailViewer().emailDetails(email).orElseThrow();

        assertThat(details.subject()).isEqualTo(SampleMails.SUBJECT);
        assertThat(details.from()).isEqualTo("Webwinkel <factuur@webwinkel.example>");
        assertThat(details.plainBody()).startsWith("Beste klant");
        assertThat(details.attachments()).extracting(EmailDetails.Attachment::fileName)
                .containsExactly("factuur 2026-0042.pdf", "pakket.jpg");
        assertThat(details.date()).isEqualTo(email.occurredAt());
    }
}
