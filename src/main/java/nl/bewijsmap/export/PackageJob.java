package nl.bewijsmap.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.export.layout.FontFiles;
import nl.bewijsmap.export.layout.Metrics;
import nl.bewijsmap.rules.RuleTexts;
import nl.bewijsmap.store.vault.FileVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One export, start to finish: choose and number the exhibits, make them ready (photos in a work folder that is
 * always deleted), plan the parts, write each part beside the requested file under a temporary name, plan again
 * when parts came out over the limit, and only when every part is whole and within the limit move them all into
 * place. When a part cannot be brought under the limit the export fails with {@link PartTooLargeException} and
 * leaves nothing behind.
 */
final class PackageJob {

    private static final Logger LOG = LoggerFactory.getLogger(PackageJob.class);
    private static final int MAX_ATTEMPTS = 8;

    private final FileVault vault;
    private final FontFiles fonts;
    private final ZonedDateTime made;
    private final DossierSnapshot snapshot;
    private final PackageRequest request;
    private final ExportProgress progress;
    private final Words words;
    private final PackageFiles files;
    private final Planner planner;
    private final AtomicInteger done = new AtomicInteger();
    private int total;

    PackageJob(FileVault vault, FontFiles fonts, ZonedDateTime made, DossierSnapshot snapshot, PackageRequest request,
            ExportProgress progress) {
        this.vault = vault;
        this.fonts = fonts;
        this.made = made;
        this.snapshot = snapshot;
        this.request = request;
        this.progress = progress == null ? ExportProgress.NONE : progress;
        this.words = new Words(request.locale());
        this.files = new PackageFiles(request.out());
        this.planner = new Planner(request.maxPartBytes());
    }

    PackageResult run() throws IOException {
        checkCancelled();
        Chronology chronology = Chronology.of(snapshot.contents(), request.excluded());
        List<Exhibit> exhibits = chronology.exhibits();
        total = 2 * exhibits.size() + 2;
        Path work = vault.newWorkFolder();
        // Two named daemon threads that live only as long as this export (shut down in finally below), so the pool is
        // bounded and outlives nothing; sharing a pool of the app's instead would take a PackageWriter argument.
        ExecutorService photos = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "bewijsmap-export-photo");
            thread.setDaemon(true);
            return thread;
        });
        List<Path> temps = new ArrayList<>();
        try (Metrics metrics = new Metrics(fonts)) {
            Describe describe = new Describe(words, metrics);
            List<Rendition> renditions = new ArrayList<>(new Preparer(vault, work, request, metrics, describe,
                    photos).prepare(exhibits, new Preparer.Progress() {
                        @Override
                        public void next(String message) {
                            step(message);
                        }

                        @Override
                        public void checkCancelled() {
                            PackageJob.this.checkCancelled();
                        }
                    }));
            photos.shutdown();
            Arranger arranger = new Arranger(new FrontMatter(metrics, describe, RuleTexts.standard()), planner,
                    snapshot, request, files, chronology);
            PartWriter writer = new PartWriter(fonts, metrics, describe, made, request.maxPartBytes(),
                    request.includeLocation());
            Map<Integer, Double> factors = new HashMap<>();
            double frontFactor = 1;
            for (int attempt = 1; ; attempt++) {
                step(words.text("export.progress.front"));
                Arranger.Arrangement arrangement = arranger.arrange(renditions, factors, frontFactor);
                List<Long> sizes = writeAll(writer, arrangement, temps, exhibits.size());
                List<Integer> over = overLimit(sizes);
                if (over.isEmpty()) {
                    return publish(arrangement, temps, exhibits.size());
                }
                boolean changed = false;
                for (int index : over) {
                    Plan.Part part = arrangement.plan().parts().get(index);
                    if (pictureThePage(part, renditions, factors)) {
                        changed = true;
                    } else if (fixable(part)) {
                        double ratio = Math.max(1.05, (double) sizes.get(index) / arrangement.plannedBytes(part));
                        LOG.info("Part {} came out at {} bytes, over {}; planning again with estimates {}x larger",
                                part.number(), sizes.get(index), request.maxPartBytes(), ratio);
                        for (Plan.Unit unit : part.units()) {
                            factors.merge(unit.exhibit().number(), ratio, (a, b) -> a * b);
                        }
                        if (part.number() == 1) {
                            frontFactor *= ratio;
                        }
                        changed = true;
                    }
                }
                deleteAll(temps);
                int first = over.get(0);
                if (!changed || attempt == MAX_ATTEMPTS) {
                    LOG.warn("Part {} is {} bytes, over the limit of {}, and cannot be made smaller", first + 1,
                            sizes.get(first), request.maxPartBytes());
                    throw new PartTooLargeException(first + 1, sizes.get(first), request.maxPartBytes());
                }
                say(words.text("export.progress.replan", Words.number(first + 1)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelledException();
        } finally {
            photos.shutdownNow();
            awaitQuietly(photos);
            deleteAll(temps);
            vault.discardWorkFolder(work);
        }
    }

    private List<Long> writeAll(PartWriter writer, Arranger.Arrangement arrangement, List<Path> temps,
            int exhibitCount) throws IOException {
        done.set(exhibitCount + 1);
        List<Long> sizes = new ArrayList<>();
        List<Plan.Part> parts = arrangement.plan().parts();
        List<Path> targets = files.files(parts.size());
        for (Plan.Part part : parts) {
            checkCancelled();
            say(words.text("export.progress.part", Words.number(part.number()), Words.number(parts.size())));
            Path temp = Output.tempBeside(targets.get(part.number() - 1));
            temps.add(temp);
            long size = writer.write(arrangement.context(), part, arrangement.leading(part.number()), temp,
                    exhibit -> step(words.text("export.progress.exhibit", Words.number(exhibit.number()),
                            Words.number(exhibitCount))));
            sizes.add(size);
        }
        return sizes;
    }

    /**
     * The parts (0-based) over the limit. Every part is written before this is asked, so that all the pages too big
     * on their own are found, and drawn as pictures, in one pass rather than one per attempt.
     */
    private List<Integer> overLimit(List<Long> sizes) {
        List<Integer> over = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) > request.maxPartBytes()) {
                over.add(i);
            }
        }
        return over;
    }

    /**
     * When the part is a single page of a PDF and too big even alone (a scan at a high resolution), that page is to
     * be drawn as a picture from now on; true when this changed anything.
     */
    private static boolean pictureThePage(Plan.Part part, List<Rendition> renditions,
            Map<Integer, Double> factors) {
        if (part.units().size() != 1 || part.units().get(0).pages() != 1) {
            return false;
        }
        Plan.Unit unit = part.units().get(0);
        int index = unit.exhibit().number() - 1;
        // The current rendition, not the unit's: other pages of the same PDF may have been pictured in this pass.
        if (!(renditions.get(index) instanceof Rendition.Pdf pdf) || pdf.pictured().contains(unit.from())) {
            return false;
        }
        LOG.info("Page {} of exhibit {} is too big for a part on its own; it is drawn as a picture", unit.from() + 1,
                unit.exhibit().number());
        renditions.set(index, pdf.picturing(unit.from()));
        factors.remove(unit.exhibit().number());
        return true;
    }

    /** Whether planning again can make the part smaller: it holds more than one page of exhibits. */
    private static boolean fixable(Plan.Part part) {
        return part.units().size() > 1 || (part.units().size() == 1 && part.units().get(0).pages() > 1
                && part.units().get(0).rendition().splittable());
    }

    private PackageResult publish(Arranger.Arrangement arrangement, List<Path> temps, int exhibitCount)
            throws IOException {
        checkCancelled();
        List<Path> targets = files.files(arrangement.plan().parts().size());
        if (temps.size() != targets.size()) {
            throw new IllegalStateException(temps.size() + " parts written for " + targets.size() + " files");
        }
        for (int i = 0; i < targets.size(); i++) {
            Output.moveIntoPlace(temps.get(i), targets.get(i));
        }
        temps.clear();
        files.removeStale(targets.size());
        progress.update(total, total, words.text("export.progress.done"));
        return new PackageResult(targets, exhibitCount, arrangement.totalPages());
    }

    /** One more step done (an exhibit prepared or written, the front matter laid out). */
    private void step(String message) {
        checkCancelled();
        progress.update(Math.min(done.incrementAndGet(), total), total, message);
    }

    /** What is being done now, without a step of its own. */
    private void say(String message) {
        checkCancelled();
        progress.update(Math.min(done.get(), total), total, message);
    }

    private void checkCancelled() {
        if (progress.isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    private static void deleteAll(List<Path> temps) {
        for (Path temp : temps) {
            Output.deleteQuietly(temp);
        }
        temps.clear();
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Photo workers did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
