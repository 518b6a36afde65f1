package nl.bewijsmap.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.Precision;
import nl.bewijsmap.domain.Timestamp;
import nl.bewijsmap.domain.TimestampSource;
import nl.bewijsmap.store.NewEvidence;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline of a real dossier on a real data folder, with background work run at once on the same thread. */
class TimelineViewModelTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 3, 20, 9, 0, 0, 0, AMSTERDAM).toInstant(),
            AMSTERDAM);

    @TempDir
    Path dataDir;

    private Services services;
    private long dossierId;
    private final List<Exception> errors = new ArrayList<>();
    private TimelineViewModel timeline;

    @BeforeEach
    void open() {
        services = Services.open(dataDir, CLOCK);
        dossierId = services.dossiers().create("Washing machine", DossierFacts.EMPTY, null).id();
        timeline = new TimelineViewModel(services.rules()::timeline,
                Background.direct(), new I18n(I18n.ENGLISH), CLOCK, errors::add);
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private static Timestamp at(String local, TimestampSource source, Precision precision) {
        return new Timestamp(LocalDateTime.parse(local), null, source, precision);
    }

    private void photo(int n, String title, String note, Timestamp when) {
        services.evidence().add(dossierId, new NewEvidence(EvidenceKind.PHOTO, title, note, "IMG_" + n + ".jpg",
                String.format(Locale.ROOT, "%064x", n), 1000, MediaType.JPEG, when, "", false));
    }

    private CallEntry call(String start, String agent, String summary, String agreements) {
        return services.log().logCall(dossierId, new CallDetails(at(start, TimestampSource.USER, Precision.MINUTE),
                Duration.ofMinutes(12), CallDirection.OUTGOING, agent, "Customer service", "T-1", summary,
                agreements, null));
    }

    /** A day with a photo at 10:00, a call at 09:00 and an event known only to the day; a photo the day before. */
    private void fillOneDay() {
        photo(1, "Water on the floor", "Leak under the door", at("2026-03-05T10:00:00", TimestampSource.EXIF_ORIGINAL,
                Precision.SECOND));
        call("2026-03-05T09:00", "Priya", "The drum makes noise", "Technician comes on Friday");
        services.log().record(dossierId, EventKind.REPAIR, at("2026-03-05T00:00", TimestampSource.USER,
                Precision.DAY), "Technician looked at the drum");
        photo(2, "Delivery", "", at("2026-03-04T18:00:00", TimestampSource.EXIF_ORIGINAL, Precision.SECOND));
        photo(3, "Old receipt", "", null);
    }

    /** The titles of the lines other than deadlines (the call below counts as notice of the defect, so a claim
     * limitation deadline joins in; the deadline test looks at those). */
    private List<String> titles(List<TimelineRow> rows) {
        return rows.stream().filter(row -> row.type() != RowType.DEADLINE).map(TimelineRow::title).toList();
    }

    @Test
    void everythingIsInTimeOrderWithTheDayOnlyEventFirstInItsDayAndTheUndatedApart() {
        fillOneDay();

        timeline.load(dossierId);

        assertThat(titles(timeline.dated())).containsExactly("Delivery", "Repair attempt",
                "You called Priya (Customer service)", "Water on the floor");
        assertThat(titles(timeline.undated())).containsExactly("Old receipt");
        assertThat(timeline.undated().get(0).when()).isEqualTo("No date");
        assertThat(timeline.dated().get(1).when()).isEqualTo("Thu 5 Mar 2026");
        assertThat(timeline.dated().get(2).when()).isEqualTo("Thu 5 Mar 2026  09:00");
        assertThat(timeline.countTextProperty().get()).isEqualTo("6 items");
    }

    @Test
    void newestFirstTurnsTheDatedLinesAroundAndLeavesTheUndatedApart() {
        fillOneDay();
        timeline.load(dossierId);

        timeline.newestFirstProperty().set(true);

        assertThat(titles(timeline.dated())).containsExactly("Water on the floor",
                "You called Priya (Customer service)", "Repair attempt", "Delivery");
        assertThat(titles(timeline.undated())).containsExactly("Old receipt");
    }

    @Test
    void searchingLooksInTitlesNotesAgreementsAndEventTextsWithEveryWordNeeded() {
        fillOneDay();
        timeline.load(dossierId);

        timeline.queryProperty().set("FRIDAY");
        assertThat(titles(timeline.dated())).containsExactly("You called Priya (Customer service)");

        timeline.queryProperty().set("drum");
        assertThat(titles(timeline.dated())).containsExactly("Repair attempt", "You called Priya (Customer service)");

        timeline.queryProperty().set("drum  technician   noise");
        assertThat(titles(timeline.dated())).containsExactly("You called Priya (Customer service)");

        timeline.queryProperty().set("leak");
        assertThat(titles(timeline.dated())).containsExactly("Water on the floor");
        assertThat(timeline.countTextProperty().get()).isEqualTo("1 of 6 shown");

        timeline.queryProperty().set("receipt");
        assertThat(timeline.dated()).isEmpty();
        assertThat(titles(timeline.undated())).containsExactly("Old receipt");

        timeline.queryProperty().set("");
        assertThat(timeline.dated()).hasSize(5);
    }

    @Test
    void theKindFilterShowsOnlyThatKindAndWorksTogetherWithTheSearch() {
        fillOneDay();
        timeline.load(dossierId);

        timeline.filterProperty().set(TimelineFilter.CALLS);
        assertThat(titles(timeline.dated())).containsExactly("You called Priya (Customer service)");
        assertThat(timeline.undated()).isEmpty();

        timeline.filterProperty().set(TimelineFilter.EVIDENCE);
        assertThat(titles(timeline.dated())).containsExactly("Delivery", "Water on the floor");
        assertThat(titles(timeline.undated())).containsExactly("Old receipt");

        timeline.queryProperty().set("drum");
        timeline.filterProperty().set(TimelineFilter.EVENTS);
        assertThat(titles(timeline.dated())).containsExactly("Repair attempt");
    }

    @Test
    void aCallLineSaysWhatWasAgreedAndFlagsACallWithoutAgreements() {
        call("2026-03-06T11:15", "", "Asked for a refund", "");
        call("2026-03-05T09:00", "Priya", "The drum makes noise", "Technician comes on Friday");

        timeline.load(dossierId);

        TimelineRow agreed = timeline.dated().get(0);
        assertThat(agreed.detail()).isEqualTo("Phone call  ·  12 min  ·  Agreed: Technician comes on Friday");
        assertThat(agreed.weak()).isFalse();
        TimelineRow nothingAgreed = timeline.dated().get(1);
        assertThat(nothingAgreed.title()).isEqualTo("You called the seller (Customer service)");
        assertThat(nothingAgreed.detail()).endsWith("No agreements written down");
        assertThat(nothingAgreed.weak()).isTrue();
    }

    @Test
    void readingAgainKeepsTheLineOpenedAndCanOpenANewOne() {
        fillOneDay();
        timeline.load(dossierId);
        timeline.selectedProperty().set(timeline.dated().get(3));

        CallEntry later = call("2026-03-05T09:30", "Mark", "Called back", "Refund within 5 days");
        timeline.reload(null);
        assertThat(timeline.selectedProperty().get().title()).isEqualTo("Water on the floor");

        timeline.reload(new nl.bewijsmap.domain.TimelineEntry.OfCall(later));
        assertThat(timeline.selectedProperty().get().title()).isEqualTo("You called Mark (Customer service)");
        assertThat(timeline.dated().indexOf(timeline.selectedProperty().get())).isEqualTo(3);
    }

    @Test
    void deadlinesStandOnTheirLastDayAndSayHowLongIsLeft() {
        // NL distance sale delivered Tue 10 March 2026: 14 days from the day after delivery end Tue 24 March.
        long sale = services.dossiers().create("Laptop", new DossierFacts(Country.NL, true, "Laptop", "", "", null,
                LocalDate.parse("2026-03-10"), null, null, null, "", null), null).id();
        services.log().record(sale, EventKind.NOTE, at("2026-03-23T00:00", TimestampSource.USER, Precision.DAY),
                "Still thinking about returning it");

        timeline.load(sale);
        timeline.filterProperty().set(TimelineFilter.DEADLINES);

        assertThat(timeline.dated()).extracting(TimelineRow::type).containsOnly(RowType.DEADLINE);
        TimelineRow withdrawal = timeline.dated().stream().filter(row -> row.title().equals("Withdrawal period"))
                .findFirst().orElseThrow();
        assertThat(withdrawal.when()).isEqualTo("Tue 24 Mar 2026");
        // The clock stands at Friday 20 March 2026.
        assertThat(withdrawal.detail()).isEqualTo("Open  ·  4 days left");
        assertThat(withdrawal.weak()).isTrue();

        timeline.filterProperty().set(TimelineFilter.ALL);
        List<String> titles = timeline.dated().stream().map(TimelineRow::title).toList();
        assertThat(titles.indexOf("Still thinking about returning it"))
                .isEqualTo(titles.indexOf("Withdrawal period") - 1);
    }

    @Test
    void anotherDossierStartsWithAnEmptySearchAndEverythingShown() {
        fillOneDay();
        timeline.load(dossierId);
        timeline.queryProperty().set("drum");
        timeline.filterProperty().set(TimelineFilter.CALLS);
        long other = services.dossiers().create("Laptop", DossierFacts.EMPTY, null).id();

        timeline.load(other);

        assertThat(timeline.queryProperty().get()).isEmpty();
        assertThat(timeline.filterProperty().get()).isEqualTo(TimelineFilter.ALL);
        assertThat(timeline.dated()).isEmpty();
        assertThat(timeline.countTextProperty().get()).isEqualTo("No items");
    }
}
