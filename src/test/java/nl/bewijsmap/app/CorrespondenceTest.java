package nl.bewijsmap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.TimestampSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters on a real data folder: drafted from the dossier, and kept as evidence and an event once sent. */
class CorrespondenceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @TempDir
    Path dataDir;

    private Services services;
    private Correspondence correspondence;
    private long dossierId;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, CLOCK);
        correspondence = services.correspondence();
        services.parties().saveProfile(new ConsumerProfile("Anna de Vries",
                new Address("Lindenlaan 4", "3512 AB", "Utrecht", "Nederland"), "anna@example.nl", "", ""));
        DossierFacts facts = new DossierFacts(null, true, "Wasmachine Lavo 8", "WM-1234", "", LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 8), LocalDate.of(2026, 3, 1), null, null, "De trommel draait niet meer", null);
        dossierId = services.dossiers().create("Wasmachine", facts, null).id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aDraftIsMadeFromTheDossierAndTheConsumer() {
        Letter letter = correspondence.draft(dossierId, LetterKind.COMPLAINT, Recipient.SELLER, DUTCH);

        assertThat(letter.senderLines()).contains("Anna de Vries", "Lindenlaan 4");
        assertThat(letter.place()).isEqualTo("Utrecht");
        assertThat(letter.date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(letter.body()).contains("WM-1234");
    }

    @Test
    void aSentLetterIsKeptAsEvidenceAndAsAnEventThatMovesTheDossierOn() throws IOException {
        Letter letter = correspondence.draft(dossierId, LetterKind.COMPLAINT, Recipient.SELLER, DUTCH)
                .withText("Klacht over mijn wasmachine", "Geachte heer, mevrouw,\n\nMijn eigen woorden.");

        Correspondence.Sent sent = correspondence.markSent(dossierId, letter, LocalDateTime.of(2026, 3, 10, 9, 30));

        DossierContents contents = services.log().contents(dossierId);
        assertThat(contents.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.COMPLAINT_SENT);
            assertThat(event.text()).isEqualTo("Klacht over mijn wasmachine");
        });
        assertThat(contents.dossier().phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
        assertThat(contents.evidence()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(EvidenceKind.CORRESPONDENCE_OUT);
            assertThat(item.mediaType()).isEqualTo(MediaType.PDF);
            assertThat(item.title()).isEqualTo("Klacht over mijn wasmachine");
            assertThat(item.occurredAt().local()).isEqualTo(LocalDateTime.of(2026, 3, 10, 9, 30));
            assertThat(item.occurredAt().source()).isEqualTo(TimestampSource.USER);
            assertThat(item.id()).isEqualTo(sent.copy().id());
        });
        try (InputStream in = services.vault().open(sent.copy().sha256());
                PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mijn eigen woorden.", "Anna de Vries");
        }
    }
}
