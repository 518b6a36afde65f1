package nl.bewijsmap.letters;

import static nl.bewijsmap.letters.Letters.DUTCH;
import static nl.bewijsmap.letters.Letters.ENGLISH;
import static nl.bewijsmap.letters.Letters.date;
import static nl.bewijsmap.letters.Letters.draft;
import static nl.bewijsmap.letters.Letters.locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.rules.RuleBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the letters say the law is: the articles of the dossier's country, and only what applies to its facts. */
class LetterLawTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            COMPLAINT,         nl
            COMPLAINT,         en
            NOTICE_OF_DEFAULT, nl
            NOTICE_OF_DEFAULT, en
            """)
    void aDutchDefectLetterCitesTheDutchCivilCode(LetterKind kind, String language) {
        String body = draft(kind, LetterDossier.washingMachine(), locale(language)).body();

        if ("nl".equals(language)) {
            assertThat(body).contains("(art. 7:17 BW)", "(art. 7:18a lid 2 BW)", "(art. 7:23 lid 1 BW)",
                    "(art. 7:21 BW)");
        } else {
            assertThat(body).contains("(Article 7:17 of the Dutch Civil Code)",
                    "(Article 7:18a(2) of the Dutch Civil Code)", "(Article 7:23(1) of the Dutch Civil Code)",
                    "(Article 7:21 of the Dutch Civil Code)");
        }
        assertThat(body).doesNotContain("1649");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            COMPLAINT,         nl, artikel 1649bis en volgende van het oud Burgerlijk Wetboek
            COMPLAINT,         en, Article 1649bis et seq. of the old Belgian Civil Code
            NOTICE_OF_DEFAULT, nl, artikel 1649bis en volgende van het oud Burgerlijk Wetboek
            NOTICE_OF_DEFAULT, en, Article 1649bis et seq. of the old Belgian Civil Code
            """)
    void aBelgianDefectLetterNamesTheLegalGuaranteeAndNoDutchArticle(LetterKind kind, String language,
            String citation) {
        String body = draft(kind, LetterDossier.be().event(EventKind.COMPLAINT_SENT, "2026-11-12", ""),
                locale(language)).body();

        assertThat(body).contains(citation).contains("nl".equals(language) ? "binnen twee jaar" : "within two years")
                .doesNotContain("BW").doesNotContain("Dutch Civil Code").doesNotContain("6:82");
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            LATE_DELIVERY     | NL | nl | afgesproken (art. 7:9 BW en art. 18 van Richtlijn 2011/83/EU).   | lid 4
            LATE_DELIVERY     | NL | en | agreed on another delivery time (Article 7:9 of the Dutch Civil Code and Article 18 of Directive 2011/83/EU). | 7:9(4)
            LATE_DELIVERY     | BE | nl | afgesproken (art. 18 van Richtlijn 2011/83/EU).                  | BW
            LATE_DELIVERY     | BE | en | agreed on another delivery time (Article 18 of Directive 2011/83/EU). | Dutch Civil Code
            LATE_DELIVERY     | NL | nl | in gebreke (art. 6:82 lid 1 BW)                                  | 1649
            LATE_DELIVERY     | BE | nl | Met deze brief stel ik u in gebreke.                             | 6:82
            NOTICE_OF_DEFAULT | NL | en | notice of default (Article 6:82(1) of the Dutch Civil Code)      | 1649
            NOTICE_OF_DEFAULT | BE | en | I hereby give you notice of default.                             | 6:82
            WITHDRAWAL        | NL | nl | (art. 13 van Richtlijn 2011/83/EU)                               | BW
            WITHDRAWAL        | BE | en | (Article 13 of Directive 2011/83/EU)                             | Civil Code
            """)
    void theArticlesFitTheCountryOfTheDossier(LetterKind kind, String country, String language, String cited,
            String absent) {
        LetterDossier dossier = ("NL".equals(country) ? LetterDossier.nl() : LetterDossier.be())
                .event(EventKind.COMPLAINT_SENT, "2026-11-12", "");

        assertThat(draft(kind, dossier, locale(language)).body()).contains(cited).doesNotContain(absent);
    }

    @Test
    void aNoticeOfDefaultRefersToTheEarlierComplaintsAndSaysWhatFollows() {
        LetterDossier dossier = LetterDossier.washingMachine().event(EventKind.COMPLAINT_SENT, "2026-11-12", "")
                .event(EventKind.COMPLAINT_SENT, "2026-11-16", "Herinnering");

        String body = draft(LetterKind.NOTICE_OF_DEFAULT, dossier, DUTCH).body();

        assertThat(body).startsWith("Geachte heer, mevrouw,\n\nOp 12 november 2026 en 16 november 2026 heb ik u "
                + "schriftelijk laten weten")
                .contains("Hierbij stel ik u in gebreke (art. 6:82 lid 1 BW).")
                .contains("dan bent u na " + date(dossier.termEnd(nl.bewijsmap.domain.DeadlineRule.NOTICE_OF_DEFAULT),
                        DUTCH) + " in verzuim")
                .contains("In dat geval ontbind ik de koop (art. 7:22 BW) en vraag ik u de koopprijs van € 1.299,00 "
                        + "terug te betalen op rekening NL91 ABNA 0417 1643 00 ten name van Anne Jansen.")
                .contains("Komen wij er ook dan niet uit, dan vraag ik WebwinkelKeur, waarbij u bent aangesloten, "
                        + "om te bemiddelen en leg ik het geschil zo nodig voor aan DigiDispuut.");
    }

    @Test
    void thePresumptionIsLeftOutForADefectFoundAfterItEnded() {
        LetterDossier late = LetterDossier.nl().ordered("2024-03-01").delivered("2024-03-04")
                .discovered("2026-10-27");

        String body = draft(LetterKind.COMPLAINT, late, DUTCH).body();

        assertThat(body).contains("(art. 7:17 BW)").doesNotContain("7:18").doesNotContain("tegendeel");
    }

    @Test
    void aPurchaseBefore2022KeepsSixMonthsUnderTheOldArticle() {
        LetterDossier old = LetterDossier.nl().ordered("2021-09-01").delivered("2021-09-03").discovered("2021-12-01")
                .today("2021-12-06");

        assertThat(draft(LetterKind.COMPLAINT, old, DUTCH).body())
                .contains("binnen zes maanden na de levering")
                .contains("(art. 7:18 lid 2 BW, zoals dat gold voor aankopen vóór 2022)");
        assertThat(draft(LetterKind.COMPLAINT, old, ENGLISH).body()).contains("within six months of delivery")
                .contains("(Article 7:18(2) of the Dutch Civil Code as it stood for purchases before 2022)");
    }

    @Test
    void theNoticeIsCalledTimelyOnlyWithinTheTwoMonths() {
        LetterDossier now = LetterDossier.nl().discovered("2026-10-27").today("2026-11-12");
        LetterDossier byPhone = LetterDossier.nl().discovered("2026-10-27")
                .call("2026-10-28T10:15", "Mark", "", "Storing gemeld", "");
        LetterDossier tooLate = LetterDossier.nl().discovered("2026-08-01");

        assertThat(draft(LetterKind.COMPLAINT, now, DUTCH).body()).contains("Met deze brief meld ik het gebrek "
                + "binnen twee maanden na de ontdekking, en dus op tijd (art. 7:23 lid 1 BW).");
        assertThat(draft(LetterKind.COMPLAINT, byPhone, DUTCH).body()).contains("Ik heb het gebrek op 28 oktober "
                + "2026 bij u gemeld, binnen twee maanden na de ontdekking en dus op tijd (art. 7:23 lid 1 BW).");
        assertThat(draft(LetterKind.COMPLAINT, tooLate, DUTCH).body()).doesNotContain("7:23");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            REPAIR,          het gebrek kosteloos te herstellen,                     true
            REPLACEMENT,     het product kosteloos te vervangen,                     true
            REFUND,          'mij de koopprijs van € 1.299,00 terug te betalen',        false
            DISSOLUTION,     'de koop te ontbinden en mij de koopprijs van € 1.299,00', false
            PRICE_REDUCTION, mij een prijsvermindering te geven,                     false
            COMPENSATION,    mij de schade te vergoeden,                              false
            VOUCHER,         mij een tegoedbon te geven,                              false
            """)
    void theRequestFollowsTheDesiredOutcome(DesiredOutcome outcome, String asked, boolean repairOrReplace) {
        String body = draft(LetterKind.COMPLAINT, LetterDossier.nl().outcome(outcome), DUTCH).body();

        assertThat(body).contains("Ik vraag u " + asked);
        assertThat(body.contains("(art. 7:21 BW)")).isEqualTo(repairOrReplace);
    }

    @Test
    void dissolutionIsCalledARightOnlyAfterAFailedRepairOrARefusal() {
        LetterDossier asked = LetterDossier.nl().outcome(DesiredOutcome.DISSOLUTION);
        LetterDossier repaired = LetterDossier.washingMachine().outcome(DesiredOutcome.DISSOLUTION);
        LetterDossier refused = LetterDossier.nl().outcome(DesiredOutcome.DISSOLUTION)
                .event(EventKind.SELLER_REFUSED, "2026-11-17", "");

        assertThat(draft(LetterKind.COMPLAINT, asked, DUTCH).body()).doesNotContain("7:22");
        assertThat(draft(LetterKind.COMPLAINT, repaired, DUTCH).body())
                .contains("Herstel heeft het gebrek niet verholpen. Daarom mag ik de koop ontbinden (art. 7:22 BW).");
        assertThat(draft(LetterKind.COMPLAINT, refused, ENGLISH).body()).contains("Repair or replacement was "
                + "refused. I am therefore entitled to cancel the purchase (Article 7:22 of the Dutch Civil Code).");
    }

    @Test
    void aLateDeliveryCountsTheLegalTermFromTheOrder() {
        LetterDossier dossier = LetterDossier.nl().delivered(null).discovered(null).ordered("2026-09-03")
                .today("2026-10-15");

        String dutch = draft(LetterKind.LATE_DELIVERY, dossier, DUTCH).body();
        String english = draft(LetterKind.LATE_DELIVERY, dossier, ENGLISH).body();

        // 30 days from 3 September 2026 end on Saturday 3 October, moved to Monday 5 October by the rule book.
        assertThat(dutch).contains("binnen 30 dagen leveren, tenzij wij een andere levertijd hebben afgesproken "
                + "(art. 7:9 BW en art. 18 van Richtlijn 2011/83/EU). Die termijn is op 5 oktober 2026 "
                + "verstreken.")
                .contains("Met deze brief stel ik u in gebreke (art. 6:82 lid 1 BW).")
                .contains("dan ontbind ik de overeenkomst (art. 18 van Richtlijn 2011/83/EU)");
        assertThat(english).contains("(Article 7:9 of the Dutch Civil Code and Article 18 of Directive 2011/83/EU). "
                + "That period ended on 5 October 2026.");
        assertThat(draft(LetterKind.LATE_DELIVERY, LetterDossier.be().delivered(null).ordered("2026-09-01")
                .today("2026-10-15"), DUTCH).body()).contains("(art. 18 van Richtlijn 2011/83/EU)")
                .doesNotContain("BW");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            nl
            en
            """)
    void aNoticeOfDefaultAfterAFailedRepairSaysSoAndAsksForReplacement(String language) {
        LetterDossier dossier = LetterDossier.washingMachine().outcome(DesiredOutcome.REPAIR)
                .event(EventKind.COMPLAINT_SENT, "2026-11-12", "");

        String body = draft(LetterKind.NOTICE_OF_DEFAULT, dossier, locale(language)).body();

        if ("nl".equals(language)) {
            assertThat(body).contains("Op 3 november 2026 is het product gerepareerd, maar het gebrek is daarmee niet "
                    + "verholpen.")
                    .contains("Herstel heeft het gebrek niet verholpen. U bent daarom verplicht het product alsnog "
                            + "kosteloos te vervangen")
                    .contains("om het product kosteloos te vervangen door een nieuw exemplaar zonder gebreken")
                    .doesNotContain("Dat is tot nu toe niet gebeurd").doesNotContain("herstellen");
        } else {
            assertThat(body).contains("The product was repaired on 3 November 2026, but the repair did not remedy "
                    + "the defect.")
                    .contains("You must therefore now replace the product free of charge")
                    .contains("to replace the product free of charge with a new one")
                    .doesNotContain("This has not happened so far").doesNotContain("repair the defect")
                    .doesNotContain("repair or replace");
        }
    }

    @Test
    void aComplaintAfterAFailedRepairDoesNotAskForRepairAgain() {
        String body = draft(LetterKind.COMPLAINT, LetterDossier.washingMachine().outcome(DesiredOutcome.REPAIR),
                DUTCH).body();

        assertThat(body).contains("Herstel heeft het gebrek niet verholpen.")
                .contains("Ik vraag u het product kosteloos te vervangen").doesNotContain("herstellen");
    }

    @Test
    void withoutARepairTheNoticeOfDefaultStillRecallsWhatWasAsked() {
        LetterDossier dossier = LetterDossier.nl().outcome(DesiredOutcome.REPAIR)
                .event(EventKind.COMPLAINT_SENT, "2026-11-12", "");

        assertThat(draft(LetterKind.NOTICE_OF_DEFAULT, dossier, DUTCH).body())
                .contains("Ik heb u gevraagd het gebrek kosteloos te herstellen. Dat is tot nu toe niet gebeurd.")
                .contains("het product kosteloos te herstellen of te vervangen");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DISSOLUTION     | nl | Herstel of vervanging is geweigerd. Daarom mag ik de ontbinding van de koop vragen.
            PRICE_REDUCTION | nl | Herstel of vervanging is geweigerd. Daarom mag ik een prijsvermindering vragen.
            DISSOLUTION     | en | Repair or replacement was refused. I am therefore entitled to ask for the purchase to be cancelled.
            REFUND          | en | Repair or replacement was refused. I am therefore entitled to ask for the purchase to be cancelled.
            """)
    void aBelgianLetterCallsDissolutionARightOnlyAfterARefusalOrAFailedRepair(DesiredOutcome outcome,
            String language, String basis) {
        LetterDossier asked = LetterDossier.be().outcome(outcome);
        LetterDossier refused = LetterDossier.be().outcome(outcome).event(EventKind.SELLER_REFUSED, "2026-11-17", "");
        LetterDossier repaired = LetterDossier.be().outcome(outcome).event(EventKind.REPAIR, "2026-11-03", "");

        assertThat(draft(LetterKind.COMPLAINT, refused, locale(language)).body()).contains(basis);
        assertThat(draft(LetterKind.COMPLAINT, repaired, locale(language)).body())
                .contains("nl".equals(language) ? "Herstel heeft het gebrek niet verholpen. Daarom mag ik"
                        : "The repair did not remedy the defect. I am therefore entitled to ask for");
        assertThat(draft(LetterKind.COMPLAINT, asked, locale(language)).body()).doesNotContain("Daarom mag ik")
                .doesNotContain("I am therefore entitled");
    }

    @Test
    void theLateDeliveryNoticeCitesWhatTheRuleBookSaysSoAConfirmationFlowsThrough() throws IOException {
        String rules;
        try (InputStream in = RuleBook.class.getResourceAsStream("rules.json")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String confirmed = rules.replace("\"Art. 7:9 BW; ", "\"Art. 7:9 lid 4 BW; ");
        assertThat(confirmed).isNotEqualTo(rules);
        LetterDrafter drafter = new LetterDrafter(RuleBook.read(new ByteArrayInputStream(
                confirmed.getBytes(StandardCharsets.UTF_8)), "rules.json"));
        LetterDossier dossier = LetterDossier.nl().delivered(null).discovered(null).ordered("2026-09-03")
                .today("2026-10-15");

        assertThat(drafter.draft(LetterKind.LATE_DELIVERY, Recipient.SELLER, dossier.snapshot(), DUTCH).body())
                .contains("(art. 7:9 lid 4 BW en art. 18 van Richtlijn 2011/83/EU)");
        assertThat(drafter.draft(LetterKind.LATE_DELIVERY, Recipient.SELLER, dossier.snapshot(), ENGLISH).body())
                .contains("(Article 7:9(4) of the Dutch Civil Code and Article 18 of Directive 2011/83/EU)");
        assertThat(draft(LetterKind.LATE_DELIVERY, dossier, DUTCH).body()).doesNotContain("lid 4");
        assertThat(draft(LetterKind.LATE_DELIVERY, dossier, ENGLISH).body()).doesNotContain("7:9(4)");
    }
}
