package corpus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: {@code main} only runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Charts are drawn into files; never look for a display.
    System.setProperty("java.awt.headless", "true");
    // UTF-8 whatever the platform default, so articles print the same everywhere.
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    int code = run(CliEnvironment.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line in-process; tests call this directly. */
  public static int run(
      CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
    return CorpusCommand.commandLine(environment, out, err, args).execute(args);
  }
}
