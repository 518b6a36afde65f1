package nl.bewijsmap.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML and hands it the controller we built ourselves, so controllers get their
 * dependencies through the constructor. Rule: {@code FooView.fxml} lives in the resources at the
 * same package path as {@code FooController}.
 */
public final class ViewLoader {

    private final I18n i18n;

    public ViewLoader(I18n i18n) {
        this.i18n = i18n;
    }

    public Parent load(Object controller) {
        String name = controller.getClass().getSimpleName().replaceFirst("Controller$", "View") + ".fxml";
        URL fxml = controller.getClass().getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, i18n.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(name + " asks for " + type + ", not " + controller.getClass());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }
}
