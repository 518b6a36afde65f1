package nl.bewijsmap.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.settings.SettingsViewModel.ProfileField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {

    @TempDir
    Path dataDir;

    private Services services;
    private final List<Exception> errors = new ArrayList<>();
    private final List<LanguageChoice> languageSwitches = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dataDir, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private SettingsViewModel viewModel() {
        SettingsViewModel viewModel = new SettingsViewModel(services.parties(), services.settings(),
                Background.direct(), new I18n(I18n.ENGLISH), errors::add, languageSwitches::add);
        viewModel.load();
        return viewModel;
    }

    @Test
    void theProfileIsEnteredOnceAndComesBack() {
        SettingsViewModel viewModel = viewModel();
        viewModel.nameProperty().set("Anna de Vries");
        viewModel.streetProperty().set("Dorpsstraat 1");
        viewModel.postalCodeProperty().set("1234 AB");
        viewModel.cityProperty().set("Utrecht");
        viewModel.countryProperty().set("Nederland");
        viewModel.emailProperty().set("anna@example.nl");
        viewModel.phoneProperty().set("06 12345678");
        viewModel.ibanProperty().set("NL91 ABNA 0417 1643 00");
        viewModel.save();

        ConsumerProfile stored = services.parties().loadProfile();
        assertThat(stored.name()).isEqualTo("Anna de Vries");
        assertThat(stored.address().city()).isEqualTo("Utrecht");
        assertThat(stored.iban()).isEqualTo("NL91 ABNA 0417 1643 00");

        SettingsViewModel again = viewModel();
        assertThat(again.emailProperty().get()).isEqualTo("anna@example.nl");
        assertThat(again.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aMistypedIbanAndEmailAreExplained() {
        SettingsViewModel viewModel = viewModel();
        viewModel.ibanProperty().set("NL91 ABNA 0417 1643 01");
        viewModel.emailProperty().set("anna.example.nl");
        assertThat(viewModel.problem(ProfileField.IBAN).get()).isNotEmpty();
        assertThat(viewModel.problem(ProfileField.EMAIL).get()).isNotEmpty();

        viewModel.ibanProperty().set("BE68 5390 0754 7034");
        viewModel.emailProperty().set("anna@example.nl");
        assertThat(viewModel.problem(ProfileField.IBAN).get()).isEmpty();
        assertThat(viewModel.problem(ProfileField.EMAIL).get()).isEmpty();
    }

    @Test
    void theLanguageChoiceIsRememberedAndApplied() {
        SettingsViewModel viewModel = viewModel();
        assertThat(viewModel.languageProperty().get()).isEqualTo(LanguageChoice.SYSTEM);
        viewModel.languageProperty().set(LanguageChoice.DUTCH);
        assertThat(languageSwitches).containsExactly(LanguageChoice.DUTCH);
        assertThat(services.settings().get(LanguageChoice.SETTING)).contains("nl");
        assertThat(LanguageChoice.fromCode(Optional.of("nl")).locale(Locale.ENGLISH)).isEqualTo(I18n.DUTCH);
        assertThat(LanguageChoice.SYSTEM.locale(Locale.forLanguageTag("nl-BE"))).isEqualTo(I18n.DUTCH);
        assertThat(LanguageChoice.SYSTEM.locale(Locale.GERMANY)).isEqualTo(I18n.ENGLISH);
        assertThat(viewModel().languageProperty().get()).isEqualTo(LanguageChoice.DUTCH);
    }
}
