package nl.bewijsmap.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void okHasNoMessageAndNoArguments() {
        assertThat(Validation.ok().valid()).isTrue();
        assertThat(Validation.ok().messageKey()).isNull();
        assertThat(Validation.ok().args()).isEmpty();
    }

    @Test
    void aProblemCarriesItsKeyAndArguments() {
        Validation problem = Validation.problem("validation.kvk.digits", 7);

        assertThat(problem.valid()).isFalse();
        assertThat(problem.messageKey()).isEqualTo("validation.kvk.digits");
        assertThat(problem.args()).containsExactly(7);
    }

    @Test
    void problemsWithTheSameKeyAndArgumentsAreEqual() {
        assertThat(Validation.problem("a.b", "NL", 18)).isEqualTo(Validation.problem("a.b", "NL", 18))
                .hasSameHashCodeAs(Validation.problem("a.b", "NL", 18))
                .isNotEqualTo(Validation.problem("a.b", "NL", 17));
    }

    @Test
    void changingTheReturnedArgumentsDoesNotChangeTheResult() {
        Validation problem = Validation.problem("a.b", "NL");

        problem.args()[0] = "BE";

        assertThat(problem.args()).containsExactly("NL");
    }

    @Test
    void aProblemWithoutAKeyOrAValidResultWithOneIsRefused() {
        assertThatThrownBy(() -> Validation.problem(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validation(true, "a.b", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
