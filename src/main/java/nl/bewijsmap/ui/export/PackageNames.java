package nl.bewijsmap.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.common.Folders;
import nl.bewijsmap.ui.common.I18n;

/** The names a package's files get: what the consumer sees in their folder and attaches to an email. */
final class PackageNames {

    private PackageNames() {
    }

    /** "Bewijsmap - Washing machine - Witgoedwinkel.nl.pdf": the app, the dossier, who it is for. */
    static String fileName(String dossierTitle, Recipient recipient, Seller seller, I18n i18n) {
        return Folders.safeName("Bewijsmap - " + dossierTitle + " - " + recipientName(recipient, seller, i18n))
                + ".pdf";
    }

    static String recipientName(Recipient recipient, Seller seller, I18n i18n) {
        return switch (recipient) {
            case SELLER -> seller.displayName().isEmpty() ? i18n.text("export.file.seller") : seller.displayName();
            case KEURMERK -> seller.keurmerk() == Keurmerk.WEBWINKELKEUR
                    || seller.keurmerk() == Keurmerk.THUISWINKEL_WAARBORG
                    ? i18n.name(seller.keurmerk()) : i18n.text("export.file.keurmerk");
            case GESCHILLENCOMMISSIE, DIGIDISPUUT -> i18n.text("standing.recipient." + recipient.name());
        };
    }

    /** The file as typed: a missing ".pdf" added. */
    static Path pdf(String typed) {
        String text = typed.strip();
        return Path.of(text.toLowerCase(Locale.ROOT).endsWith(".pdf") ? text : text + ".pdf");
    }

    /**
     * A name not yet taken in its folder: the file itself, else "NAME (2).pdf", "NAME (3).pdf"…, so that a package
     * made again never silently replaces the one made before. Looks at the disk: call it on a worker thread.
     */
    static Path free(Path file) {
        if (!Files.exists(file) && !Files.exists(part(file, 1))) {
            return file;
        }
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".pdf".length());
        for (int n = 2; ; n++) {
            Path candidate = file.resolveSibling(stem + " (" + n + ").pdf");
            if (!Files.exists(candidate) && !Files.exists(part(candidate, 1))) {
                return candidate;
            }
        }
    }

    /** Where part {@code n} of a split package goes: NAME-n.pdf beside NAME.pdf. */
    static Path part(Path file, int n) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + "-" + n + ".pdf");
    }

    /** "2.4 MB", "380 kB": a size as a file manager shows it. */
    static String size(long bytes, Locale locale) {
        if (bytes < 1_000_000) {
            return String.format(locale, "%d kB", Math.max(1, Math.round(bytes / 1000.0)));
        }
        return String.format(locale, "%.1f MB", bytes / 1_000_000.0);
    }
}
