package nl.bewijsmap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bewijsmap.app.ImportResult;
import nl.bewijsmap.app.ImportStatus;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.EvidenceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import}: copies evidence files into a dossier; one answer per file, in the order given. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add evidence files to a dossier. A damaged or unrecognised file is still kept, with a "
                + "warning; only what cannot be kept (empty, a folder, unreadable, too large) is rejected.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    private DossierOption dossier;

    @Option(names = "--kind", paramLabel = "KIND", converter = Converters.KindConverter.class,
            description = "What the files are, e.g. receipt, photo, correspondence-in (default: guessed).")
    private EvidenceKind kind;

    @Option(names = "--json", description = "Print one JSON object per file, one per line.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to add.")
    private List<String> files;

    @Override
    public Integer call() throws JsonProcessingException, InterruptedException {
        PrintWriter out = dossier.commandLine().getOut();
        boolean anyRejected = false;
        long dossierId = dossier.id();
        try (Services services = dossier.open()) {
            // Hashing and copying dominate: use both cores, but answer in the order the files were given.
            ExecutorService workers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
            try {
                List<Future<ImportResult>> results = new ArrayList<>();
                for (String file : files) {
                    results.add(workers.submit(() -> services.importer().importFile(dossierId, Path.of(file), kind)));
                }
                for (int i = 0; i < files.size(); i++) {
                    ImportResult result = get(results.get(i));
                    anyRejected |= result.status() == ImportStatus.REJECTED;
                    out.println(json ? Json.write(ImportJson.of(files.get(i), result)) : line(files.get(i), result));
                    out.flush();
                }
            } finally {
                workers.shutdownNow();
            }
        }
        return anyRejected ? PlainErrors.FAILED : 0;
    }

    private static ImportResult get(Future<ImportResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("import failed", e.getCause());
        }
    }

    private static String line(String file, ImportResult result) {
        ImportJson answer = ImportJson.of(file, result);
        String text = switch (result.status()) {
            case IMPORTED -> "imported as item " + answer.id() + " (" + answer.kind() + ", " + when(answer) + ")";
            case DUPLICATE -> "already in the dossier as item " + answer.id();
            case REJECTED -> "not kept: " + answer.error();
        };
        String warning = answer.warning() == null ? "" : System.lineSeparator() + "  note: " + answer.warning();
        return file + ": " + text + warning;
    }

    private static String when(ImportJson answer) {
        return answer.occurredAt() == null ? "no date"
                : answer.occurredAt() + (answer.offset() == null ? "" : answer.offset()) + " from "
                        + answer.timestampSource().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
