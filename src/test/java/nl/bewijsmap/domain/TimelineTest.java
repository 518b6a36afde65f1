package nl.bewijsmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a dossier's story: oldest first, day-only at the start of its day, undated evidence apart. */
class TimelineTest {

    private static final Timestamp NOW = at("2026-03-10T12:00:00", Precision.SECOND);
    private static final Dossier DOSSIER = new Dossier(1, "Wasmachine", DossierFacts.EMPTY, Phase.OWN_ATTEMPT, false,
            NOW, NOW);

    private static Timestamp at(String local, Precision precision) {
        return new Timestamp(LocalDateTime.parse(local), null, TimestampSource.USER, precision);
    }

    private static EvidenceItem photo(long id, Timestamp when) {
        return new EvidenceItem(id, 1, EvidenceKind.PHOTO, "Photo " + id, "", "IMG_" + id + ".jpg",
                String.format("%064x", id), 100, MediaType.JPEG, when, when, "", NOW);
    }

    private static CallEntry call(long id, Timestamp when) {
        return new CallEntry(id, 1, new CallDetails(when, null, null, "Agent " + id, "", "", "", "", null), NOW);
    }

    private static DossierEvent note(long id, Timestamp when) {
        return new DossierEvent(id, 1, EventKind.NOTE, when, "Note " + id, NOW);
    }

    private static Timeline timeline(List<EvidenceItem> evidence, List<CallEntry> calls, List<DossierEvent> events) {
        return Timeline.of(new DossierContents(DOSSIER, null, evidence, calls, events), List.of());
    }

    private static List<String> names(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineTest::name).toList();
    }

    private static String name(TimelineEntry entry) {
        if (entry instanceof TimelineEntry.OfEvidence e) {
            return e.item().title();
        }
        if (entry instanceof TimelineEntry.OfCall c) {
            return c.call().details().agent();
        }
        return ((TimelineEntry.OfEvent) entry).event().text();
    }

    @Test
    void everyKindOfItemIsSortedOldestFirstTogether() {
        Timeline timeline = timeline(
                List.of(photo(1, at("2026-03-03T10:00:00", Precision.SECOND))),
                List.of(call(1, at("2026-03-04T09:00", Precision.MINUTE)),
                        call(2, at("2026-03-01T09:00", Precision.MINUTE))),
                List.of(note(1, at("2026-03-02T18:30", Precision.MINUTE))));

        assertThat(names(timeline.dated())).containsExactly("Agent 2", "Note 1", "Photo 1", "Agent 1");
        assertThat(timeline.undated()).isEmpty();
    }

    @Test
    void anItemKnownOnlyToTheDayComesBeforeEveryTimedItemOfThatDayEvenAtMidnight() {
        Timeline timeline = timeline(
                List.of(photo(1, at("2026-03-05T00:00:00", Precision.SECOND))),
                List.of(call(1, at("2026-03-04T23:59", Precision.MINUTE))),
                List.of(note(1, at("2026-03-05T00:00", Precision.DAY)),
                        note(2, at("2026-03-05T08:00", Precision.MINUTE))));

        assertThat(names(timeline.dated())).containsExactly("Agent 1", "Note 1", "Photo 1", "Note 2");
    }

    @Test
    void evidenceWithoutADateIsKeptApartAndComesLast() {
        Timeline timeline = timeline(
                List.of(photo(1, null), photo(2, at("2026-03-05T10:00:00", Precision.SECOND)), photo(3, null)),
                List.of(),
                List.of(note(1, at("2099-01-01T00:00", Precision.DAY))));

        assertThat(names(timeline.dated())).containsExactly("Photo 2", "Note 1");
        assertThat(names(timeline.undated())).containsExactly("Photo 1", "Photo 3");
        assertThat(names(timeline.all())).containsExactly("Photo 2", "Note 1", "Photo 1", "Photo 3");
    }

    @Test
    void itemsAtTheSameMomentGoEventThenCallThenEvidenceThenByNumber() {
        Timestamp same = at("2026-03-05T14:05", Precision.MINUTE);
        Timeline timeline = timeline(List.of(photo(2, same), photo(1, same)), List.of(call(1, same)),
                List.of(note(1, same)));

        assertThat(names(timeline.dated())).containsExactly("Note 1", "Agent 1", "Photo 1", "Photo 2");
    }

    @Test
    void itemsSortByTheLocalTimeTheyShowNeverConvertedByTheirOffset() {
        Timestamp tenInAthens = new Timestamp(LocalDateTime.parse("2026-03-05T10:00"), ZoneOffset.ofHours(3),
                TimestampSource.EXIF_ORIGINAL, Precision.SECOND);
        Timeline timeline = timeline(List.of(photo(1, tenInAthens)), List.of(),
                List.of(note(1, at("2026-03-05T09:30", Precision.MINUTE))));

        assertThat(names(timeline.dated())).containsExactly("Note 1", "Photo 1");
    }

    @Test
    void extraEntriesTakeTheirPlaceAmongTheOthers() {
        Timeline timeline = Timeline.of(new DossierContents(DOSSIER, null,
                        List.of(photo(1, at("2026-03-05T10:00:00", Precision.SECOND))), List.of(),
                        List.of(note(1, at("2026-03-07T00:00", Precision.DAY)))),
                List.of(new TimelineEntry.OfEvent(note(2, at("2026-03-06T00:00", Precision.DAY)))));

        assertThat(names(timeline.dated())).containsExactly("Photo 1", "Note 2", "Note 1");
    }
}
