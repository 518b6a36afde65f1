package nl.bewijsmap.ui.letters;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Parent;
import nl.bewijsmap.app.Correspondence;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.Dossier;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.DialogService;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.ViewLoader;

/** The letters tab of the dossier screen, wired to the app's letters, drafts kept in the settings, and paper. */
public final class LettersScreen {

    private final LetterViewModel viewModel;
    private final Parent view;

    /**
     * {@code paperWork} runs previews, saving and printing, apart from the app's worker (a print dialog may stay
     * open a while); {@code onSent} hears of a letter kept as sent, {@code onShowSent} opens its event on the
     * timeline.
     */
    public LettersScreen(Services services, Background background, Background paperWork, I18n i18n,
                         DialogService dialogs, Clock clock, Consumer<SentLetter> onSent,
                         Consumer<DossierEvent> onShowSent, Consumer<Exception> onError) {
        viewModel = new LetterViewModel(letters(services), new LetterPaper(services.correspondence()), background,
                paperWork, i18n, onSent, dialogs::showInfo, onError);
        view = new ViewLoader(i18n).load(new LetterController(viewModel, i18n, dialogs, clock, onShowSent));
    }

    private static LetterViewModel.Letters letters(Services services) {
        Correspondence correspondence = services.correspondence();
        SavedDrafts drafts = new SavedDrafts(services.settings());
        return new LetterViewModel.Letters() {
            @Override
            public DossierSnapshot snapshot(long dossierId) {
                return correspondence.snapshot(dossierId);
            }

            @Override
            public Letter draft(long dossierId, LetterKind kind, Recipient recipient, Locale locale) {
                return correspondence.draft(dossierId, kind, recipient, locale);
            }

            @Override
            public SentLetter markSent(long dossierId, Letter letter, LocalDateTime sentAt) {
                Correspondence.Sent sent = correspondence.markSent(dossierId, letter, sentAt);
                return new SentLetter(sent.event(), sent.copy(),
                        services.dossiers().find(dossierId).map(Dossier::phase).orElse(null));
            }

            @Override
            public Optional<LetterDraft> restore(long dossierId) {
                return drafts.restore(dossierId);
            }

            @Override
            public void keep(long dossierId, LetterDraft draft) {
                drafts.keep(dossierId, draft);
            }
        };
    }

    public Parent view() {
        return view;
    }

    public LetterViewModel viewModel() {
        return viewModel;
    }

    /** Shows another dossier's letter; the one shown so far is kept first. */
    public void load(long dossierId) {
        viewModel.load(dossierId);
    }

    /** Reads the dossier again when the tab is shown: the letter that fits it may have changed. */
    public void refresh() {
        viewModel.refresh();
    }

    /** Keeps the draft being written (before the window closes or the language changes). */
    public void save() {
        viewModel.keep();
    }
}
