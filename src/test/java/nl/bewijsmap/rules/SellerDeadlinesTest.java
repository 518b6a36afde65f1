package nl.bewijsmap.rules;

import static nl.bewijsmap.rules.ConsumerDeadlinesTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.Deadline;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.EvidenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadlines the seller must meet with the goods and the money: delivery, and the refund after a withdrawal. The
 * terms to answer the consumer's letters are in {@link SellerReplyDeadlinesTest}.
 */
class SellerDeadlinesTest {

    private static final LocalDate EARLY = LocalDate.parse("2020-01-01");

    @ParameterizedTest(name = "{0}: withdrawn {1}, refund by {2}")
    @CsvSource(textBlock = """
            # Tuesday 10 March + 14 = Tuesday 24 March
            NL, 2026-03-10, 2026-03-24
            # Saturday 14 March + 14 = Saturday 28 March, moved to Monday 30 March
            NL, 2026-03-14, 2026-03-30
            # Saturday 12 December + 14 = Saturday 26 December: Monday 28 December in both
            NL, 2026-12-12, 2026-12-28
            BE, 2026-12-12, 2026-12-28
            # Monday 20 April + 14 = Monday 4 May 2026, a working day in both (5 May is the NL holiday)
            NL, 2026-04-20, 2026-05-04
            """)
    void refundIsDueFourteenDaysAfterTheWithdrawal(Country country, LocalDate withdrawn, LocalDate due) {
        var contents = TestDossier.of(country.name()).distanceSale().ordered("2026-01-05").delivered("2026-01-08")
                .event(EventKind.WITHDRAWAL_SENT, withdrawn.toString()).build();

        assertThat(deadline(DeadlineRule.REFUND, contents, EARLY).orElseThrow().due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "refund received {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # withdrawn Tuesday 10 March 2026, refund due Tuesday 24 March
            , 2026-03-24, OPEN
            , 2026-03-25, PASSED
            2026-03-20, 2026-03-21, MET
            # late, but received: nothing left to watch
            2026-04-02, 2026-04-03, MET
            # a refund before the withdrawal is something else
            2026-03-01, 2026-03-25, PASSED
            """)
    void refundIsMetOnceTheMoneyIsBack(String received, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().distanceSale().ordered("2026-02-20").delivered("2026-03-01")
                .event(EventKind.WITHDRAWAL_SENT, "2026-03-10");
        if (received != null) {
            dossier.event(EventKind.REFUND_RECEIVED, received);
        }

        assertThat(deadline(DeadlineRule.REFUND, dossier.build(), today).orElseThrow().status()).isEqualTo(status);
    }

    @Test
    void noRefundIsDueWithoutAWithdrawal() {
        assertThat(deadline(DeadlineRule.REFUND, TestDossier.nl().distanceSale().delivered("2026-03-01").build(),
                EARLY)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: ordered {1}, deliver by {2}")
    @CsvSource(textBlock = """
            # 31 January 2026 + 30 days: 28 to the end of February, 2 more: Monday 2 March
            NL, 2026-01-31, 2026-03-02
            # 2024 is a leap year: Friday 1 March
            NL, 2024-01-31, 2024-03-01
            # Friday 27 March + 30 = Sunday 26 April; NL: Monday 27 is King's Day, so Tuesday 28; BE: Monday 27
            NL, 2026-03-27, 2026-04-28
            BE, 2026-03-27, 2026-04-27
            # Thursday 27 March 2025 + 30 = Saturday 26 April (King's Day 2025): Monday 28 April in both
            NL, 2025-03-27, 2025-04-28
            BE, 2025-03-27, 2025-04-28
            """)
    void deliveryIsDueThirtyDaysAfterTheOrder(Country country, LocalDate ordered, LocalDate due) {
        var contents = TestDossier.of(country.name()).distanceSale().ordered(ordered.toString()).build();

        assertThat(deadline(DeadlineRule.DELIVERY, contents, EARLY).orElseThrow().due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "delivered {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # ordered 31 January 2026, delivery due Monday 2 March
            , 2026-03-02, OPEN
            , 2026-03-03, PASSED
            2026-03-02, 2026-03-10, MET
            2026-02-10, 2026-02-11, MET
            # a late delivery is itself the breach
            2026-03-03, 2026-03-10, PASSED
            """)
    void deliveryIsMetWhenItCameInTime(String delivered, LocalDate today, DeadlineStatus status) {
        TestDossier dossier = TestDossier.nl().distanceSale().ordered("2026-01-31");
        if (delivered != null) {
            dossier.delivered(delivered);
        }

        assertThat(deadline(DeadlineRule.DELIVERY, dossier.build(), today).orElseThrow().status()).isEqualTo(status);
    }

    @Test
    void deliveryMattersForADistanceSaleOrWhileNothingWasDelivered() {
        assertThat(deadline(DeadlineRule.DELIVERY, TestDossier.nl().ordered("2026-01-31").build(), EARLY)).isPresent();
        assertThat(deadline(DeadlineRule.DELIVERY,
                TestDossier.nl().ordered("2026-01-31").delivered("2026-02-02").build(), EARLY)).isEmpty();
        assertThat(deadline(DeadlineRule.DELIVERY, TestDossier.nl().distanceSale().build(), EARLY)).isEmpty();
    }

    @ParameterizedTest(name = "shop purchase ordered 1 September 2026, {0} {1}: delivery term {2}")
    @CsvSource(textBlock = """
            # the review's case: a defect found on 1 October was found in goods the consumer had
            DISCOVERED, 2026-10-01, false
            REPAIR, 2026-09-20, false
            RETURN_SHIPPED, 2026-09-20, false
            # before the order: about another purchase
            REPAIR, 2026-08-20, true
            # a photo may show the shop's model, a parcel or a screen: it does not prove the goods came
            PHOTO, 2026-09-20, true
            # nothing shows the goods came, e.g. a sofa ordered in the shop to be delivered
            NOTHING, , true
            """)
    void aShopPurchaseHasADeliveryTermOnlyWhileNothingShowsTheGoodsCame(String what, String on, boolean applies) {
        TestDossier dossier = TestDossier.nl().ordered("2026-09-01");
        switch (what) {
            case "DISCOVERED" -> dossier.discovered(on);
            case "PHOTO" -> dossier.evidence(EvidenceKind.PHOTO, on);
            case "NOTHING" -> { }
            default -> dossier.event(EventKind.valueOf(what), on);
        }

        assertThat(deadline(DeadlineRule.DELIVERY, dossier.build(), LocalDate.parse("2026-10-05")).isPresent())
                .isEqualTo(applies);
    }

    @ParameterizedTest(name = "distance sale ordered 31 January 2026, discovered {0}, today {1}: {2}")
    @CsvSource(textBlock = """
            # delivery due Monday 2 March; no delivery date, but a defect found in the goods on 20 February:
            # they were there in time
            2026-02-20, 2026-03-10, MET, 2026-02-20
            2026-03-02, 2026-03-10, MET, 2026-03-02
            # found only after the due date: whether they came in time is unknown, so the day decides as before
            2026-03-05, 2026-03-10, PASSED,
            2026-03-05, 2026-03-02, OPEN,
            """)
    void aDistanceSaleWithoutADeliveryDateWasDeliveredByTheDayTheGoodsWereInHand(String discovered,
            LocalDate today, DeadlineStatus status, LocalDate settledOn) {
        var contents = TestDossier.nl().distanceSale().ordered("2026-01-31").discovered(discovered).build();

        Deadline delivery = deadline(DeadlineRule.DELIVERY, contents, today).orElseThrow();

        assertThat(delivery.due()).isEqualTo("2026-03-02");
        assertThat(delivery.status()).isEqualTo(status);
        assertThat(delivery.settledOn()).isEqualTo(settledOn);
    }
}
