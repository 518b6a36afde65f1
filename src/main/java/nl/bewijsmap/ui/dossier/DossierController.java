package nl.bewijsmap.ui.dossier;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import nl.bewijsmap.domain.Country;
import nl.bewijsmap.domain.DesiredOutcome;
import nl.bewijsmap.domain.DisputeBody;
import nl.bewijsmap.domain.Keurmerk;
import nl.bewijsmap.domain.PaymentMethod;
import nl.bewijsmap.domain.Phase;
import nl.bewijsmap.ui.common.Fields;
import nl.bewijsmap.ui.common.I18n;
import nl.bewijsmap.ui.common.SaveState;

/** Binds the dossier screen to its ViewModel and saves shortly after the user stops typing. */
public final class DossierController {

    private static final Duration SAVE_DELAY = Duration.millis(600);

    private final DossierViewModel viewModel;
    private final I18n i18n;
    private final DossierActions actions;
    private final PauseTransition saveTimer = new PauseTransition(SAVE_DELAY);
    private final Parent evidenceView;
    private final Parent timelineView;
    private final Runnable onTimelineShown;
    private final Parent standingView;
    private final Runnable onStandingShown;
    private final Parent lettersView;
    private final Runnable onLettersShown;
    private final ObservableStringValue nextStep;
    private final Consumer<Node> dropTarget;

    @FXML private VBox header;
    @FXML private TabPane tabs;
    @FXML private Tab evidenceTab;
    @FXML private Tab timelineTab;
    @FXML private Tab standingTab;
    @FXML private Tab lettersTab;
    @FXML private HBox nextStepBox;
    @FXML private Label headerNextStep;
    @FXML private ScrollPane root;
    @FXML private TextField titleField;
    @FXML private Label titleProblem;
    @FXML private Label saveStatus;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;
    @FXML private ComboBox<Phase> phaseCombo;
    @FXML private Label phaseLabel;
    @FXML private Label phaseHint;
    @FXML private TextField productField;
    @FXML private ComboBox<Country> countryCombo;
    @FXML private TextField orderNumberField;
    @FXML private TextField customerNumberField;
    @FXML private DatePicker orderDatePicker;
    @FXML private Label orderDateProblem;
    @FXML private DatePicker deliveryDatePicker;
    @FXML private Label deliveryDateProblem;
    @FXML private TextField priceField;
    @FXML private Label priceProblem;
    @FXML private ComboBox<PaymentMethod> paymentCombo;
    @FXML private CheckBox distanceSaleCheck;
    @FXML private DatePicker discoveredDatePicker;
    @FXML private Label discoveredDateProblem;
    @FXML private ComboBox<DesiredOutcome> outcomeCombo;
    @FXML private TextArea problemArea;
    @FXML private TextField tradeNameField;
    @FXML private TextField legalNameField;
    @FXML private TextField streetField;
    @FXML private TextField postalCodeField;
    @FXML private Label postalCodeProblem;
    @FXML private TextField cityField;
    @FXML private TextField sellerCountryField;
    @FXML private TextField registrationField;
    @FXML private Label registrationProblem;
    @FXML private TextField websiteField;
    @FXML private TextField sellerEmailField;
    @FXML private Label sellerEmailProblem;
    @FXML private TextField sellerPhoneField;
    @FXML private ComboBox<Keurmerk> keurmerkCombo;
    @FXML private ComboBox<DisputeBody> disputeBodyCombo;

    /** The other views of the dossier screen, and what to run when their tab is chosen. */
    public record Tabs(Parent timeline, Runnable onTimelineShown, Parent evidence, Parent standing,
                       Runnable onStandingShown, Parent letters, Runnable onLettersShown) {
    }

    /**
     * {@code tabs} fill the tabs before the form; {@code nextStep} is the one sentence the header shows about what
     * to do next; {@code dropTarget} makes a node accept dropped evidence files, so that files dropped on any tab of
     * the dossier are added.
     */
    public DossierController(DossierViewModel viewModel, I18n i18n, DossierActions actions, Tabs tabs,
                             ObservableStringValue nextStep, Consumer<Node> dropTarget) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.actions = actions;
        this.timelineView = tabs.timeline();
        this.onTimelineShown = tabs.onTimelineShown();
        this.evidenceView = tabs.evidence();
        this.standingView = tabs.standing();
        this.onStandingShown = tabs.onStandingShown();
        this.lettersView = tabs.letters();
        this.onLettersShown = tabs.onLettersShown();
        this.nextStep = nextStep;
        this.dropTarget = dropTarget;
    }

    @FXML
    private void initialize() {
        bindFacts(viewModel.facts());
        bindSeller(viewModel.seller());
        Fields.bindProblem(titleProblem, viewModel.problem(FormField.TITLE));
        Fields.bindProblem(priceProblem, viewModel.problem(FormField.PRICE));
        Fields.bindProblem(orderDateProblem, viewModel.problem(FormField.ORDER_DATE));
        Fields.bindProblem(deliveryDateProblem, viewModel.problem(FormField.DELIVERY_DATE));
        Fields.bindProblem(discoveredDateProblem, viewModel.problem(FormField.DISCOVERED_DATE));
        Fields.bindProblem(registrationProblem, viewModel.problem(FormField.SELLER_REGISTRATION));
        Fields.bindProblem(sellerEmailProblem, viewModel.problem(FormField.SELLER_EMAIL));
        Fields.bindProblem(postalCodeProblem, viewModel.problem(FormField.SELLER_POSTAL_CODE));
        Fields.linkLabels(root);
        phaseLabel.setLabelFor(phaseCombo);
        Fields.scrollToFocused(root);
        saveStatus.textProperty().bind(viewModel.statusTextProperty());
        saveTimer.setOnFinished(e -> viewModel.save());
        viewModel.saveStateProperty().addListener((obs, old, now) -> {
            if (now == SaveState.PENDING) {
                saveTimer.playFromStart();
            }
        });
        root.disableProperty().bind(viewModel.loadedProperty().not());
        header.disableProperty().bind(viewModel.loadedProperty().not());
        evidenceTab.setContent(evidenceView);
        timelineTab.setContent(timelineView);
        timelineTab.setOnSelectionChanged(e -> {
            if (timelineTab.isSelected()) {
                onTimelineShown.run();
            }
        });
        standingTab.setContent(standingView);
        standingTab.setOnSelectionChanged(e -> {
            if (standingTab.isSelected()) {
                onStandingShown.run();
            }
        });
        lettersTab.setContent(lettersView);
        lettersTab.setOnSelectionChanged(e -> {
            if (lettersTab.isSelected()) {
                onLettersShown.run();
            }
        });
        headerNextStep.textProperty().bind(nextStep);
        Fields.showWhen(nextStepBox, Bindings.isNotEmpty(nextStep));
        dropTarget.accept(root);
        dropTarget.accept(header);
        dropTarget.accept(timelineView);
        dropTarget.accept(standingView);
        // A file dropped on another tab shows up where it lands: on the evidence tab.
        for (Node elsewhere : List.of(root, timelineView, standingView)) {
            elsewhere.addEventHandler(DragEvent.DRAG_DROPPED, e -> tabs.getSelectionModel().select(evidenceTab));
        }
        archiveButton.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(actions.isArchived(viewModel.dossierId()) ? "dossier.unarchive" : "dossier.archive"),
                viewModel.loadedProperty(), actions.archivedStates()));
        archiveButton.accessibleTextProperty().bind(archiveButton.textProperty());
    }

    private void bindFacts(FactsForm facts) {
        titleField.textProperty().bindBidirectional(facts.titleProperty());
        Fields.choices(phaseCombo, List.of(Phase.values()), i18n::name);
        phaseCombo.valueProperty().bindBidirectional(facts.phaseProperty());
        phaseHint.textProperty().bind(Bindings.createStringBinding(
                () -> facts.phaseProperty().get() == null ? ""
                        : i18n.text("phase.hint." + facts.phaseProperty().get().name()),
                facts.phaseProperty()));
        productField.textProperty().bindBidirectional(facts.productProperty());
        Fields.choices(countryCombo, List.of(Country.values()), i18n::name);
        countryCombo.valueProperty().bindBidirectional(facts.countryProperty());
        orderNumberField.textProperty().bindBidirectional(facts.orderNumberProperty());
        customerNumberField.textProperty().bindBidirectional(facts.customerNumberProperty());
        for (DatePicker picker : List.of(orderDatePicker, deliveryDatePicker, discoveredDatePicker)) {
            Fields.localDates(picker, i18n.locale(), i18n.text("dossier.date.prompt"));
        }
        orderDatePicker.valueProperty().bindBidirectional(facts.orderDateProperty());
        deliveryDatePicker.valueProperty().bindBidirectional(facts.deliveryDateProperty());
        discoveredDatePicker.valueProperty().bindBidirectional(facts.discoveredDateProperty());
        priceField.textProperty().bindBidirectional(facts.priceProperty());
        Fields.choices(paymentCombo, List.of(PaymentMethod.values()), i18n::name);
        paymentCombo.valueProperty().bindBidirectional(facts.paymentMethodProperty());
        distanceSaleCheck.selectedProperty().bindBidirectional(facts.distanceSaleProperty());
        Fields.choices(outcomeCombo, List.of(DesiredOutcome.values()), i18n::name);
        outcomeCombo.valueProperty().bindBidirectional(facts.desiredOutcomeProperty());
        problemArea.textProperty().bindBidirectional(facts.problemProperty());
        registrationField.promptTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.text(facts.countryProperty().get() == Country.BE
                        ? "seller.registration.prompt.BE" : "seller.registration.prompt.NL"),
                facts.countryProperty()));
    }

    private void bindSeller(SellerForm seller) {
        tradeNameField.textProperty().bindBidirectional(seller.tradeNameProperty());
        legalNameField.textProperty().bindBidirectional(seller.legalNameProperty());
        streetField.textProperty().bindBidirectional(seller.streetProperty());
        postalCodeField.textProperty().bindBidirectional(seller.postalCodeProperty());
        cityField.textProperty().bindBidirectional(seller.cityProperty());
        sellerCountryField.textProperty().bindBidirectional(seller.countryProperty());
        registrationField.textProperty().bindBidirectional(seller.registrationNumberProperty());
        websiteField.textProperty().bindBidirectional(seller.websiteProperty());
        sellerEmailField.textProperty().bindBidirectional(seller.emailProperty());
        sellerPhoneField.textProperty().bindBidirectional(seller.phoneProperty());
        Fields.choices(keurmerkCombo, List.of(Keurmerk.values()), i18n::name);
        keurmerkCombo.valueProperty().bindBidirectional(seller.keurmerkProperty());
        Fields.choices(disputeBodyCombo, List.of(DisputeBody.values()), i18n::name);
        disputeBodyCombo.valueProperty().bindBidirectional(seller.disputeBodyProperty());
    }

    @FXML
    private void archive() {
        viewModel.save();
        actions.archive(viewModel.dossierId(), !actions.isArchived(viewModel.dossierId()));
    }

    @FXML
    private void delete() {
        viewModel.save();
        actions.delete(viewModel.dossierId());
    }

    @FXML
    private void exportPackage() {
        viewModel.save();
        actions.exportPackage(viewModel.dossierId());
    }

    @FXML
    private void showStanding() {
        tabs.getSelectionModel().select(standingTab);
    }

    /** Brings the timeline tab to the front. */
    public void showTimelineTab() {
        tabs.getSelectionModel().select(timelineTab);
    }

    /** Brings the evidence tab to the front. */
    public void showEvidenceTab() {
        tabs.getSelectionModel().select(evidenceTab);
    }
}
