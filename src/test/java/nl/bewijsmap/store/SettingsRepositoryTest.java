package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aSettingNeverSavedIsAbsent() {
        try (Database database = Database.open(dir.resolve("bewijsmap.db"))) {
            assertThat(new SettingsRepository(database).get("language")).isEmpty();
        }
    }

    @Test
    void aSavedSettingIsThereAfterReopeningAndTheLastValueWins() {
        Path file = dir.resolve("bewijsmap.db");
        try (Database database = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(database);
            settings.put("language", "en");
            settings.put("language", "nl");
            settings.put("window.width", "1280");
        }

        try (Database reopened = Database.open(file)) {
            SettingsRepository settings = new SettingsRepository(reopened);
            assertThat(settings.get("language")).contains("nl");
            assertThat(settings.get("window.width")).contains("1280");
        }
    }
}
