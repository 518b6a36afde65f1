package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.ItemRef;
import nl.bewijsmap.domain.MediaType;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.ReadinessProblem;
import nl.bewijsmap.domain.ReadinessSeverity;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.TimestampSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReadinessTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final LocalDate TODAY = LocalDate.parse("2026-05-01");

    /** A dossier a dispute body would take: bought, complained in writing six weeks ago, photos dated. */
    private static TestDossier ready() {
        return TestDossier.nl().ordered("2026-02-01").delivered("2026-02-03").discovered("2026-03-01")
                .evidence(EvidenceKind.ORDER_CONFIRMATION, "2026-02-01", TimestampSource.EMAIL_DATE)
                .evidence(EvidenceKind.PHOTO, "2026-03-01", TimestampSource.EXIF_ORIGINAL)
                .call("2026-03-02", "They will send a technician")
                .event(EventKind.COMPLAINT_SENT, "2026-03-16");
    }

    @ParameterizedTest
    @EnumSource(Recipient.class)
    void aCompleteDossierIsReady(Recipient recipient) {
        assertThat(Readiness.check(ready().build(), recipient, TODAY)).isEmpty();
    }

    @Test
    void withoutProofOfPurchaseADisputeBodyIsBlockedAndTheSellerWarned() {
        TestDossier dossier = TestDossier.nl().ordered("2026-02-01").event(EventKind.COMPLAINT_SENT, "2026-03-01")
                .evidence(EvidenceKind.TERMS, "2026-02-01");

        assertThat(issue(dossier, Recipient.GESCHILLENCOMMISSIE, ReadinessProblem.NO_PROOF_OF_PURCHASE).severity())
                .isEqualTo(ReadinessSeverity.BLOCKER);
        assertThat(issue(dossier, Recipient.SELLER, ReadinessProblem.NO_PROOF_OF_PURCHASE).severity())
                .isEqualTo(ReadinessSeverity.WARNING);
        // a bank statement is proof enough
        dossier.evidence(EvidenceKind.BANK_STATEMENT, "2026-02-02");
        assertThat(problems(dossier, Recipient.DIGIDISPUUT)).doesNotContain(ReadinessProblem.NO_PROOF_OF_PURCHASE);
    }

    @Test
    void aDisputeBodyWantsAWrittenComplaint() {
        TestDossier called = TestDossier.nl().ordered("2026-02-01").evidence(EvidenceKind.RECEIPT, "2026-02-01")
                .call("2026-03-01", "Nothing agreed");

        assertThat(issue(called, Recipient.KEURMERK, ReadinessProblem.NO_WRITTEN_COMPLAINT).severity())
                .isEqualTo(ReadinessSeverity.BLOCKER);
        assertThat(problems(called, Recipient.SELLER)).doesNotContain(ReadinessProblem.NO_WRITTEN_COMPLAINT);
        // an email to the seller kept as evidence is a written complaint
        called.evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-03-02");
        assertThat(problems(called, Recipient.KEURMERK)).doesNotContain(ReadinessProblem.NO_WRITTEN_COMPLAINT);
    }

    @Test
    void aComplaintYoungerThanFourWeeksIsTooRecentUnlessTheSellerRefused() {
        // complaint Monday 20 April 2026; four weeks end 18 May
        TestDossier recent = TestDossier.nl().ordered("2026-02-01").evidence(EvidenceKind.RECEIPT, "2026-02-01");
        long complaint = recent.nextId();
        recent.event(EventKind.COMPLAINT_SENT, "2026-04-20");

        ReadinessIssue tooRecent = issue(recent, Recipient.GESCHILLENCOMMISSIE, ReadinessProblem.COMPLAINT_TOO_RECENT);
        assertThat(tooRecent.severity()).isEqualTo(ReadinessSeverity.BLOCKER);
        assertThat(tooRecent.date()).isEqualTo("2026-05-18");
        assertThat(tooRecent.items()).containsExactly(ItemRef.event(complaint));
        assertThat(issue(recent, Recipient.DIGIDISPUUT, ReadinessProblem.COMPLAINT_TOO_RECENT).severity())
                .isEqualTo(ReadinessSeverity.WARNING);
        recent.event(EventKind.SELLER_REFUSED, "2026-04-25");
        assertThat(problems(recent, Recipient.GESCHILLENCOMMISSIE))
                .doesNotContain(ReadinessProblem.COMPLAINT_TOO_RECENT);
    }

    @Test
    void aComplaintKeptAsAnEmailToTheSellerIsDatedByThatEmail() {
        // discovered 1 March; complaint emailed Monday 20 April 2026 and kept as evidence: four weeks end 18 May
        TestDossier emailed = TestDossier.nl().ordered("2026-02-01").discovered("2026-03-01")
                .evidence(EvidenceKind.RECEIPT, "2026-02-01");
        long email = emailed.nextId();
        emailed.evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-04-20");

        ReadinessIssue tooRecent = issue(emailed, Recipient.GESCHILLENCOMMISSIE,
                ReadinessProblem.COMPLAINT_TOO_RECENT);

        assertThat(tooRecent.date()).isEqualTo("2026-05-18");
        assertThat(tooRecent.items()).containsExactly(ItemRef.evidence(email));
    }

    @Test
    void aLetterToTheSellerBeforeTheDiscoveryDoesNotDateTheComplaint() {
        // a letter of 2 February is about something else; the complaint of 20 April is too recent on 1 May
        TestDossier dossier = TestDossier.nl().ordered("2026-02-01").discovered("2026-03-01")
                .evidence(EvidenceKind.RECEIPT, "2026-02-01")
                .evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-02-02")
                .evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-04-20");

        assertThat(issue(dossier, Recipient.GESCHILLENCOMMISSIE, ReadinessProblem.COMPLAINT_TOO_RECENT).date())
                .isEqualTo("2026-05-18");
    }

    @Test
    void theFirstComplaintCounts() {
        // complained on 16 March (old enough) and again on 20 April
        TestDossier twice = ready().event(EventKind.COMPLAINT_SENT, "2026-04-20");

        assertThat(problems(twice, Recipient.GESCHILLENCOMMISSIE)).isEmpty();
    }

    @Test
    void theFilingTermOfTheGeschillencommissieCanPass() {
        // complaint 16 March 2026: 12 months end 16 March 2027
        assertThat(problems(ready(), Recipient.GESCHILLENCOMMISSIE, LocalDate.parse("2027-03-16")))
                .doesNotContain(ReadinessProblem.FILING_DEADLINE_PASSED);
        List<ReadinessIssue> late = Readiness.check(ready().build(), Recipient.GESCHILLENCOMMISSIE,
                LocalDate.parse("2027-03-17"));
        assertThat(late).filteredOn(i -> i.problem() == ReadinessProblem.FILING_DEADLINE_PASSED)
                .singleElement().satisfies(issue -> {
                    assertThat(issue.severity()).isEqualTo(ReadinessSeverity.BLOCKER);
                    assertThat(issue.date()).isEqualTo("2027-03-16");
                });
        assertThat(problems(ready(), Recipient.DIGIDISPUUT, LocalDate.parse("2027-03-17")))
                .doesNotContain(ReadinessProblem.FILING_DEADLINE_PASSED);
    }

    @Test
    void theSellerNeedsANameAndAnAddressAndTheDossierAProblemAndAPurchaseDate() {
        TestDossier bare = TestDossier.nl().sellerName("").sellerAddress(Address.EMPTY).problem("")
                .evidence(EvidenceKind.RECEIPT, "2026-02-01");

        List<ReadinessIssue> issues = Readiness.check(bare.build(), Recipient.SELLER, TODAY);

        assertThat(issues).extracting(ReadinessIssue::problem).containsExactly(ReadinessProblem.NO_SELLER_NAME,
                ReadinessProblem.NO_PROBLEM_DESCRIPTION, ReadinessProblem.NO_SELLER_ADDRESS,
                ReadinessProblem.NO_PURCHASE_DATE);
        assertThat(issues).extracting(ReadinessIssue::severity).containsExactly(ReadinessSeverity.BLOCKER,
                ReadinessSeverity.BLOCKER, ReadinessSeverity.WARNING, ReadinessSeverity.WARNING);
        // a street without a city is no address a letter can reach
        TestDossier streetOnly = ready().sellerAddress(new Address("Markt 1", "", "", ""));
        assertThat(problems(streetOnly, Recipient.SELLER)).containsExactly(ReadinessProblem.NO_SELLER_ADDRESS);
    }

    @Test
    void itemsWithWeakMissingOrFutureDatesAreNamed() {
        TestDossier dossier = ready();
        long weakPhoto = dossier.nextId();
        dossier.evidence(EvidenceKind.PHOTO, "2026-03-01", TimestampSource.FILE_MODIFIED);
        long weakVideo = dossier.nextId();
        dossier.evidence(EvidenceKind.VIDEO, "2026-03-01", TimestampSource.NONE);
        // a receipt with only a file date is not a picture of the defect: not flagged as weak
        dossier.evidence(EvidenceKind.RECEIPT, "2026-02-01", TimestampSource.FILE_MODIFIED);
        long undated = dossier.nextId();
        dossier.evidence(EvidenceKind.SCREENSHOT, null);
        long futureEvidence = dossier.nextId();
        dossier.evidence(EvidenceKind.PHOTO, "2026-05-02");
        long futureCall = dossier.nextId();
        dossier.call("2026-06-01", "Call back");
        long futureEvent = dossier.nextId();
        dossier.event(EventKind.NOTE, "2026-05-02");

        List<ReadinessIssue> issues = Readiness.check(dossier.build(), Recipient.SELLER, TODAY);

        assertThat(issue(issues, ReadinessProblem.UNRELIABLE_DATES).items())
                .containsExactly(ItemRef.evidence(weakPhoto), ItemRef.evidence(weakVideo));
        assertThat(issue(issues, ReadinessProblem.UNRELIABLE_DATES).count()).isEqualTo(2);
        assertThat(issue(issues, ReadinessProblem.UNDATED_ITEMS).items()).containsExactly(ItemRef.evidence(undated));
        assertThat(issue(issues, ReadinessProblem.DATED_IN_FUTURE).items()).containsExactly(
                ItemRef.evidence(futureEvidence), ItemRef.call(futureCall), ItemRef.event(futureEvent));
        assertThat(issues).allMatch(issue -> issue.severity() == ReadinessSeverity.WARNING);
    }

    @Test
    void callsWithoutAgreementsAreNamed() {
        TestDossier dossier = ready();
        long silent = dossier.nextId();
        dossier.call("2026-03-05", "  ");

        ReadinessIssue issue = issue(dossier, Recipient.SELLER, ReadinessProblem.CALLS_WITHOUT_AGREEMENTS);

        assertThat(issue.items()).containsExactly(ItemRef.call(silent));
    }

    @Test
    void eachProblemIsWordedWithItsFixInBothLanguages() {
        ReadinessIssue recent = new ReadinessIssue(ReadinessProblem.COMPLAINT_TOO_RECENT, ReadinessSeverity.BLOCKER,
                List.of(), 1, LocalDate.parse("2026-05-18"));
        ReadinessIssue photos = new ReadinessIssue(ReadinessProblem.UNRELIABLE_DATES, ReadinessSeverity.WARNING,
                List.of(ItemRef.evidence(1), ItemRef.evidence(2)), 2, null);

        assertThat(GuideTexts.problem(recent, Locale.ENGLISH)).endsWith("until 18 May 2026.");
        assertThat(GuideTexts.fix(recent, DUTCH)).startsWith("Wacht tot 18 mei 2026");
        assertThat(GuideTexts.problem(photos, Locale.ENGLISH)).startsWith("2 photos, videos or screenshots have");
        assertThat(GuideTexts.problem(photos, DUTCH)).startsWith("2 beeldbestanden");
        assertThat(GuideTexts.severity(ReadinessSeverity.BLOCKER, DUTCH)).isEqualTo("Eerst oplossen");
        for (ReadinessProblem problem : ReadinessProblem.values()) {
            ReadinessIssue one = new ReadinessIssue(problem, ReadinessSeverity.WARNING, List.of(), 1, TODAY);
            for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
                assertThat(GuideTexts.problem(one, locale)).as("%s %s", problem, locale).isNotBlank()
                        .doesNotContain("{", "null");
                assertThat(GuideTexts.fix(one, locale)).as("%s %s", problem, locale).isNotBlank()
                        .doesNotContain("{", "null");
            }
        }
    }

    @Test
    void iphonePhotosInHeicAreNamedBecauseThePackageOftenCannotShowThem() {
        TestDossier dossier = TestDossier.nl()
                .evidence(EvidenceKind.PHOTO, "2026-03-01", TimestampSource.EXIF_ORIGINAL, MediaType.HEIF)
                .evidence(EvidenceKind.PHOTO, "2026-03-01", TimestampSource.EXIF_ORIGINAL, MediaType.JPEG);

        ReadinessIssue issue = issue(dossier, Recipient.SELLER, ReadinessProblem.PHOTOS_NOT_SHOWN);

        assertThat(issue.severity()).isEqualTo(ReadinessSeverity.WARNING);
        assertThat(issue.items()).containsExactly(ItemRef.evidence(1));
        assertThat(GuideTexts.problem(issue, Locale.forLanguageTag("nl-NL"))).startsWith("1 foto staat in het HEIC");
        assertThat(GuideTexts.fix(issue, Locale.ENGLISH)).contains("this photo as JPEG");
    }

    private static ReadinessIssue issue(TestDossier dossier, Recipient recipient, ReadinessProblem problem) {
        return issue(Readiness.check(dossier.build(), recipient, TODAY), problem);
    }

    private static ReadinessIssue issue(List<ReadinessIssue> issues, ReadinessProblem problem) {
        return issues.stream().filter(issue -> issue.problem() == problem).findFirst().orElseThrow();
    }

    private static List<ReadinessProblem> problems(TestDossier dossier, Recipient recipient) {
        return problems(dossier, recipient, TODAY);
    }

    private static List<ReadinessProblem> problems(TestDossier dossier, Recipient recipient, LocalDate today) {
        return Readiness.check(dossier.build(), recipient, today).stream().map(ReadinessIssue::problem).toList();
    }
}
