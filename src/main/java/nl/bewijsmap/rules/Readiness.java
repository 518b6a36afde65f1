package nl.bewijsmap.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.bewijsmap.domain.DossierContents;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.ReadinessSeverity;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Route;
import nl.bewijsmap.domain.RouteFacts;
import nl.bewijsmap.domain.Term;

/**
 * Lists what the recipient of a complaint package would miss in a dossier, before it is exported: blockers first
 * (what would most likely make a dispute body decline the case), then warnings (what makes it weaker or slower).
 * The complaint waiting time (4 weeks unless the seller refused) and the 12-month filing term are those of
 * De Geschillencommissie; the wait is a warning for the other dispute bodies, which may ask the same.
 */
public final class Readiness {

    private static final Set<EvidenceKind> PROOF_OF_PURCHASE = Set.of(EvidenceKind.RECEIPT,
            EvidenceKind.ORDER_CONFIRMATION, EvidenceKind.BANK_STATEMENT);
    private static final Set<EvidenceKind> PICTURES = Set.of(EvidenceKind.PHOTO, EvidenceKind.VIDEO,
            EvidenceKind.SCREENSHOT);
    private static final Term DEFAULT_WAIT = Term.parse("P4W");
    private static final Term DEFAULT_FILING = Term.parse("P12M");

    private Readiness() {
    }

    /** The problems a package for {@code recipient} would have if made on {@code today}, blockers first. */
    public static List<ReadinessIssue> check(DossierContents contents, Recipient recipient, LocalDate today) {
        return check(contents, recipient, today, RuleBook.standard());
    }

    static List<ReadinessIssue> check(DossierContents contents, Recipient recipient, LocalDate today,
            RuleBook book) {
        List<ReadinessIssue> issues = new ArrayList<>();
        DossierFacts facts = contents.facts();
        boolean disputeBody = recipient.isDisputeBody();
        if (contents.evidence().stream().noneMatch(item -> PROOF_OF_PURCHASE.contains(item.kind()))) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_PROOF_OF_PURCHASE,
                    disputeBody ? ReadinessSeverity.BLOCKER : ReadinessSeverity.WARNING));
        }
        if (disputeBody) {
            complaint(contents, recipient, today, book, issues);
        }
        if (contents.seller().displayName().isEmpty()) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_SELLER_NAME, ReadinessSeverity.BLOCKER));
        }
        if (contents.seller().address().street().isEmpty() || contents.seller().address().city().isEmpty()) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_SELLER_ADDRESS, ReadinessSeverity.WARNING));
        }
        if (facts.problem().isEmpty()) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_PROBLEM_DESCRIPTION, ReadinessSeverity.BLOCKER));
        }
        if (facts.orderDate() == null) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_PURCHASE_DATE, ReadinessSeverity.WARNING));
        }
        ItemChecks.add(contents, today, PICTURES, issues);
        issues.sort(Comparator.comparing(ReadinessIssue::severity).thenComparing(ReadinessIssue::problem));
        return List.copyOf(issues);
    }

    /** The complaints recorded on {@code day}; without one, the letters or emails to the seller of that day. */
    private static List<ItemRef> complaintItems(DossierContents contents, LocalDate day) {
        List<ItemRef> events = contents.events().stream()
                .filter(event -> event.kind() == EventKind.COMPLAINT_SENT && Occurrences.day(event).equals(day))
                .map(event -> ItemRef.event(event.id())).toList();
        if (!events.isEmpty()) {
            return events;
        }
        return contents.evidence().stream().filter(item -> item.kind() == EvidenceKind.CORRESPONDENCE_OUT
                && item.occurredAt() != null && Occurrences.day(item).equals(day))
                .map(item -> ItemRef.evidence(item.id())).toList();
    }

    /** A dispute body wants a written complaint that the seller had time to answer, and not too long ago. */
    private static void complaint(DossierContents contents, Recipient recipient, LocalDate today, RuleBook book,
            List<ReadinessIssue> issues) {
        Occurrences occurrences = new Occurrences(contents);
        if (!occurrences.hasWrittenComplaint()) {
            issues.add(ReadinessIssue.missing(ReadinessProblem.NO_WRITTEN_COMPLAINT, ReadinessSeverity.BLOCKER));
            return;
        }
        Optional<LocalDate> first = occurrences.firstComplaint();
        if (first.isEmpty()) {
            return;
        }
        Optional<RouteFacts> commission = book.route(Route.GESCHILLENCOMMISSIE);
        Term wait = commission.map(RouteFacts::waitAfterComplaint).orElse(DEFAULT_WAIT);
        Term within = commission.map(RouteFacts::fileWithin).orElse(DEFAULT_FILING);
        boolean refused = occurrences.first(first.get(), EventKind.SELLER_REFUSED).isPresent();
        LocalDate from = wait.endFrom(first.get());
        List<ItemRef> complaints = complaintItems(contents, first.get());
        if (!refused && today.isBefore(from)) {
            issues.add(new ReadinessIssue(ReadinessProblem.COMPLAINT_TOO_RECENT,
                    recipient == Recipient.GESCHILLENCOMMISSIE ? ReadinessSeverity.BLOCKER : ReadinessSeverity.WARNING,
                    complaints, Math.max(1, complaints.size()), from));
        }
        LocalDate last = within.endFrom(first.get());
        boolean filed = occurrences.first(first.get(), EventKind.DISPUTE_FILED).isPresent();
        if (recipient == Recipient.GESCHILLENCOMMISSIE && today.isAfter(last) && !filed) {
            issues.add(new ReadinessIssue(ReadinessProblem.FILING_DEADLINE_PASSED, ReadinessSeverity.BLOCKER,
                    complaints, Math.max(1, complaints.size()), last));
        }
    }
}
