package corpus.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the whole command line in-process, as a user would type it, with a controlled environment.
 * The environment has no CORPUS_INDEX or CORPUS_DIR unless a test sets them, and is never a
 * terminal.
 */
public final class CliRunner {
  private final Map<String, String> variables = new HashMap<>();
  private Path bundledCorpus;
  private boolean stdoutTerminal;
  private InputStream stdin = InputStream.nullInputStream();

  /** What one command printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  public CliRunner variable(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public CliRunner bundledCorpus(Path folder) {
    bundledCorpus = folder;
    return this;
  }

  /** What {@code corpus shell} reads. */
  public CliRunner stdin(InputStream in) {
    stdin = in;
    return this;
  }

  public CliRunner stdin(String lines) {
    return stdin(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  public CliRunner stdoutTerminal(boolean terminal) {
    stdoutTerminal = terminal;
    return this;
  }

  public Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment environment =
        new CliEnvironment(
            Map.copyOf(variables), stdoutTerminal, false, bundledCorpus, stdin, null);
    int code;
    try (PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err)) {
      code = Main.run(environment, outWriter, errWriter, args);
    }
    return new Run(code, out.toString(), err.toString());
  }
}
