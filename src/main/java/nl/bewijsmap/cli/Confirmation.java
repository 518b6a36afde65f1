package nl.bewijsmap.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.bewijsmap.domain.Timestamp;
import picocli.CommandLine;

/** What a command that writes something down answers: plain lines on stderr, the new number last on stdout. */
final class Confirmation {

    private Confirmation() {
    }

    /** E.g. {@code Recorded "Call with Priya" on 2026-03-02 14:05 in dossier 3 as call 7.}, then the remarks. */
    static void print(CommandLine commandLine, String what, long id, String title, Timestamp at, long dossierId,
            List<String> remarks) {
        PrintWriter err = commandLine.getErr();
        err.println("Recorded \"" + title + "\" on " + Times.shown(at) + " in dossier " + dossierId + " as " + what
                + " " + id + ".");
        remarks.forEach(err::println);
        err.flush();
        // Scripts take the number from the last line of stdout, as after 'dossier create'.
        commandLine.getOut().println(id);
        commandLine.getOut().flush();
    }
}
