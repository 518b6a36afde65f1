package nl.bewijsmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the packaged jar the ways a user does. Class-path tests cannot notice a missing
 * {@code --add-exports} or a command that loads JavaFX, so these run the real {@code java} process.
 */
class LaunchSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("bewijsmap.jar", "target/bewijsmap.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @TempDir
    Path dataDir;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(List<String> command, long seconds) throws Exception {
        Path out = Files.createTempFile("bewijsmap-out", ".txt");
        Path err = Files.createTempFile("bewijsmap-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("finished within %d s: %s", seconds, command).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> jarCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    @Test
    void versionAnswersFromTheJar() throws Exception {
        Result result = run(jarCommand("--version"), 30);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Bewijsmap ").doesNotContain("development build");
    }

    @Test
    void commandsRunHeadlessWithoutLoadingJavaFx() throws Exception {
        Path classLog = dataDir.resolve("classes.txt");
        List<String> command = new ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:file=" + classLog,
                "-Djava.awt.headless=true", "-jar", JAR.toString(), "--data-dir", dataDir.resolve("data").toString(),
                "dossier", "create", "--title", "Wasmachine"));
        Result created = run(command, 60);
        assertThat(created.exitCode()).as(created.err()).isZero();
        String[] lines = created.out().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("\\d+");
        assertThat(Files.readString(classLog)).doesNotContain("javafx.").doesNotContain("com.sun.javafx");

        Result listed = run(jarCommand("--data-dir", dataDir.resolve("data").toString(), "dossier", "list", "--json"),
                60);
        assertThat(listed.out()).contains("\"title\":\"Wasmachine\"");
    }

    @Test
    void theWindowOpensWithJavaFxOnTheClassPath() throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", JAR + File.pathSeparator + monocleJar(), "nl.bewijsmap.Launcher",
                "--data-dir", dataDir.toString()));
        assertWindowOpens(command);
    }

    @Test
    void theWindowOpensWithJavaFxOnTheModulePathAndTheExportsInPlace() throws Exception {
        List<Path> libs;
        try (Stream<Path> files = Files.list(JAR.getParent().resolve("lib"))) {
            libs = files.sorted().toList();
        }
        // As javafx:run and a jlinked runtime do: JavaFX as named modules, so ControlsFX needs the exports.
        String modulePath = join(libs.stream().filter(p -> p.getFileName().toString().matches("javafx-.*-[a-z0-9]+\\.jar")
                && !p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+\\.jar")).toList());
        String classPath = join(Stream.concat(Stream.of(JAR),
                libs.stream().filter(p -> !p.getFileName().toString().startsWith("javafx-"))).toList());
        List<String> command = new ArrayList<>(List.of(JAVA, "--module-path", modulePath,
                "--add-modules", "javafx.controls,javafx.fxml",
                "--patch-module", "javafx.graphics=" + monocleJar()));
        command.addAll(Arrays.asList(System.getProperty("bewijsmap.exports", "").trim().split("\\s+")));
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", classPath, "nl.bewijsmap.Launcher", "--data-dir", dataDir.toString()));
        assertWindowOpens(command);
    }

    private void assertWindowOpens(List<String> command) throws Exception {
        Path err = dataDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        Path log = dataDir.resolve("bewijsmap.log");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(log) && Files.readString(log).contains("Main window shown"))) {
                assertThat(process.isAlive()).as("the app is still running; it printed:%n%s", read(err)).isTrue();
                assertThat(System.nanoTime()).as("window shown within 60 s").isLessThan(deadline);
                Thread.sleep(200);
            }
            Thread.sleep(1500);
            assertThat(process.isAlive()).as(read(err)).isTrue();
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        String everything = Files.readString(log) + read(err);
        assertThat(everything).doesNotContain("IllegalAccessError").doesNotContain("Exception")
                .doesNotContain("ERROR");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Path monocleJar() throws Exception {
        Class<?> monocle = Class.forName("com.sun.glass.ui.monocle.MonoclePlatformFactory", false,
                LaunchSmokeIT.class.getClassLoader());
        return Path.of(monocle.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
