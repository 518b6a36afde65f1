package nl.bewijsmap.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.geometry.Bounds;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.geometry.VPos;
import javafx.util.StringConverter;

/** Binding helpers the controllers share: problem labels, enum choices, dates in the user's format. */
public final class Fields {

    private Fields() {
    }

    /** Shows the node, taking its room in the layout, only while {@code shown} holds. */
    public static void showWhen(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows the problem text under an input only while there is one. */
    public static void bindProblem(Label label, StringProperty problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(problem.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        label.getStyleClass().add("field-problem");
        // Wrap under the input instead of ending in "…": the whole sentence is the help.
        label.setWrapText(true);
        label.setPrefWidth(1);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Fills a combo box with choices shown by their translated names (an empty entry for "not set"). */
    public static <T> void choices(ComboBox<T> combo, List<T> values, Function<T, String> names) {
        combo.getItems().setAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return values.stream().filter(v -> names.apply(v).equals(text)).findFirst().orElse(null);
            }
        };
        combo.setConverter(converter);
        combo.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : names.apply(item));
            }
        });
    }

    /** Dates shown the way the user's language writes them; typing accepts the common ways too. */
    public static void localDates(DatePicker picker, Locale locale, String prompt) {
        DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        // STRICT: "30-2-2026" is no date at all, rather than quietly 28 February.
        List<DateTimeFormatter> accepted = java.util.stream.Stream.of(shown,
                DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
                DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale))
                .map(f -> f.withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                // Not a date: keep what the picker had rather than throwing at the user.
                return parse(text, accepted).orElse(picker.getValue());
            }
        });
        picker.setPromptText(prompt);
        // A typed date counts as soon as it is complete, not only after Enter or leaving the field,
        // so closing the window right after typing keeps it.
        javafx.css.PseudoClass danger = javafx.css.PseudoClass.getPseudoClass("danger");
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            java.util.Optional<LocalDate> date = text == null || text.isBlank()
                    ? java.util.Optional.empty() : parse(text, accepted);
            date.filter(d -> !d.equals(picker.getValue())).ifPresent(picker::setValue);
            // A red edge while the text is no real date (yet): "31-4-2026" is not taken silently.
            picker.getEditor().pseudoClassStateChanged(danger, text != null && !text.isBlank() && date.isEmpty()
                    && !text.strip().equals(picker.getConverter().toString(picker.getValue())));
        });
    }

    /** The date in the first of the given ways of writing one that fits; empty while it is not complete. */
    private static java.util.Optional<LocalDate> parse(String text, List<DateTimeFormatter> accepted) {
        for (DateTimeFormatter format : accepted) {
            try {
                return java.util.Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Links every label of a form grid to the input in the next column of its row, so screen readers
     * announce it and its mnemonic focuses the input. Grids are found by the style class {@code form-grid}.
     */
    public static void linkLabels(Parent root) {
        for (Node node : root.lookupAll(".form-grid")) {
            GridPane grid = (GridPane) node;
            for (Node child : grid.getChildren()) {
                if (child instanceof Label label && label.getLabelFor() == null) {
                    inputAt(grid, column(child) + 1, row(child)).ifPresent(label::setLabelFor);
                    // Labels keep their full text and line up with the first line of their input.
                    label.setMinWidth(Region.USE_PREF_SIZE);
                    label.getStyleClass().add("form-label");
                }
                // A problem line under one input must not push its neighbour down.
                GridPane.setValignment(child, VPos.TOP);
            }
        }
    }

    private static java.util.Optional<Node> inputAt(GridPane grid, int column, int row) {
        return grid.getChildren().stream()
                .filter(n -> column(n) == column && row(n) == row)
                .map(n -> n instanceof Pane pane && !pane.getChildren().isEmpty() ? pane.getChildren().get(0) : n)
                .findFirst();
    }

    private static int column(Node node) {
        Integer column = GridPane.getColumnIndex(node);
        return column == null ? 0 : column;
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }

    /**
     * Keeps the input that has the keyboard focus in view, so that moving through a long form with Tab
     * never leaves the user typing into a field they cannot see.
     */
    public static void scrollToFocused(ScrollPane scrollPane) {
        scrollPane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, before, focused) -> reveal(scrollPane, focused));
            }
        });
    }

    private static void reveal(ScrollPane scrollPane, Node focused) {
        Node content = scrollPane.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scrollPane.getViewportBounds().getHeight();
        if (contentHeight <= viewportHeight) {
            return;
        }
        double top = scrollPane.getVvalue() * (contentHeight - viewportHeight);
        double margin = 24;
        if (node.getMinY() - margin < top) {
            scrollPane.setVvalue(Math.max(0, node.getMinY() - margin) / (contentHeight - viewportHeight));
        } else if (node.getMaxY() + margin > top + viewportHeight) {
            double wanted = node.getMaxY() + margin - viewportHeight;
            scrollPane.setVvalue(Math.min(1, wanted / (contentHeight - viewportHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
