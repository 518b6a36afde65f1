package nl.bewijsmap.letters;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.Letter;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Recipient;
import nl.bewijsmap.rules.RuleBook;

/**
 * Drafts a letter from a dossier's data with the letter's template; the consumer edits it before it is used. The
 * wording lives in the Mustache templates under {@code /nl/bewijsmap/letters/<nl|en>/} (see the README there); this
 * class only gathers the values, already written for the language, and puts the letter together. Facts the dossier
 * does not know are left as visible gaps in square brackets, which {@link #gaps} finds again for the editor.
 */
public final class LetterDrafter {

    /** A gap the draft leaves for the consumer to fill in: "[datum van aankoop]", on one line. */
    private static final Pattern GAP = Pattern.compile("\\[[^\\[\\]\\n]{1,80}]");

    private final RuleBook book;
    private final DisputeBodies bodies;
    private final Templates templates = new Templates();
    private final Map<Language, Phrases> phrases = new EnumMap<>(Language.class);

    /** Drafts with the terms of the given rule book (how long the seller gets to answer, the final term). */
    public LetterDrafter(RuleBook book) {
        this.book = book;
        this.bodies = DisputeBodies.standard();
        for (Language language : Language.values()) {
            phrases.put(language, Phrases.load(language));
        }
    }

    public static LetterDrafter standard() {
        return new LetterDrafter(RuleBook.standard());
    }

    /**
     * A first draft of the letter, in Dutch for a Dutch locale and in English otherwise. {@code recipient} is who the
     * package is for. Only the cover letter is addressed to that recipient: the complaint, the notices of default and
     * the withdrawal are letters to the seller, so they are drafted to the seller (and say {@link Recipient#SELLER} as
     * their recipient) whoever the package goes to; inside a package for a dispute body they show what the seller
     * was sent. Whether a kind fits the facts at all is {@link LetterFit}'s question.
     */
    public Letter draft(LetterKind kind, Recipient recipient, DossierSnapshot snapshot, Locale locale) {
        return draftTo(kind, addressee(kind, recipient), snapshot, locale);
    }

    /** Who a letter of this kind is addressed to in a package for {@code recipient}. */
    public static Recipient addressee(LetterKind kind, Recipient recipient) {
        return kind == LetterKind.COVER_LETTER ? recipient : Recipient.SELLER;
    }

    private Letter draftTo(LetterKind kind, Recipient recipient, DossierSnapshot snapshot, Locale locale) {
        Language language = Language.of(locale);
        Phrases words = phrases.get(language);
        LetterModel letter = new LetterModel(snapshot, recipient, language, words, bodies);
        Map<String, Object> model = letter.build(book, templates);
        String body = templates.render(language, kind.cliName(), model);
        String subject = templates.renderInline(language, words.phrase("subject." + kind.cliName()), model);
        Parties parties = letter.parties();
        return new Letter(kind, recipient, locale, snapshot.today(), parties.place(), parties.senderLines(recipient),
                parties.recipientLines(recipient, letter.body(), language), subject, body, parties.consumerName());
    }

    /** The gaps in square brackets a draft still has, in order, each once: what the consumer must still fill in. */
    public static List<String> gaps(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = GAP.matcher(text);
        while (matcher.find()) {
            if (!found.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
