package nl.bewijsmap.ui.common;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Small helpers shared by the form ViewModels. */
public final class Forms {

    private Forms() {
    }

    public static StringProperty text() {
        return new SimpleStringProperty("");
    }

    public static String value(StringProperty property) {
        return property.get() == null ? "" : property.get().strip();
    }

    /** Calls {@code onChange} whenever any of the given values changes. */
    public static void watch(Runnable onChange, Observable... values) {
        for (Observable value : values) {
            value.addListener(obs -> onChange.run());
        }
    }
}
