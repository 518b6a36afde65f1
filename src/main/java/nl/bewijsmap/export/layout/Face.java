package nl.bewijsmap.export.layout;

/** The typefaces of the PDF package: Liberation Sans for text, Liberation Mono for hashes and file contents. */
public enum Face {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    ITALIC("LiberationSans-Italic.ttf"),
    MONO("LiberationMono-Regular.ttf");

    private final String file;

    Face(String file) {
        this.file = file;
    }

    /** Where the font file lies on the class path (the openpdf-fonts-extra artifact). */
    String resource() {
        return "/liberation/" + file;
    }
}
