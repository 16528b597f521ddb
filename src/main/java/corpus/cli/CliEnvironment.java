package corpus.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from the world outside its arguments, gathered in one place so tests
 * can set it.
 *
 * @param variables environment variables (CORPUS_INDEX, CORPUS_SOLR, CORPUS_DIR, NO_COLOR, TERM)
 * @param stdoutTerminal stdout is a terminal (colour may be used)
 * @param stderrTerminal stderr is a terminal (a progress bar may be drawn)
 * @param bundledCorpus the sample corpus shipped with the tool, or null
 * @param stdin what {@code corpus shell} reads its lines from
 * @param corpora the corpora a shell keeps open between its lines; null outside a shell, where each
 *     command opens and closes its own
 */
public record CliEnvironment(
    Map<String, String> variables,
    boolean stdoutTerminal,
    boolean stderrTerminal,
    Path bundledCorpus,
    InputStream stdin,
    OpenCorpora corpora) {

  public CliEnvironment(
      Map<String, String> variables,
      boolean stdoutTerminal,
      boolean stderrTerminal,
      Path bundledCorpus) {
    this(variables, stdoutTerminal, stderrTerminal, bundledCorpus, System.in, null);
  }

  /** The same environment for the lines of a shell: other variables, and corpora kept open. */
  CliEnvironment inShell(Map<String, String> shellVariables, OpenCorpora open) {
    return new CliEnvironment(
        shellVariables, stdoutTerminal, stderrTerminal, bundledCorpus, stdin, open);
  }

  /** The real environment. The launcher tells which streams are terminals; Java cannot ask. */
  public static CliEnvironment system() {
    String bundled = System.getProperty("corpus.bundled");
    return new CliEnvironment(
        System.getenv(),
        Boolean.getBoolean("corpus.stdout.tty"),
        Boolean.getBoolean("corpus.stderr.tty") || stderrIsTerminal(),
        bundled == null ? null : Path.of(bundled));
  }

  String variable(String name) {
    String value = variables.get(name);
    return value == null || value.isBlank() ? null : value;
  }

  /** Colour only for a terminal that can show it, and never against the user's NO_COLOR wish. */
  boolean colour() {
    return stdoutTerminal && variable("NO_COLOR") == null && !"dumb".equals(variable("TERM"));
  }

  /**
   * Whether the terminal's locale is UTF-8 (LC_ALL, else LC_CTYPE, else LANG, as the C library
   * decides), so block characters will show; otherwise sparklines are drawn in ASCII.
   */
  boolean unicode() {
    String locale = variable("LC_ALL");
    if (locale == null) {
      locale = variable("LC_CTYPE");
    }
    if (locale == null) {
      locale = variable("LANG");
    }
    return locale != null
        && locale.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8");
  }

  private static boolean stderrIsTerminal() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      return target.toString().startsWith("/dev/pts/") || target.toString().startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return false; // not Linux, or no /proc: no progress bar
    }
  }
}
