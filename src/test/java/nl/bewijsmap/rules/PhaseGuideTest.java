package nl.bewijsmap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.NextStep;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.domain.PhaseAdvice;
import nl.bewijsmap.domain.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The route that fits the seller and the country, and the next step along it from the first complaint to filing,
 * with the words that name it. What an answer or act of the seller changes is in {@link PhaseGuideAnswersTest}.
 */
class PhaseGuideTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private final PhaseGuide guide = PhaseGuide.standard();

    @ParameterizedTest(name = "{0}, {1}, {2}, seller in \"{3}\": {4}")
    @CsvSource(textBlock = """
            NL, WEBWINKELKEUR, UNKNOWN, , WEBWINKELKEUR DIGIDISPUUT
            NL, THUISWINKEL_WAARBORG, UNKNOWN, , GESCHILLENCOMMISSIE
            NL, NONE, GESCHILLENCOMMISSIE, , GESCHILLENCOMMISSIE
            NL, NONE, DIGIDISPUUT, , DIGIDISPUUT
            NL, NONE, NONE, , KANTONRECHTER
            NL, NONE, UNKNOWN, Nederland, KANTONRECHTER
            NL, NONE, NONE, Duitsland, ECC
            NL, NONE, NONE, België, ECC
            NL, NONE, NONE, BE, ECC
            # a keurmerk route wins over the ECC
            NL, WEBWINKELKEUR, UNKNOWN, Germany, WEBWINKELKEUR DIGIDISPUUT
            # the ECC helps with sellers in the EU, Iceland and Norway only
            NL, NONE, NONE, China, KANTONRECHTER
            NL, NONE, NONE, Noorwegen, ECC
            BE, NONE, UNKNOWN, , CONSUMENTENOMBUDSDIENST VREDERECHTER
            BE, NONE, NONE, België, CONSUMENTENOMBUDSDIENST VREDERECHTER
            BE, NONE, NONE, Nederland, ECC
            BE, NONE, NONE, Frankrijk, ECC
            """)
    void theRouteFitsTheSellerAndTheCountry(String country, Keurmerk keurmerk, DisputeBody body, String where,
            String expected) {
        TestDossier dossier = TestDossier.of(country).keurmerk(keurmerk).disputeBody(body);
        if (where != null) {
            dossier.sellerCountry(where);
        }
        List<Route> routes = Arrays.stream(expected.split(" ")).map(Route::valueOf).toList();

        assertThat(PhaseGuide.routes(dossier.build())).containsExactlyElementsOf(routes);
    }

    @Test
    void firstTheSellerNeedsAWrittenComplaint() {
        PhaseAdvice advice = guide.advise(TestDossier.nl().call("2026-03-01", "").build(), day("2026-03-02"));

        assertThat(advice.step()).isEqualTo(NextStep.COMPLAIN_IN_WRITING);
        assertThat(advice.phase()).isEqualTo(Phase.OWN_ATTEMPT);
    }

    @ParameterizedTest(name = "refused {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # complaint Monday 2 March 2026: file from 30 March until 2 March 2027
            , 2026-03-10, WAIT_FOR_GESCHILLENCOMMISSIE
            , 2026-03-30, FILE_WITH_GESCHILLENCOMMISSIE
            2026-03-05, 2026-03-10, FILE_WITH_GESCHILLENCOMMISSIE
            , 2027-03-02, FILE_WITH_GESCHILLENCOMMISSIE
            , 2027-03-03, GESCHILLENCOMMISSIE_TOO_LATE
            """)
    void aThuiswinkelMemberGoesToTheGeschillencommissieInItsWindow(String refused, LocalDate today,
            NextStep step) {
        TestDossier dossier = TestDossier.nl().keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (refused != null) {
            dossier.event(EventKind.SELLER_REFUSED, refused);
        }

        PhaseAdvice advice = guide.advise(dossier.build(), today);

        assertThat(advice.step()).isEqualTo(step);
        assertThat(advice.earliestFiling()).isEqualTo("2026-03-30");
        assertThat(advice.latestFiling()).isEqualTo("2027-03-02");
        assertThat(advice.routes()).containsExactly(Route.GESCHILLENCOMMISSIE);
    }

    @Test
    void theGeschillencommissieStepNamesTheDatesAndTheFee() {
        var contents = TestDossier.nl().disputeBody(DisputeBody.GESCHILLENCOMMISSIE)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02").build();
        PhaseAdvice advice = guide.advise(contents, day("2026-03-10"));

        assertThat(GuideTexts.step(advice, Locale.ENGLISH)).isEqualTo("De Geschillencommissie takes your complaint "
                + "from 30 March 2026, once the seller has had time to solve it; sooner if the seller refuses. File no "
                + "later than 2 March 2027. The fee depends on the committee; for webshops it is €27.50 to €52.50.");
        assertThat(GuideTexts.step(advice, DUTCH)).contains("vanaf 30 maart 2026", "uiterlijk 2 maart 2027",
                "€ 27,50 tot € 52,50");
    }

    @Test
    void aComplaintKeptOnlyAsADatedLetterGivesTheDatesOfTheWindow() {
        // emailed Monday 2 March 2026: file from 30 March until 2 March 2027
        var contents = TestDossier.nl().keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .evidence(EvidenceKind.CORRESPONDENCE_OUT, "2026-03-02").build();
        PhaseAdvice advice = guide.advise(contents, day("2026-03-10"));

        assertThat(advice.step()).isEqualTo(NextStep.WAIT_FOR_GESCHILLENCOMMISSIE);
        assertThat(advice.earliestFiling()).isEqualTo("2026-03-30");
        assertThat(advice.latestFiling()).isEqualTo("2027-03-02");
    }

    @Test
    void aComplaintKeptOnlyAsAnUndatedLetterGivesTheStepWithoutDates() {
        var contents = TestDossier.nl().keurmerk(Keurmerk.THUISWINKEL_WAARBORG)
                .evidence(EvidenceKind.CORRESPONDENCE_OUT, null).build();
        PhaseAdvice advice = guide.advise(contents, day("2026-03-10"));

        assertThat(advice.step()).isEqualTo(NextStep.FILE_WITH_GESCHILLENCOMMISSIE);
        assertThat(advice.earliestFiling()).isNull();
        assertThat(GuideTexts.step(advice, Locale.ENGLISH)).contains("Record the date of your complaint")
                .doesNotContain("null");
    }

    @Test
    void aReplyKeptAsAnEmailEndsTheWaitForAReply() {
        // no dispute body, complaint 2 March 2026: without the reply the wait would last until 16 March
        var contents = TestDossier.nl().disputeBody(DisputeBody.NONE).event(EventKind.COMPLAINT_SENT, "2026-03-02")
                .evidence(EvidenceKind.CORRESPONDENCE_IN, "2026-03-06").build();

        assertThat(guide.advise(contents, day("2026-03-10")).step()).isEqualTo(NextStep.SEND_NOTICE_OF_DEFAULT);
    }

    @ParameterizedTest(name = "{0} on {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            # WebwinkelKeur shop, complaint 2 March 2026: reply term until 16 March
            , , 2026-03-10, WAIT_FOR_REPLY
            , , 2026-03-17, ASK_WEBWINKELKEUR
            SELLER_REFUSED, 2026-03-05, 2026-03-06, ASK_WEBWINKELKEUR
            MEDIATION_STARTED, 2026-03-20, 2026-04-20, FILE_WITH_DIGIDISPUUT
            DISPUTE_FILED, 2026-05-01, 2026-05-02, AWAIT_DECISION
            """)
    void aWebwinkelKeurShopGoesToMediationThenDigiDispuut(EventKind kind, String on, LocalDate today,
            NextStep step) {
        TestDossier dossier = TestDossier.nl().keurmerk(Keurmerk.WEBWINKELKEUR)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (kind != null) {
            dossier.event(kind, on);
        }

        assertThat(guide.advise(dossier.build(), today).step()).isEqualTo(step);
    }

    @Test
    void digiDispuutNamesItsFee() {
        var contents = TestDossier.nl().keurmerk(Keurmerk.WEBWINKELKEUR).event(EventKind.COMPLAINT_SENT, "2026-03-02")
                .event(EventKind.MEDIATION_STARTED, "2026-03-20").build();
        PhaseAdvice advice = guide.advise(contents, day("2026-04-20"));

        assertThat(GuideTexts.step(advice, Locale.ENGLISH)).endsWith("The fee is €25.");
        assertThat(GuideTexts.step(advice, DUTCH)).endsWith("De kosten zijn € 25.");
    }

    @ParameterizedTest(name = "{0} on {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            # no dispute body, complaint 2 March 2026: reply term until 16 March
            , , 2026-03-10, WAIT_FOR_REPLY
            , , 2026-03-17, SEND_NOTICE_OF_DEFAULT
            # notice of default 20 March: its term ends 3 April
            NOTICE_OF_DEFAULT_SENT, 2026-03-20, 2026-04-03, WAIT_FOR_NOTICE_TERM
            NOTICE_OF_DEFAULT_SENT, 2026-03-20, 2026-04-04, GO_TO_KANTONRECHTER
            """)
    void withoutADisputeBodyANoticeOfDefaultComesBeforeTheCourt(EventKind kind, String on, LocalDate today,
            NextStep step) {
        TestDossier dossier = TestDossier.nl().disputeBody(DisputeBody.NONE)
                .event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (kind != null) {
            dossier.event(kind, on);
        }

        assertThat(guide.advise(dossier.build(), today).step()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            UNKNOWN, FIND_DISPUTE_BODY
            OTHER, FILE_WITH_OTHER_BODY
            NONE, SEND_NOTICE_OF_DEFAULT
            """)
    void anUnknownDisputeBodyIsFoundOutFirst(DisputeBody body, NextStep step) {
        var contents = TestDossier.nl().disputeBody(body).event(EventKind.COMPLAINT_SENT, "2026-03-02").build();

        assertThat(guide.advise(contents, day("2026-03-20")).step()).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(textBlock = """
            # BE, complaint 2 March 2026
            , OWN_ATTEMPT, ASK_CONSUMENTENOMBUDSDIENST
            MEDIATION_STARTED, OWN_ATTEMPT, GO_TO_VREDERECHTER
            , MEDIATION, GO_TO_VREDERECHTER
            , COURT, AWAIT_COURT
            , CLOSED, NONE
            , DISPUTE_BODY, AWAIT_DECISION
            """)
    void inBelgiumTheOmbudsmanComesBeforeTheJusticeOfThePeace(EventKind kind, Phase phase, NextStep step) {
        TestDossier dossier = TestDossier.be().phase(phase).event(EventKind.COMPLAINT_SENT, "2026-03-02");
        if (kind != null) {
            dossier.event(kind, "2026-03-25");
        }

        assertThat(guide.advise(dossier.build(), day("2026-04-01")).step()).isEqualTo(step);
    }

    @Test
    void aSellerElsewhereInTheEuIsForTheEcc() {
        var contents = TestDossier.nl().sellerCountry("Duitsland").event(EventKind.COMPLAINT_SENT, "2026-03-02")
                .build();
        PhaseAdvice advice = guide.advise(contents, day("2026-03-20"));

        assertThat(advice.step()).isEqualTo(NextStep.ASK_ECC);
        assertThat(advice.stepFacts().free()).isTrue();
    }

    @Test
    void theMeaningOfEachPhaseAndTheDisclaimerAreThereInBothLanguages() {
        for (Phase phase : Phase.values()) {
            assertThat(GuideTexts.meaning(phase, Locale.ENGLISH)).isNotBlank();
            assertThat(GuideTexts.meaning(phase, DUTCH)).isNotBlank();
        }
        assertThat(GuideTexts.disclaimer(Locale.ENGLISH)).contains("not legal advice");
        assertThat(GuideTexts.disclaimer(DUTCH)).contains("geen juridisch advies");
        assertThat(GuideTexts.route(Route.ECC, DUTCH)).isEqualTo("Europees Consumentencentrum (ECC)");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
