package nl.bewijsmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.bewijsmap.app.DossierLog;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFormViewModelTest extends EntryFormFixture {

    private final List<DossierLog.Recorded> saved = new ArrayList<>();
    private final List<DossierEvent> deleted = new ArrayList<>();
    private EventFormViewModel form;

    @BeforeEach
    void makeForm() {
        form = new EventFormViewModel(log, background, i18n, CLOCK, errors::add, saved::add, deleted::add);
    }

    private List<DossierEvent> stored() {
        return log.contents(dossierId).events();
    }

    private Phase phase() {
        return log.contents(dossierId).dossier().phase();
    }

    @Test
    void aNewNoteStartsAtTheCurrentMinuteAndSaysWhatItIs() {
        form.startNew(dossierId, null);

        assertThat(form.kindProperty().get()).isEqualTo(EventKind.NOTE);
        assertThat(form.form().dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(form.form().timeProperty().get()).isEqualTo("14:37");
        assertThat(form.headingProperty().get()).isEqualTo("New note");
        assertThat(form.textLabelProperty().get()).isEqualTo("Note");
        assertThat(form.explanationProperty().get())
                .isEqualTo("Something you want to remember about this dispute, in your own words.");
        assertThat(form.editingProperty().get()).isFalse();
        assertThat(form.hasUnsavedChanges()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            COMPLAINT_SENT,  New event, 'You complained to the seller in writing (letter or email). Keep a copy as evidence.'
            RETURN_SHIPPED,  New event, 'You sent the product back. Keep the shipping receipt and the track-and-trace code.'
            DISPUTE_FILED,   New event, 'You brought the dispute before a dispute body, such as the Geschillencommissie or DigiDispuut.'
            """)
    void eachKindExplainsItselfInPlainWords(EventKind kind, String heading, String explanation) {
        form.startNew(dossierId, kind);

        assertThat(form.headingProperty().get()).isEqualTo(heading);
        assertThat(form.explanationProperty().get()).isEqualTo(explanation);
        assertThat(form.textLabelProperty().get()).isEqualTo("Details (optional)");
    }

    @Test
    void everyKindHasItsOwnExplanationAndNameInBothLanguages() {
        for (I18n language : List.of(i18n, new I18n(I18n.DUTCH))) {
            EventFormViewModel shown = new EventFormViewModel(log, background, language, CLOCK, errors::add,
                    saved::add, deleted::add);
            List<String> explanations = Arrays.stream(EventKind.values()).map(kind -> {
                shown.kindProperty().set(kind);
                return shown.explanationProperty().get();
            }).toList();
            assertThat(explanations).doesNotHaveDuplicates().noneMatch(text -> text.startsWith("timeline."));
            assertThat(Arrays.stream(EventKind.values()).map(language::name).toList())
                    .doesNotHaveDuplicates().noneMatch(text -> text.startsWith("enum."));
        }
        I18n dutch = new I18n(I18n.DUTCH);
        assertThat(dutch.name(EventKind.NOTE)).isEqualTo("Een notitie");
        assertThat(dutch.text("timeline.eventForm.explain.COMPLAINT_SENT"))
                .isEqualTo("U hebt schriftelijk bij de verkoper geklaagd (brief of e-mail). Bewaar een kopie als bewijs.");
    }

    @Test
    void aNoteNeedsTextWhileAnyOtherEventMayGoWithout() throws Exception {
        form.startNew(dossierId, EventKind.NOTE);
        form.textProperty().set("   ");

        assertThat(form.save()).isFalse();
        assertThat(form.textProblemProperty().get())
                .isEqualTo("Write your note here; an empty note cannot be saved.");

        form.kindProperty().set(EventKind.REPAIR);
        assertThat(form.textProblemProperty().get()).as("checked again as the user changes the form").isEmpty();
        assertThat(form.save()).isTrue();
        settle();
        assertThat(stored()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.REPAIR);
            assertThat(event.text()).isEmpty();
        });
    }

    @Test
    void aDateIsNeededAndATimeMustBeOne() throws Exception {
        form.startNew(dossierId, EventKind.VISIT);
        form.form().dateProperty().set(null);
        form.form().timeProperty().set("half past two");

        assertThat(form.save()).isFalse();
        assertThat(form.form().dateProblemProperty().get()).isEqualTo("Fill in the date. The time may stay empty.");
        assertThat(form.form().timeProblemProperty().get())
                .isEqualTo("This is not a time of day. Write it like 14:05, or leave it empty.");
        settle();
        assertThat(stored()).isEmpty();
    }

    @Test
    void aComplaintSentMovesTheDossierOnToTheWrittenComplaintPhaseOnce() throws Exception {
        assertThat(phase()).isEqualTo(Phase.OWN_ATTEMPT);
        form.startNew(dossierId, EventKind.COMPLAINT_SENT);
        form.form().dateProperty().set(LocalDate.of(2026, 11, 2));
        form.form().timeProperty().set("");
        form.textProperty().set("Registered letter, asked for a repair within 14 days");

        assertThat(form.save()).isTrue();
        settle();

        assertThat(saved).singleElement().satisfies(recorded -> {
            assertThat(recorded.movedTo()).contains(Phase.WRITTEN_COMPLAINT);
            assertThat(recorded.event().occurredAt()).isEqualTo(new Timestamp(LocalDateTime.of(2026, 11, 2, 0, 0),
                    null, TimestampSource.USER, Precision.DAY));
        });
        assertThat(phase()).isEqualTo(Phase.WRITTEN_COMPLAINT);
        assertThat(stored()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(EventKind.COMPLAINT_SENT);
            assertThat(event.text()).isEqualTo("Registered letter, asked for a repair within 14 days");
        });

        form.startNew(dossierId, EventKind.COMPLAINT_SENT);
        assertThat(form.save()).isTrue();
        settle();
        assertThat(saved.get(1).movedTo()).as("the dossier was there already").isEqualTo(Optional.empty());
    }

    @Test
    void aStoredEventFillsTheFormCanBeChangedAndDeleted() throws Exception {
        DossierEvent event = log.record(dossierId, EventKind.NOTE, new Timestamp(LocalDateTime.of(2026, 3, 4, 9, 15),
                null, TimestampSource.USER, Precision.MINUTE), "The shop said to wait").event();

        form.edit(event);
        assertThat(form.kindProperty().get()).isEqualTo(EventKind.NOTE);
        assertThat(form.form().dateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(form.form().timeProperty().get()).isEqualTo("09:15");
        assertThat(form.textProperty().get()).isEqualTo("The shop said to wait");
        assertThat(form.headingProperty().get()).isEqualTo("Note");
        assertThat(form.editingProperty().get()).isTrue();

        form.kindProperty().set(EventKind.SELLER_REPLY);
        form.form().timeProperty().set("9.30");
        form.textProperty().set("The shop wrote that I must wait two more weeks");
        assertThat(form.headingProperty().get()).isEqualTo("Event");
        assertThat(form.save()).isTrue();
        settle();

        assertThat(stored()).singleElement().satisfies(changed -> {
            assertThat(changed.id()).isEqualTo(event.id());
            assertThat(changed.kind()).isEqualTo(EventKind.SELLER_REPLY);
            assertThat(changed.occurredAt().local()).isEqualTo(LocalDateTime.of(2026, 3, 4, 9, 30));
            assertThat(changed.text()).isEqualTo("The shop wrote that I must wait two more weeks");
        });
        assertThat(saved.get(0).movedTo()).isEmpty();
        assertThat(form.deleteQuestion())
                .isEqualTo("Delete “Reply from the seller” of 4 Mar 2026 09:30 from this dossier? This cannot be undone.");

        form.delete();
        settle();
        assertThat(stored()).isEmpty();
        assertThat(deleted).singleElement().satisfies(gone -> assertThat(gone.id()).isEqualTo(event.id()));
        assertThat(form.editingProperty().get()).isFalse();
        assertThat(form.textProperty().get()).isEmpty();
    }
}
