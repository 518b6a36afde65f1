package nl.bewijsmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.Correspondence;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.ReadinessIssue;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.export.ExportProgress;
import nl.bewijsmap.export.PackageDefaults;
import nl.bewijsmap.export.PackageRequest;
import nl.bewijsmap.export.PackageResult;
import nl.bewijsmap.letters.LetterChoice;
import nl.bewijsmap.letters.LetterDrafter;
import nl.bewijsmap.letters.LetterFit;
import nl.bewijsmap.rules.GuideTexts;
import nl.bewijsmap.rules.Readiness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code export}: writes the dossier's PDF complaint package and prints the path of every PDF written. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the dossier's PDF complaint package for the seller, the keurmerk or a dispute body: "
                + "the letter, a summary, the chronology, the exhibit index and the exhibits. Past the size limit "
                + "the package is split into parts NAME-1.pdf, NAME-2.pdf, … Prints the path of every PDF written, "
                + "one per line; what a recipient would miss goes to stderr.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    private DossierOption dossier;

    @Option(names = "--for", required = true, paramLabel = "RECIPIENT",
            converter = Converters.RecipientConverter.class,
            description = "Who the package is for: seller, keurmerk, geschillencommissie or digidispuut.")
    private Recipient recipient;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF to write.")
    private Path out;

    @Option(names = "--letter", paramLabel = "KIND",
            description = "The letter that opens the package: complaint, notice-of-default, withdrawal, "
                    + "late-delivery, cover-letter or none (default: the one that fits where the dispute stands).")
    private String letter;

    @Option(names = "--max-part-mb", paramLabel = "N", defaultValue = "10",
            description = "The largest a single PDF may be, in MB (default ${DEFAULT-VALUE}); past that the "
                    + "package is split into parts.")
    private int maxPartMb;

    @Option(names = "--include-location",
            description = "Keep where photos were taken (GPS); left out unless asked, to protect your privacy.")
    private boolean includeLocation;

    @Option(names = "--language", paramLabel = "nl|en", defaultValue = "nl",
            description = "The language of the letter and the package: nl (default) or en.")
    private String language;

    @Override
    public Integer call() throws IOException {
        Locale locale = Converters.language(language);
        boolean noLetter = letter != null && letter.strip().equalsIgnoreCase("none");
        LetterKind asked = letter == null || noLetter ? null : letterKind(letter);
        if (maxPartMb < 1) {
            throw new IllegalArgumentException("--max-part-mb must be at least 1, not " + maxPartMb);
        }
        Path target = writableTarget(out);
        try (Services services = dossier.open()) {
            Correspondence correspondence = services.correspondence();
            DossierSnapshot snapshot = correspondence.snapshot(dossier.id());
            PrintWriter err = dossier.commandLine().getErr();
            for (ReadinessIssue issue : Readiness.check(snapshot.contents(), recipient, snapshot.today())) {
                err.println("Note: " + GuideTexts.problem(issue, Locale.ENGLISH));
            }
            LetterKind kind = noLetter ? null : asked != null ? asked : LetterChoice.suggest(recipient, snapshot);
            if (kind != null) {
                LetterFit.Fit fit = LetterFit.check(kind, recipient, snapshot, Locale.ENGLISH);
                if (fit.refused()) {
                    throw new IllegalArgumentException("--letter " + kind.cliName() + ": " + fit.reason());
                }
                if (fit.warns()) {
                    err.println("Note: " + fit.reason());
                }
            }
            Letter opening = kind == null ? null : correspondence.draft(dossier.id(), kind, recipient, locale);
            if (opening != null) {
                List<String> gaps = LetterDrafter.gaps(opening.subject() + "\n" + opening.body());
                if (!gaps.isEmpty()) {
                    err.println("Note: the letter has gaps the dossier could not fill: " + String.join(", ", gaps)
                            + ". Fill in your details and the seller's in the app, or edit the letter there.");
                }
            }
            PackageRequest request = new PackageRequest(recipient, opening,
                    PackageDefaults.excluded(snapshot.contents()), maxPartMb * 1_000_000L, includeLocation, locale,
                    target);
            PackageResult result = correspondence.export(dossier.id(), request, ExportProgress.NONE);
            PrintWriter stdout = dossier.commandLine().getOut();
            result.files().forEach(stdout::println);
            stdout.flush();
        }
        return 0;
    }

    /** The file to write, refused before any work when it cannot be written: a folder, or no folder to put it in. */
    private static Path writableTarget(Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out: " + out + " is a folder; give the name of the PDF to write, "
                    + "e.g. " + target.resolve("package.pdf"));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out: the folder " + folder + " does not exist; make it first or "
                    + "choose another place");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("--out: the folder " + folder + " cannot be written to; choose "
                    + "another place");
        }
        return target;
    }

    private static LetterKind letterKind(String value) {
        try {
            return Converters.letterKind(value);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("--letter: " + e.getMessage() + " or none", e);
        }
    }
}
