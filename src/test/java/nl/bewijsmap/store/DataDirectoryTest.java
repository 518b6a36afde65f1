package nl.bewijsmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/anna");

    @TempDir
    Path temp;

    @Test
    void anExplicitDataDirWinsOverTheEnvironmentAndTheConvention() {
        Map<String, String> env = Map.of("BEWIJSMAP_DATA_DIR", "/from/env", "XDG_DATA_HOME", "/xdg");

        assertThat(DataDirectory.resolve("/from/option", env, "Linux", HOME)).isEqualTo(Path.of("/from/option"));
    }

    @Test
    void theEnvironmentVariableWinsOverTheConvention() {
        Map<String, String> env = Map.of("BEWIJSMAP_DATA_DIR", "/from/env", "XDG_DATA_HOME", "/xdg");

        assertThat(DataDirectory.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/from/env"));
    }

    @Test
    void aBlankOptionOrVariableCountsAsNotGiven() {
        Map<String, String> env = Map.of("BEWIJSMAP_DATA_DIR", "  ");

        assertThat(DataDirectory.resolve(" ", env, "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/bewijsmap"));
    }

    @Test
    void aTildeTheShellDidNotExpandMeansTheHomeFolder() {
        assertThat(DataDirectory.resolve("~/bewijs", Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve("bewijs"));
        assertThat(DataDirectory.resolve("~", Map.of(), "Linux", HOME)).isEqualTo(HOME);
    }

    @Test
    void onLinuxTheDataGoesUnderXdgDataHome() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/mnt/data");

        assertThat(DataDirectory.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/mnt/data/bewijsmap"));
    }

    @ParameterizedTest(name = "XDG_DATA_HOME=\"{0}\"")
    @CsvSource(textBlock = """
            ''
            'relative/path'
            """)
    void onLinuxWithoutAUsableXdgDataHomeTheDataGoesUnderLocalShare(String xdg) {
        Map<String, String> env = Map.of("XDG_DATA_HOME", xdg);

        assertThat(DataDirectory.resolve(null, env, "Linux", HOME))
                .isEqualTo(HOME.resolve(".local").resolve("share").resolve("bewijsmap"));
    }

    @ParameterizedTest(name = "os.name \"{0}\"")
    @CsvSource(textBlock = """
            Windows 10
            Windows 11
            Windows Server 2022
            """)
    void onWindowsTheDataGoesUnderAppData(String osName) {
        String appData = "C:\\Users\\Anna\\AppData\\Roaming";
        Map<String, String> env = Map.of("APPDATA", appData, "XDG_DATA_HOME", "/ignored");

        assertThat(DataDirectory.resolve(null, env, osName, HOME)).isEqualTo(Path.of(appData).resolve("Bewijsmap"));
    }

    @Test
    void onWindowsWithoutAppDataTheDataGoesUnderTheUsualRoamingFolder() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Windows 11", HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Bewijsmap"));
    }

    @ParameterizedTest(name = "os.name \"{0}\"")
    @CsvSource(textBlock = """
            Mac OS X
            macOS
            Darwin
            """)
    void onMacTheDataGoesUnderApplicationSupport(String osName) {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/ignored");

        assertThat(DataDirectory.resolve(null, env, osName, HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Bewijsmap"));
    }

    @Test
    void anUnknownOrMissingOsNameFollowsTheUnixConvention() {
        assertThat(DataDirectory.resolve(null, Map.of(), "FreeBSD", HOME))
                .isEqualTo(HOME.resolve(".local/share/bewijsmap"));
        assertThat(DataDirectory.resolve(null, Map.of(), null, HOME))
                .isEqualTo(HOME.resolve(".local/share/bewijsmap"));
    }

    @Test
    void prepareCreatesTheFolderAndItsParents() {
        Path dir = temp.resolve("a").resolve("b").resolve("bewijsmap");

        Path prepared = DataDirectory.prepare(dir);

        assertThat(prepared).isDirectory().isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void aNewFolderIsOpenToItsOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class),
                "POSIX permissions only exist on POSIX file systems");

        Path prepared = DataDirectory.prepare(temp.resolve("bewijsmap"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(prepared))).isEqualTo("rwx------");
    }

    @Test
    void anExistingFolderIsUsedAsItIsWithItsFilesKept() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("bestaand"));
        Files.writeString(dir.resolve("bewijsmap.db"), "data");

        Path prepared = DataDirectory.prepare(dir);

        assertThat(prepared.resolve("bewijsmap.db")).hasContent("data");
    }

    @Test
    void aPathThatIsAFileIsRefusedInPlainWords() throws IOException {
        Path file = Files.writeString(temp.resolve("bewijsmap"), "not a folder");

        assertThatThrownBy(() -> DataDirectory.prepare(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("is a file, not a folder");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void aFolderInsideAFileCannotBeCreatedAndSaysSo() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> DataDirectory.prepare(file.resolve("bewijsmap")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("Could not create the data folder");
    }
}
