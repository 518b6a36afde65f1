package nl.bewijsmap.letters;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.bewijsmap.domain.DeadlineRule;
import nl.bewijsmap.domain.DeadlineStatus;
import nl.bewijsmap.domain.DossierEvent;
import nl.bewijsmap.domain.DossierSnapshot;
import nl.bewijsmap.domain.EventKind;
import nl.bewijsmap.domain.LetterKind;
import nl.bewijsmap.domain.Messages;
import nl.bewijsmap.domain.Recipient;

/**
 * Whether a kind of letter fits the dossier's facts, with the reason in plain words for the consumer. A letter that
 * would state something the dossier contradicts is refused: a withdrawal from a shop purchase or after its period
 * ended, a late-delivery notice for an order that was delivered. A letter that is allowed but probably premature or
 * superfluous gets a warning the command line and the editor show: a late-delivery notice before the delivery term
 * ended, a second notice of default.
 *
 * <p>The recipient never makes a kind unfit: {@link LetterDrafter#draft} addresses the complaint, the notices and the
 * withdrawal to the seller whoever the package is for, and only the cover letter to the recipient.
 */
public final class LetterFit {

    /**
     * The verdict on one kind of letter. {@code refused}: it must not be drafted, {@code reason} says why. Not refused
     * with a reason: it may be drafted, and the reason is a warning to show. Not refused and no reason: it fits.
     */
    public record Fit(boolean refused, String reason) {

        public static final Fit FITS = new Fit(false, "");

        public Fit {
            reason = Objects.requireNonNullElse(reason, "");
            if (refused && reason.isBlank()) {
                throw new IllegalArgumentException("A refusal must say why");
            }
        }

        public boolean fits() {
            return !refused && reason.isEmpty();
        }

        /** Allowed, with a reason to show as a warning. */
        public boolean warns() {
            return !refused && !reason.isEmpty();
        }
    }

    private LetterFit() {
    }

    /** The verdict on drafting {@code kind} for a package to {@code recipient}, its reason in the locale. */
    public static Fit check(LetterKind kind, Recipient recipient, DossierSnapshot snapshot, Locale locale) {
        Objects.requireNonNull(recipient, "recipient");
        Texts texts = new Texts(locale);
        return switch (kind) {
            case WITHDRAWAL -> withdrawal(snapshot, texts);
            case LATE_DELIVERY -> lateDelivery(snapshot, texts);
            case NOTICE_OF_DEFAULT -> noticeOfDefault(snapshot, texts);
            case COMPLAINT, COVER_LETTER -> Fit.FITS;
        };
    }

    /** Why {@code kind} must not be drafted from these facts, or empty when it may (perhaps with a warning). */
    public static Optional<String> unfit(LetterKind kind, Recipient recipient, DossierSnapshot snapshot,
            Locale locale) {
        Fit fit = check(kind, recipient, snapshot, locale);
        return fit.refused() ? Optional.of(fit.reason()) : Optional.empty();
    }

    /**
     * Only a distance sale can be withdrawn from, and only while its period runs. After it ended a withdrawal is
     * still possible when the seller never told the consumer about the right (12 months longer); the dossier does not
     * know that, so the reason says it and the consumer writes that letter themselves.
     */
    private static Fit withdrawal(DossierSnapshot snapshot, Texts texts) {
        if (!snapshot.contents().facts().distanceSale()) {
            return new Fit(true, texts.text("letter.fit.withdrawal.notDistanceSale"));
        }
        return snapshot.deadline(DeadlineRule.WITHDRAWAL).filter(d -> d.status() == DeadlineStatus.PASSED)
                .map(d -> new Fit(true, texts.text("letter.fit.withdrawal.passed", texts.date(d.due()))))
                .orElse(Fit.FITS);
    }

    /** Refused once a delivery is recorded; a warning while the legal delivery term still runs. */
    private static Fit lateDelivery(DossierSnapshot snapshot, Texts texts) {
        LocalDate delivered = snapshot.contents().facts().deliveryDate();
        if (delivered != null) {
            return new Fit(true, texts.text("letter.fit.lateDelivery.delivered", texts.date(delivered)));
        }
        return snapshot.deadline(DeadlineRule.DELIVERY).filter(d -> d.status() == DeadlineStatus.OPEN)
                .filter(d -> !snapshot.today().isAfter(d.due()))
                .map(d -> new Fit(false, texts.text("letter.fit.lateDelivery.notYet", texts.date(d.due()))))
                .orElse(Fit.FITS);
    }

    /** A warning when a notice of default was already sent: the next step is rather a dispute body. */
    private static Fit noticeOfDefault(DossierSnapshot snapshot, Texts texts) {
        return snapshot.contents().events().stream().filter(e -> e.kind() == EventKind.NOTICE_OF_DEFAULT_SENT)
                .map(DossierEvent::occurredAt).map(at -> at.local().toLocalDate()).max(LocalDate::compareTo)
                .map(day -> new Fit(false, texts.text("letter.fit.noticeOfDefault.sent", texts.date(day))))
                .orElse(Fit.FITS);
    }

    /** The reasons in the locale's language, with dates written as the letters write them. */
    private static final class Texts {

        private final Locale locale;
        private final ResourceBundle bundle;
        private final LetterFormat format;

        Texts(Locale locale) {
            this.locale = locale;
            this.bundle = Messages.bundle(locale);
            this.format = new LetterFormat(Language.of(locale));
        }

        String text(String key, Object... args) {
            return Messages.text(bundle, locale, key, args);
        }

        String date(LocalDate day) {
            return format.date(day);
        }
    }
}
