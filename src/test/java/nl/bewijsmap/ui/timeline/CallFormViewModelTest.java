package nl.bewijsmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallFormViewModelTest extends EntryFormFixture {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private final List<CallEntry> saved = new ArrayList<>();
    private final List<CallEntry> deleted = new ArrayList<>();
    private CallFormViewModel form;

    @BeforeEach
    void makeForm() {
        form = new CallFormViewModel(log, background, i18n, CLOCK, errors::add, saved::add, deleted::add);
    }

    private CallEntry logged(String agent, String department) {
        return log.logCall(dossierId, new CallDetails(new Timestamp(MARCH_2.atTime(10, 0), null,
                TimestampSource.USER, Precision.MINUTE), null, CallDirection.OUTGOING, agent, department, "",
                "Asked about the drum", "", null));
    }

    private List<CallEntry> stored() {
        return log.contents(dossierId).calls();
    }

    /** A new call on 2 March 2026 with this time and duration typed, saved; what the database then holds. */
    private CallDetails savedWith(String time, String duration) throws Exception {
        form.startNew(dossierId);
        settle();
        form.form().dateProperty().set(MARCH_2);
        form.form().timeProperty().set(time);
        form.durationProperty().set(duration);
        assertThat(form.save()).isTrue();
        settle();
        assertThat(stored()).hasSize(1);
        return stored().get(0).details();
    }

    @Test
    void aNewCallStartsAtTheCurrentMinuteWithTheAgentAndDepartmentOfTheCallWrittenDownLast() throws Exception {
        logged("Priya", "Service desk");
        logged("Sanne", "Klantenservice");

        form.startNew(dossierId);

        assertThat(form.form().dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(form.form().timeProperty().get()).isEqualTo("14:37");
        assertThat(form.directionProperty().get()).isEqualTo(CallDirection.OUTGOING);
        assertThat(form.agentProperty().get()).as("read in the background, not yet arrived").isEmpty();
        settle();
        assertThat(form.agentProperty().get()).isEqualTo("Sanne");
        assertThat(form.departmentProperty().get()).isEqualTo("Klantenservice");
        assertThat(form.agentPrefilledProperty().get()).isTrue();
        assertThat(form.hasUnsavedChanges()).as("defaults are not the user's changes").isFalse();
        assertThat(form.headingProperty().get()).isEqualTo("New phone call");
        assertThat(form.editingProperty().get()).isFalse();
    }

    @Test
    void theLastCallsAgentNeverOverwritesWhatTheUserTypedMeanwhile() throws Exception {
        logged("Sanne", "Klantenservice");

        form.startNew(dossierId);
        form.agentProperty().set("Mehmet");
        settle();

        assertThat(form.agentProperty().get()).isEqualTo("Mehmet");
        assertThat(form.agentPrefilledProperty().get()).isFalse();
        assertThat(form.departmentProperty().get()).isEqualTo("Klantenservice");
    }

    @Test
    void theFirstCallOfADossierHasNoAgentToOffer() throws Exception {
        form.startNew(dossierId);
        settle();

        assertThat(form.agentProperty().get()).isEmpty();
        assertThat(form.departmentProperty().get()).isEmpty();
        assertThat(form.agentPrefilledProperty().get()).isFalse();
    }

    @Test
    void defaultsThatArriveAfterTheFormMovedOnToAStoredCallAreDropped() throws Exception {
        logged("Sanne", "Klantenservice");
        CallEntry other = logged("", "");

        form.startNew(dossierId);
        form.edit(other);
        settle();

        assertThat(form.agentProperty().get()).isEmpty();
        assertThat(form.departmentProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            14:05,    14:05
            1405,     14:05
            14.05,    14:05
            9:5,      09:05
            905,      09:05
            9,        09:00
            14u05,    14:05
            14h05,    14:05
            14 uur,   14:00
            2:05 pm,  14:05
            12 am,    00:00
            ' 8:30 ', 08:30
            """)
    void aTypedTimeIsStoredToTheMinute(String typed, String expected) throws Exception {
        CallDetails details = savedWith(typed, "");

        assertThat(details.startedAt().local()).isEqualTo(MARCH_2.atTime(java.time.LocalTime.parse(expected)));
        assertThat(details.startedAt().precision()).isEqualTo(Precision.MINUTE);
        assertThat(details.startedAt().source()).isEqualTo(TimestampSource.USER);
        assertThat(details.startedAt().offset()).isNull();
    }

    @Test
    void withoutATimeTheCallIsKnownToTheDay() throws Exception {
        CallDetails details = savedWith("", "");

        assertThat(details.startedAt().local()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0));
        assertThat(details.startedAt().precision()).isEqualTo(Precision.DAY);
        assertThat(details.startedAt().offset()).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            12,            12
            12 min,        12
            12min,         12
            12 minuten,    12
            12m,           12
            90,            90
            1:05,          65
            1.05,          65
            0:45,          45
            1h,            60
            1 h 5 min,     65
            1u05,          65
            2 uur,         120
            1 hour 30 minutes, 90
            """)
    void aTypedDurationIsStoredInMinutes(String typed, long minutes) throws Exception {
        assertThat(savedWith("14:05", typed).duration()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void anEmptyDurationIsStoredAsUnknown() throws Exception {
        assertThat(savedWith("14:05", " ").duration()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "12:60", "noon", "14:05:30", "13 pm", "1:2:3"})
    void aTimeThatIsNoTimeOfDayIsRefusedUnderItsField(String typed) throws Exception {
        form.startNew(dossierId);
        form.form().timeProperty().set(typed);

        assertThat(form.save()).isFalse();
        assertThat(form.form().timeProblemProperty().get())
                .isEqualTo("This is not a time of day. Write it like 14:05, or leave it empty.");
        settle();
        assertThat(stored()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 sec", "1:60", "1h60", "1.5", "-5", "1000"})
    void aDurationThatCannotBeReadIsRefusedUnderItsField(String typed) throws Exception {
        form.startNew(dossierId);
        form.durationProperty().set(typed);

        assertThat(form.save()).isFalse();
        assertThat(form.durationProblemProperty().get())
                .isEqualTo("Write the duration in minutes (12) or in hours and minutes (1:05).");
        settle();
        assertThat(stored()).isEmpty();
    }

    @Test
    void everyProblemShowsUnderItsOwnFieldAndGoesAwayWhenPutRight() throws Exception {
        form.startNew(dossierId);
        form.form().dateProperty().set(null);
        form.form().timeProperty().set("25:00");
        form.durationProperty().set("long");

        assertThat(form.save()).isFalse();
        assertThat(form.form().dateProblemProperty().get()).isEqualTo("Fill in the date. The time may stay empty.");
        assertThat(form.form().timeProblemProperty().get()).startsWith("This is not a time of day.");
        assertThat(form.durationProblemProperty().get()).startsWith("Write the duration in minutes");
        assertThat(form.followUpProblemProperty().get()).isEmpty();

        form.form().dateProperty().set(MARCH_2);
        form.followUpProperty().set(MARCH_2.minusDays(1));
        assertThat(form.form().dateProblemProperty().get()).as("checked again as the user types").isEmpty();
        assertThat(form.followUpProblemProperty().get())
                .isEqualTo("This date is before the call. Pick the day you want to call back or follow up.");

        form.form().timeProperty().set("14:05");
        form.durationProperty().set("12");
        form.followUpProperty().set(MARCH_2);
        assertThat(form.form().timeProblemProperty().get()).isEmpty();
        assertThat(form.durationProblemProperty().get()).isEmpty();
        assertThat(form.followUpProblemProperty().get()).as("the same day is fine").isEmpty();
        settle();
        assertThat(stored()).as("nothing is written while there is a problem").isEmpty();
        assertThat(form.save()).isTrue();
        settle();
        assertThat(stored()).hasSize(1);
    }

    @Test
    void aCallWithoutAgreementsIsSavedWhileAHintSaysDisputeBodiesAskForThem() throws Exception {
        form.startNew(dossierId);
        settle();
        assertThat(form.agreementsHintProperty().get()).startsWith("Dispute bodies ask what was agreed on the phone.");

        assertThat(form.save()).isTrue();
        settle();
        assertThat(stored()).singleElement().satisfies(call -> assertThat(call.details().hasAgreements()).isFalse());

        form.agreementsProperty().set("A technician comes on Friday");
        assertThat(form.agreementsHintProperty().get()).isEmpty();
    }

    @Test
    void aSavedCallHoldsEverythingTypedAndASecondSaveChangesTheSameCall() throws Exception {
        form.startNew(dossierId);
        settle();
        form.form().dateProperty().set(MARCH_2);
        form.form().timeProperty().set("1405");
        form.durationProperty().set("1:05");
        form.directionProperty().set(CallDirection.INCOMING);
        form.agentProperty().set("  Sanne ");
        form.departmentProperty().set("Klantenservice");
        form.referenceProperty().set("TCK-4471");
        form.summaryProperty().set("The drum still leaks after the repair.");
        form.agreementsProperty().set("A technician comes on 5 March between 8 and 12.");
        form.followUpProperty().set(LocalDate.of(2026, 3, 6));
        assertThat(form.hasUnsavedChanges()).isTrue();

        assertThat(form.save()).isTrue();
        assertThat(form.form().busyProperty().get()).isTrue();
        assertThat(form.save()).as("one save at a time").isFalse();
        settle();

        CallEntry call = stored().get(0);
        assertThat(saved).containsExactly(call);
        assertThat(call.dossierId()).isEqualTo(dossierId);
        assertThat(call.details()).isEqualTo(new CallDetails(new Timestamp(MARCH_2.atTime(14, 5), null,
                TimestampSource.USER, Precision.MINUTE), Duration.ofMinutes(65), CallDirection.INCOMING, "Sanne",
                "Klantenservice", "TCK-4471", "The drum still leaks after the repair.",
                "A technician comes on 5 March between 8 and 12.", LocalDate.of(2026, 3, 6)));
        assertThat(form.editingProperty().get()).isTrue();
        assertThat(form.headingProperty().get()).isEqualTo("Phone call");
        assertThat(form.hasUnsavedChanges()).isFalse();
        assertThat(form.form().busyProperty().get()).isFalse();

        form.summaryProperty().set("The drum still leaks after the second repair.");
        assertThat(form.save()).isTrue();
        settle();
        assertThat(stored()).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(call.id());
            assertThat(again.details().summary()).isEqualTo("The drum still leaks after the second repair.");
        });
        assertThat(saved).hasSize(2);
    }

    @Test
    void aStoredCallFillsTheFormAndCanBeDeleted() throws Exception {
        CallEntry call = log.logCall(dossierId, new CallDetails(new Timestamp(MARCH_2.atTime(14, 5), null,
                TimestampSource.USER, Precision.MINUTE), Duration.ofMinutes(12), CallDirection.INCOMING, "Sanne",
                "Klantenservice", "TCK-4471", "Leaks", "Technician on Friday", LocalDate.of(2026, 3, 6)));

        form.edit(call);

        assertThat(form.form().dateProperty().get()).isEqualTo(MARCH_2);
        assertThat(form.form().timeProperty().get()).isEqualTo("14:05");
        assertThat(form.durationProperty().get()).isEqualTo("12 min");
        assertThat(form.directionProperty().get()).isEqualTo(CallDirection.INCOMING);
        assertThat(form.agentProperty().get()).isEqualTo("Sanne");
        assertThat(form.referenceProperty().get()).isEqualTo("TCK-4471");
        assertThat(form.agreementsProperty().get()).isEqualTo("Technician on Friday");
        assertThat(form.followUpProperty().get()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(form.editingProperty().get()).isTrue();
        assertThat(form.hasUnsavedChanges()).isFalse();
        assertThat(form.deleteQuestion())
                .isEqualTo("Delete the phone call of 2 Mar 2026 14:05 from this dossier? This cannot be undone.");

        form.delete();
        settle();

        assertThat(stored()).isEmpty();
        assertThat(deleted).containsExactly(call);
        assertThat(form.editingProperty().get()).isFalse();
        assertThat(form.agentProperty().get()).isEmpty();
        assertThat(form.save()).as("an emptied form belongs to no dossier").isFalse();
    }

    @Test
    void aStoredMomentAndDurationLeftAsTheyWereAreKeptToTheSecond() throws Exception {
        Timestamp exact = new Timestamp(LocalDateTime.of(2026, 3, 2, 14, 5, 31), ZoneOffset.ofHours(1),
                TimestampSource.USER, Precision.SECOND);
        CallEntry call = log.logCall(dossierId, new CallDetails(exact, Duration.ofSeconds(12 * 60 + 31),
                CallDirection.OUTGOING, "Sanne", "", "", "Leaks", "", null));

        form.edit(call);
        assertThat(form.durationProperty().get()).isEqualTo("13 min");
        form.summaryProperty().set("Leaks, and the door does not close");
        assertThat(form.save()).isTrue();
        settle();

        CallDetails details = stored().get(0).details();
        assertThat(details.startedAt()).isEqualTo(exact);
        assertThat(details.duration()).isEqualTo(Duration.ofSeconds(12 * 60 + 31));
        assertThat(details.summary()).isEqualTo("Leaks, and the door does not close");
    }
}
