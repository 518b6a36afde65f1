package nl.bewijsmap.ui.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.store.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the letter being written for each dossier in the app's settings, so that a draft survives switching
 * dossiers, switching language and closing the app. One small JSON value per dossier; called on a worker thread.
 */
final class SavedDrafts {

    private static final Logger LOG = LoggerFactory.getLogger(SavedDrafts.class);
    private static final String PREFIX = "letters.draft.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored form: the letter as drafted, and the subject and body as the consumer left them. */
    record Stored(String kind, String recipient, String language, String date, String place,
                  List<String> senderLines, List<String> recipientLines, String subject, String body,
                  String signatureName, String editedSubject, String editedBody) {
    }

    private final SettingsRepository settings;

    SavedDrafts(SettingsRepository settings) {
        this.settings = settings;
    }

    Optional<LetterDraft> restore(long dossierId) {
        Optional<String> json = settings.get(PREFIX + dossierId).filter(text -> !text.isEmpty());
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(json.get(), Stored.class);
            Letter drafted = new Letter(LetterKind.valueOf(stored.kind()), Recipient.valueOf(stored.recipient()),
                    Locale.forLanguageTag(stored.language()), LocalDate.parse(stored.date()), stored.place(),
                    stored.senderLines(), stored.recipientLines(), stored.subject(), stored.body(),
                    stored.signatureName());
            return Optional.of(new LetterDraft(drafted, stored.editedSubject(), stored.editedBody()));
        } catch (JsonProcessingException | RuntimeException e) {
            // A draft this version cannot read is not worth stopping the tab for: the consumer drafts again.
            LOG.warn("Could not read the kept letter draft of dossier {}", dossierId, e);
            return Optional.empty();
        }
    }

    void keep(long dossierId, LetterDraft draft) {
        if (draft == null) {
            settings.put(PREFIX + dossierId, "");
            return;
        }
        Letter letter = draft.drafted();
        Stored stored = new Stored(letter.kind().name(), letter.recipient().name(), letter.locale().toLanguageTag(),
                letter.date().toString(), letter.place(), letter.senderLines(), letter.recipientLines(),
                letter.subject(), letter.body(), letter.signatureName(), draft.subject(), draft.body());
        try {
            settings.put(PREFIX + dossierId, JSON.writeValueAsString(stored));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A letter draft cannot be written as JSON", e);
        }
    }
}
