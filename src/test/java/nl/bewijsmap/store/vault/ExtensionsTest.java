package nl.bewijsmap.store.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtensionsTest {

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource(textBlock = """
            jpg,          jpg
            JPG,          jpg
            .Pdf,         pdf
            mp4,          mp4
            tar.gz,       ''
            ../etc,       ''
            a b,          ''
            abcdefghijk,  ''
            abcdefghij,   abcdefghij
            jpg/,         ''
            é,            ''
            '',           ''
            """)
    void anExtensionIsKeptOnlyWhenItIsShortLowercaseLettersAndDigits(String given, String expected) {
        assertThat(Extensions.sanitise(given)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} has extension \"{1}\"")
    @CsvSource(textBlock = """
            foto.JPEG,          jpeg
            archief.tar.gz,     gz
            .profile,           ''
            README,             ''
            'bon van 3 mei.png', png
            """)
    void theExtensionOfAFileNameIsTheSanitisedPartAfterTheLastDot(String name, String expected) {
        assertThat(Extensions.of(Path.of(name))).isEqualTo(expected);
    }
}
