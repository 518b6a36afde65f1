package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.EvidenceItem;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.ReadinessSeverity;

/** The readiness checks that look at each item of a dossier: its date and, for calls, the agreements. */
final class ItemChecks {

    private ItemChecks() {
    }

    static void add(DossierContents contents, LocalDate today, Set<EvidenceKind> pictures,
            List<ReadinessIssue> issues) {
        List<ItemRef> unreliable = new ArrayList<>();
        List<ItemRef> undated = new ArrayList<>();
        List<ItemRef> future = new ArrayList<>();
        List<ItemRef> notShown = new ArrayList<>();
        for (EvidenceItem item : contents.evidence()) {
            if (item.mediaType() == MediaType.HEIF) {
                // Java reads no HEVC: the package can show only a preview the phone stored in the file, if any.
                notShown.add(ItemRef.evidence(item.id()));
            }
            if (item.occurredAt() == null) {
                undated.add(ItemRef.evidence(item.id()));
            } else if (Occurrences.day(item).isAfter(today)) {
                future.add(ItemRef.evidence(item.id()));
            } else if (pictures.contains(item.kind()) && !item.occurredAt().source().isReliable()) {
                // A photo's file date is when it was copied, not when the defect was seen.
                unreliable.add(ItemRef.evidence(item.id()));
            }
        }
        List<ItemRef> noAgreements = new ArrayList<>();
        for (CallEntry call : contents.calls()) {
            if (Occurrences.day(call).isAfter(today)) {
                future.add(ItemRef.call(call.id()));
            }
            if (!call.details().hasAgreements()) {
                noAgreements.add(ItemRef.call(call.id()));
            }
        }
        for (DossierEvent event : contents.events()) {
            if (Occurrences.day(event).isAfter(today)) {
                future.add(ItemRef.event(event.id()));
            }
        }
        add(ReadinessProblem.UNRELIABLE_DATES, unreliable, issues);
        add(ReadinessProblem.UNDATED_ITEMS, undated, issues);
        add(ReadinessProblem.DATED_IN_FUTURE, future, issues);
        add(ReadinessProblem.CALLS_WITHOUT_AGREEMENTS, noAgreements, issues);
        add(ReadinessProblem.PHOTOS_NOT_SHOWN, notShown, issues);
    }

    private static void add(ReadinessProblem problem, List<ItemRef> items, List<ReadinessIssue> issues) {
        if (!items.isEmpty()) {
            issues.add(new ReadinessIssue(problem, ReadinessSeverity.WARNING, items, items.size(), null));
        }
    }
}
