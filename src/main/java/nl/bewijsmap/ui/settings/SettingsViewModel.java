package nl.bewijsmap.ui.settings;

import static nl.bewijsmap.ui.common.Forms.text;
import static nl.bewijsmap.ui.common.Forms.value;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.bewijsmap.domain.Address;
import nl.bewijsmap.domain.ConsumerProfile;
import nl.bewijsmap.store.PartyRepository;
import nl.bewijsmap.store.SettingsRepository;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.Forms;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;

/** The consumer's own details, entered once and used in every letter; saved as the user types. */
public final class SettingsViewModel {

    /** Inputs of the profile that can show a problem. */
    public enum ProfileField { EMAIL, POSTAL_CODE, IBAN }

    private final PartyRepository parties;
    private final SettingsRepository settings;
    private final Consumer<LanguageChoice> onLanguageChanged;
    private final Background background;
    private final I18n i18n;
    private final Consumer<Exception> onError;

    private final StringProperty name = text();
    private final StringProperty street = text();
    private final StringProperty postalCode = text();
    private final StringProperty city = text();
    private final StringProperty country = text();
    private final StringProperty email = text();
    private final StringProperty phone = text();
    private final StringProperty iban = text();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>(LanguageChoice.SYSTEM);
    private final Map<ProfileField, StringProperty> problems = new EnumMap<>(ProfileField.class);
    private final ObjectProperty<SaveState> saveState = new SimpleObjectProperty<>(SaveState.SAVED);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final StringProperty statusText = new SimpleStringProperty("");
    private boolean filling;
    private int changeCount;
    private int savedChangeCount;

    public SettingsViewModel(PartyRepository parties, SettingsRepository settings, Background background, I18n i18n,
                             Consumer<Exception> onError, Consumer<LanguageChoice> onLanguageChanged) {
        this.parties = parties;
        this.settings = settings;
        this.onLanguageChanged = onLanguageChanged;
        this.background = background;
        this.i18n = i18n;
        this.onError = onError;
        for (ProfileField field : ProfileField.values()) {
            problems.put(field, new SimpleStringProperty(""));
        }
        Forms.watch(this::changed, name, street, postalCode, city, country, email, phone, iban);
        saveState.addListener((obs, old, now) -> statusText.set(i18n.text("save.state." + now)));
        statusText.set(i18n.text("save.state." + SaveState.SAVED));
        language.addListener((obs, old, now) -> {
            if (!filling && now != null) {
                background.run(() -> settings.put(LanguageChoice.SETTING, now.code()),
                        () -> onLanguageChanged.accept(now), onError);
            }
        });
    }

    public void load() {
        background.run(() -> new Loaded(parties.loadProfile(),
                LanguageChoice.fromCode(settings.get(LanguageChoice.SETTING))), loadedData -> {
            ConsumerProfile profile = loadedData.profile();
            filling = true;
            language.set(loadedData.language());
            name.set(profile.name());
            street.set(profile.address().street());
            postalCode.set(profile.address().postalCode());
            city.set(profile.address().city());
            country.set(profile.address().country());
            email.set(profile.email());
            phone.set(profile.phone());
            iban.set(profile.iban());
            filling = false;
            savedChangeCount = changeCount;
            validate();
            loaded.set(true);
        }, onError);
    }

    public boolean hasUnsavedChanges() {
        return changeCount != savedChangeCount;
    }

    public void save() {
        if (!hasUnsavedChanges()) {
            return;
        }
        int saving = changeCount;
        ConsumerProfile profile = new ConsumerProfile(value(name),
                new Address(value(street), value(postalCode), value(city), value(country)),
                value(email), value(phone), value(iban));
        saveState.set(SaveState.SAVING);
        background.run(() -> parties.saveProfile(profile), () -> {
            savedChangeCount = Math.max(savedChangeCount, saving);
            saveState.set(hasUnsavedChanges() ? SaveState.PENDING : SaveState.SAVED);
        }, e -> {
            saveState.set(SaveState.FAILED);
            onError.accept(e);
        });
    }

    private void changed() {
        if (filling) {
            return;
        }
        changeCount++;
        saveState.set(SaveState.PENDING);
        validate();
    }

    private void validate() {
        Map<ProfileField, String> found = new ProfileValidation(i18n).check(value(email), value(postalCode),
                value(country), value(iban));
        problems.forEach((field, property) -> property.set(found.getOrDefault(field, "")));
    }

    public StringProperty problem(ProfileField field) {
        return problems.get(field);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty ibanProperty() {
        return iban;
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public ObjectProperty<SaveState> saveStateProperty() {
        return saveState;
    }

    public StringProperty statusTextProperty() {
        return statusText;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    private record Loaded(ConsumerProfile profile, LanguageChoice language) {
    }
}
