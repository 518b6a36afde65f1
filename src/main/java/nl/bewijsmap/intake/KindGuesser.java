package nl.bewijsmap.intake;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.bewijsmap.domain.EvidenceKind;

/** Guesses what a document is from words on its first page, in Dutch and English; the user can change it. */
final class KindGuesser {

    private record Cue(EvidenceKind kind, Pattern words, int weight) {
    }

    private static final List<Cue> CUES = List.of(
            cue(EvidenceKind.TERMS, 3, "algemene voorwaarden", "terms and conditions", "terms of service",
                    "general terms", "leveringsvoorwaarden"),
            cue(EvidenceKind.BANK_STATEMENT, 3, "rekeningafschrift", "bankafschrift", "bank statement",
                    "account statement", "dagafschrift"),
            cue(EvidenceKind.ORDER_CONFIRMATION, 3, "orderbevestiging", "bestelbevestiging", "order confirmation",
                    "bedankt voor je bestelling", "bedankt voor uw bestelling", "thank you for your order"),
            cue(EvidenceKind.RECEIPT, 3, "factuur", "invoice", "kassabon", "receipt", "kwitantie", "betaalbewijs",
                    "bon"),
            cue(EvidenceKind.TRACK_AND_TRACE, 3, "track & trace", "track&trace", "track and trace", "trackingcode",
                    "tracking number", "tracking code", "barcode zending"),
            cue(EvidenceKind.TRACK_AND_TRACE, 1, "zending", "verzending", "shipment", "bezorgd", "delivered"),
            cue(EvidenceKind.ORDER_CONFIRMATION, 1, "bestelnummer", "ordernummer", "order number"),
            cue(EvidenceKind.RECEIPT, 1, "btw", "vat", "totaal", "total", "amount due"),
            cue(EvidenceKind.BANK_STATEMENT, 1, "saldo", "balance", "iban"));

    private KindGuesser() {
    }

    private static Cue cue(EvidenceKind kind, int weight, String... words) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(words[i]));
        }
        regex.append(")(?![\\p{L}\\p{N}])");
        return new Cue(kind, Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                weight);
    }

    /** The most likely kind for this text, or OTHER when no strong word is present. */
    static EvidenceKind guess(String text) {
        if (text == null || text.isBlank()) {
            return EvidenceKind.OTHER;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Map<EvidenceKind, Integer> scores = new EnumMap<>(EvidenceKind.class);
        for (Cue cue : CUES) {
            if (cue.words().matcher(lower).find()) {
                scores.merge(cue.kind(), cue.weight(), Integer::sum);
            }
        }
        EvidenceKind best = EvidenceKind.OTHER;
        int bestScore = 2; // one weak word is not enough
        for (Map.Entry<EvidenceKind, Integer> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }
}
