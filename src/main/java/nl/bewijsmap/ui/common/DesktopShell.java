package nl.bewijsmap.ui.common;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The computer's own programs through {@link Desktop}; where the desktop cannot do something (a Linux desktop
 * without the libraries it needs, a headless machine), the address goes to the fallback instead, on the FX
 * thread: the application's host services, which hand it to the system's opener.
 */
public final class DesktopShell implements Shell {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopShell.class);

    private final Background background;
    private final Consumer<String> fallback;

    public DesktopShell(Background background, Consumer<String> fallback) {
        this.background = Objects.requireNonNull(background, "background");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public void open(Path file) throws IOException {
        if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(file.toFile());
        } else {
            handOver(file.toUri().toString());
        }
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        if (supports(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (supports(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
        } else {
            handOver(folder.toUri().toString());
        }
    }

    @Override
    public void mail(URI mailto) throws IOException {
        if (supports(Desktop.Action.MAIL)) {
            Desktop.getDesktop().mail(mailto);
        } else {
            handOver(mailto.toString());
        }
    }

    private static boolean supports(Desktop.Action action) {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
        } catch (RuntimeException e) {
            // A headless machine, or a desktop AWT cannot reach: the fallback does it.
            LOG.debug("No desktop for {}", action, e);
            return false;
        }
    }

    private void handOver(String address) {
        LOG.info("No desktop to open {}: handed to the application's opener", address);
        background.onFx(() -> fallback.accept(address));
    }
}
