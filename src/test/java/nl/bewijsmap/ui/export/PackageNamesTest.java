package nl.bewijsmap.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names a package gets in the consumer's folder. */
class PackageNamesTest {

    private static final Seller SHOP = new Seller("Witgoedwinkel.nl", "Witgoed BV", Address.EMPTY, "", "", "", "",
            Keurmerk.WEBWINKELKEUR, DisputeBody.DIGIDISPUUT);
    private static final I18n ENGLISH = new I18n(I18n.ENGLISH);
    private static final I18n DUTCH = new I18n(I18n.DUTCH);

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(textBlock = """
            SELLER,              Bewijsmap - Washing machine - Witgoedwinkel.nl.pdf
            KEURMERK,            Bewijsmap - Washing machine - WebwinkelKeur.pdf
            GESCHILLENCOMMISSIE, Bewijsmap - Washing machine - De Geschillencommissie.pdf
            DIGIDISPUUT,         Bewijsmap - Washing machine - DigiDispuut.pdf
            """)
    void theNameSaysTheDossierAndWhoItIsFor(Recipient recipient, String expected) {
        assertThat(PackageNames.fileName("Washing machine", recipient, SHOP, ENGLISH)).isEqualTo(expected);
    }

    @Test
    void aSellerWithoutANameOrQualityMarkIsNamedByWhatItIs() {
        Seller nameless = Seller.EMPTY;
        assertThat(PackageNames.fileName("Fiets", Recipient.SELLER, nameless, DUTCH))
                .isEqualTo("Bewijsmap - Fiets - verkoper.pdf");
        assertThat(PackageNames.fileName("Fiets", Recipient.KEURMERK, nameless, DUTCH))
                .isEqualTo("Bewijsmap - Fiets - keurmerk.pdf");
    }

    @Test
    void charactersNoSystemAcceptsInANameBecomeDashes() {
        assertThat(PackageNames.fileName("Wasmachine / droger: \"AW-88\"?", Recipient.DIGIDISPUUT, SHOP, DUTCH))
                .isEqualTo("Bewijsmap - Wasmachine - droger- -AW-88- - DigiDispuut.pdf");
    }

    @Test
    void aPackageMadeAgainNeverReplacesTheOneBeforeUnasked() throws IOException {
        Path asked = folder.resolve("Bewijsmap - Fiets - verkoper.pdf");
        assertThat(PackageNames.free(asked)).isEqualTo(asked);
        Files.writeString(asked, "%PDF");
        assertThat(PackageNames.free(asked)).isEqualTo(folder.resolve("Bewijsmap - Fiets - verkoper (2).pdf"));
        Files.writeString(folder.resolve("Bewijsmap - Fiets - verkoper (2)-1.pdf"), "%PDF");
        assertThat(PackageNames.free(asked)).as("a split package's first part takes the name too")
                .isEqualTo(folder.resolve("Bewijsmap - Fiets - verkoper (3).pdf"));
    }

    @Test
    void aTypedNameGetsItsPdfExtension() {
        assertThat(PackageNames.pdf(" /tmp/pakket ")).isEqualTo(Path.of("/tmp/pakket.pdf"));
        assertThat(PackageNames.pdf("/tmp/pakket.PDF")).isEqualTo(Path.of("/tmp/pakket.PDF"));
    }

    @Test
    void sizesReadAsAFileManagerShowsThem() {
        assertThat(PackageNames.size(380_400, Locale.ENGLISH)).isEqualTo("380 kB");
        assertThat(PackageNames.size(2_140_000, Locale.ENGLISH)).isEqualTo("2.1 MB");
        assertThat(PackageNames.size(2_140_000, I18n.DUTCH)).isEqualTo("2,1 MB");
    }
}
