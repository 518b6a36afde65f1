package nl.bewijsmap.ui.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The places a draft leaves to fill in are found, and only those. */
class GapsTest {

    @Test
    void everyBracketedTextIsAGapInItsOrder() {
        assertThat(Gaps.in("Mijn IBAN is [uw IBAN]. Ik belde op [datum] met [naam medewerker]."))
                .containsExactly("[uw IBAN]", "[datum]", "[naam medewerker]");
    }

    @Test
    void plainTextEmptyBracketsAndBracketsAcrossLinesAreNoGaps() {
        assertThat(Gaps.in("Artikel 7:17 BW (conformiteit) geldt.")).isEmpty();
        assertThat(Gaps.in("Leeg: [] en niet gesloten [ tot\nhier]")).isEmpty();
        assertThat(Gaps.in(null)).isEmpty();
    }

    @Test
    void aBracketInsideAGapStartsANewOne() {
        assertThat(Gaps.in("[a [b] c]")).containsExactly("[b]");
    }
}
