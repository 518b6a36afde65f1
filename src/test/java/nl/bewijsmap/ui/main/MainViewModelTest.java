package nl.bewijsmap.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.DossierFacts;
import nl.bewijsmap.domain.DossierSummary;
import nl.bewijsmap.domain.Seller;
import nl.bewijsmap.ui.common.Background;
import nl.bewijsmap.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    @TempDir
    Path dataDir;

    private Services services;
    private MainViewModel viewModel;
    private final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        services = Services.open(dataDir, Clock.systemDefaultZone());
        viewModel = new MainViewModel(services.dossiers(), Background.direct(), new I18n(I18n.ENGLISH), errors::add);
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private List<String> titles() {
        return viewModel.visibleDossiers().stream().map(DossierSummary::title).toList();
    }

    @Test
    void aFirstTimeUserSeesTheEmptyState() {
        viewModel.refresh();
        assertThat(viewModel.noDossiersProperty().get()).isTrue();
        assertThat(viewModel.noMatchesProperty().get()).isFalse();
    }

    @Test
    void creatingADossierListsAndSelectsIt() {
        viewModel.refresh();
        viewModel.create("Washing machine");
        assertThat(titles()).containsExactly("Washing machine");
        assertThat(viewModel.selectedProperty().get().title()).isEqualTo("Washing machine");
        assertThat(viewModel.noDossiersProperty().get()).isFalse();
    }

    @Test
    void searchMatchesTitleAndSellerIgnoringCase() {
        services.dossiers().create("Washing machine", DossierFacts.EMPTY, Seller.named("Coolblue"));
        services.dossiers().create("Laptop", DossierFacts.EMPTY, Seller.named("MediaMarkt"));
        viewModel.refresh();

        viewModel.searchTextProperty().set("COOL");
        assertThat(titles()).containsExactly("Washing machine");
        viewModel.searchTextProperty().set("lap");
        assertThat(titles()).containsExactly("Laptop");
        viewModel.searchTextProperty().set("fridge");
        assertThat(titles()).isEmpty();
        assertThat(viewModel.noMatchesProperty().get()).isTrue();
    }

    @Test
    void archivedDossiersHideUntilAskedForAndCanComeBack() {
        services.dossiers().create("Old dispute", DossierFacts.EMPTY, null);
        viewModel.refresh();
        DossierSummary dossier = viewModel.visibleDossiers().get(0);

        viewModel.setArchived(dossier, true);
        assertThat(titles()).isEmpty();
        assertThat(viewModel.undoProperty().get().message()).contains("Old dispute");
        viewModel.showArchivedProperty().set(true);
        assertThat(titles()).containsExactly("Old dispute");

        viewModel.undo();
        viewModel.showArchivedProperty().set(false);
        assertThat(titles()).containsExactly("Old dispute");
    }

    @Test
    void deleteCanBeUndoneAndTheDataComesBackWhole() {
        long id = services.dossiers().create("Fridge", DossierFacts.EMPTY, Seller.named("Bol")).id();
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.visibleDossiers().get(0));

        viewModel.delete(viewModel.visibleDossiers().get(0));
        assertThat(titles()).isEmpty();
        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(services.dossiers().find(id)).isEmpty();
        assertThat(viewModel.undoProperty().get().message()).isEqualTo("Dossier \"Fridge\" deleted.");

        viewModel.undo();
        assertThat(titles()).containsExactly("Fridge");
        assertThat(viewModel.selectedProperty().get().sellerName()).isEqualTo("Bol");
        assertThat(viewModel.undoProperty().get()).isNull();
    }

    @Test
    void aDeletedDossierIsGoneForGoodAfterARestart() {
        services.dossiers().create("Fridge", DossierFacts.EMPTY, null);
        viewModel.refresh();
        viewModel.delete(viewModel.visibleDossiers().get(0));
        services.close();

        services = Services.open(dataDir, Clock.systemDefaultZone());
        assertThat(services.dossiers().list(true)).isEmpty();
    }

    @Test
    void renameShowsTheNewTitle() {
        services.dossiers().create("Wasmachine", DossierFacts.EMPTY, null);
        viewModel.refresh();
        viewModel.rename(viewModel.visibleDossiers().get(0), "Wasmachine Bosch");
        assertThat(titles()).containsExactly("Wasmachine Bosch");
    }
}
