package nl.bewijsmap.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.bewijsmap.app.Services;
import nl.bewijsmap.domain.CallDetails;
import nl.bewijsmap.domain.CallDirection;
import nl.bewijsmap.domain.CallEntry;
import nl.bewijsmap.domain.Timestamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code call}: writes down a phone call with the seller and prints its number last. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Write down a phone call with the seller: who you spoke to, what was said and what was "
                + "agreed. Prints the new call's number on the last line.")
final class CallCommand implements Callable<Integer> {

    @Mixin
    private DossierOption dossier;

    @Option(names = "--at", required = true, paramLabel = "T",
            description = "When the call started, e.g. 2026-03-02T14:05 (local time; a date alone will do).")
    private Timestamp at;

    @Option(names = "--agent", required = true, paramLabel = "NAME", description = "Who you spoke to.")
    private String agent;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What was said.")
    private String summary;

    @Option(names = "--agreements", required = true, paramLabel = "TEXT",
            description = "What was agreed, e.g. 'a technician comes on Friday'.")
    private String agreements;

    @Option(names = "--duration", paramLabel = "DURATION", description = "How long it took: 12m, 1h5m, 90s or 12.")
    private Duration duration;

    @Option(names = "--direction", paramLabel = "outgoing|incoming",
            description = "outgoing: you called (the default); incoming: they called you.")
    private CallDirection direction = CallDirection.OUTGOING;

    @Option(names = "--department", paramLabel = "TEXT", description = "The department, e.g. customer service.")
    private String department;

    @Option(names = "--reference", paramLabel = "R", description = "A ticket or case number they gave.")
    private String reference;

    @Option(names = "--follow-up", paramLabel = "D", description = "When they promised to come back, e.g. 2026-03-09.")
    private LocalDate followUp;

    @Override
    public Integer call() {
        LocalDate day = at.local().toLocalDate();
        if (followUp != null && followUp.isBefore(day)) {
            // The app's call form refuses it too.
            throw new IllegalArgumentException("the follow-up date " + followUp + " is before the call on " + day
                    + "; give the day you want to call back or follow up, on or after the call");
        }
        CallDetails details = new CallDetails(at, duration, direction, agent, department, reference, summary,
                agreements, followUp);
        try (Services services = dossier.open()) {
            CallEntry call = services.log().logCall(dossier.id(), details);
            // The readiness check asks for agreements before an export; say so while the call is fresh in mind.
            List<String> remarks = details.hasAgreements() ? List.of()
                    : List.of("No agreements are written down; a dispute body will ask what was agreed.");
            Confirmation.print(dossier.commandLine(), "call", call.id(), Titles.of(call), at, dossier.id(), remarks);
        }
        return 0;
    }
}
