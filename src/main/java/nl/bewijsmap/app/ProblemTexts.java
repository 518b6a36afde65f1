package nl.bewijsmap.app;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.bewijsmap.domain.ImportDetail;
import nl.bewijsmap.domain.ImportProblem;
import nl.bewijsmap.domain.Messages;
import nl.bewijsmap.intake.Problem;

/**
 * Import problems in plain words, and in a compact form for the database so that each screen can
 * show them in the user's language later.
 */
public final class ProblemTexts {

    private static final String SEPARATOR = "\n";

    private ProblemTexts() {
    }

    /** One sentence per problem, joined with spaces. */
    public static String describe(List<Problem> problems, Locale locale) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            sentences.add(sentence(problem.code(), problem.detail(), locale));
        }
        return String.join(" ", sentences);
    }

    /** The sentence for one problem; {@code detail} fills its placeholder(s). */
    public static String sentence(ImportProblem code, String detail, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        if (code.detailIsExplanation()) {
            detail = explanation(detail, bundle, locale);
        }
        String[] parts = (detail == null ? "" : detail).split("\t", 2);
        Object[] args = parts.length == 2 ? new Object[] {parts[0], parts[1]} : new Object[] {parts[0], ""};
        return new MessageFormat(bundle.getString(code.messageKey()), locale).format(args).strip();
    }

    /**
     * The sentence for a stored {@link ImportDetail}. Dossiers from before these codes hold an English sentence
     * instead: shown as it is in English, left out in another language rather than mixing the two.
     */
    private static String explanation(String detail, ResourceBundle bundle, Locale locale) {
        String[] parts = (detail == null ? "" : detail).split("\t", 2);
        try {
            ImportDetail which = ImportDetail.valueOf(parts[0]);
            String pattern = bundle.getString(which.messageKey());
            // Like every text: only a pattern with a placeholder goes through MessageFormat (and doubles its quotes).
            return !pattern.contains("{") ? pattern
                    : new MessageFormat(pattern, locale).format(new Object[] {parts.length == 2 ? parts[1] : ""});
        } catch (IllegalArgumentException e) {
            return "en".equals(locale.getLanguage()) ? detail : "";
        }
    }

    /** The texts in exactly this language (no fallback to the JVM's own locale). */
    public static ResourceBundle bundle(Locale locale) {
        return Messages.bundle(locale);
    }

    /** Stored form: one {@code CODE<tab>detail} line per problem. */
    public static String encode(List<Problem> problems) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : problems) {
            String detail = problem.detail() == null ? "" : problem.detail().replace('\n', ' ');
            lines.add(problem.code().name() + "\t" + detail);
        }
        return String.join(SEPARATOR, lines);
    }

    public static List<Problem> decode(String stored) {
        List<Problem> problems = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return problems;
        }
        for (String line : stored.split(SEPARATOR)) {
            int tab = line.indexOf('\t'); // the detail itself may hold a second tab (two arguments)
            String code = tab < 0 ? line : line.substring(0, tab);
            String detail = tab < 0 ? "" : line.substring(tab + 1);
            try {
                problems.add(new Problem(ImportProblem.valueOf(code.strip()), detail));
            } catch (IllegalArgumentException e) {
                // Text from an older version: keep it as a damaged-file note rather than lose it.
                problems.add(new Problem(ImportProblem.DAMAGED, line));
            }
        }
        return problems;
    }
}
