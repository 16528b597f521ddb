package corpus.cli;

import corpus.query.Cancellation;
import corpus.query.QueryCancelledException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code corpus shell}: many questions in one process, the corpus kept open between them. Each line
 * is an ordinary command line without the word {@code corpus}, run as the command line runs it, so
 * its options, formats, errors and exit codes are the same. At a terminal the lines are edited with
 * JLine (history, tab completion of commands and options); fed a file or a pipe, the lines are read
 * as a batch.
 */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Ask many questions in one process, the index kept open.",
      "Each line is a command line without the word 'corpus': 'search putin --limit 5'. At a"
          + " terminal, lines are edited with history and tab completion; 'exit' or Ctrl-D ends."
          + " Fed a file or a pipe ('corpus shell < questions.txt'), the lines run as a batch and"
          + " the exit code is that of the last line that failed (0 when none did). Blank lines"
          + " and lines starting with # are skipped. An index run in another terminal is seen by"
          + " the next line."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus shell",
      "  corpus shell --index news-index < questions.txt",
      "  printf 'stats\\nsearch putin --limit 3\\n' | corpus shell"
    })
final class ShellCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;

  @Spec CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index the lines ask (default: $CORPUS_INDEX, or .corpus-index).")
  Path index;

  @Option(
      names = "--solr",
      paramLabel = "ZK",
      description = "A SolrCloud cluster the lines ask instead (default: $CORPUS_SOLR).")
  String solr;

  @Override
  public Integer call() throws IOException {
    if (index != null && solr != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--index and --solr name two places for the corpus; give one");
    }
    Map<String, String> variables = new HashMap<>(root.environment.variables());
    if (index != null) {
      variables.put("CORPUS_INDEX", index.toString());
      variables.remove("CORPUS_SOLR");
    }
    if (solr != null) {
      variables.put("CORPUS_SOLR", solr);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (OpenCorpora corpora = new OpenCorpora()) {
      CliEnvironment lines = root.environment.inShell(Map.copyOf(variables), corpora);
      return System.console() != null && root.environment.stdin() == System.in
          ? interactive(lines, corpora, out, err)
          : batch(lines, out, err);
    }
  }

  /** Every line of stdin, in turn; the exit code of the last line that failed, or 0. */
  private int batch(CliEnvironment lines, PrintWriter out, PrintWriter err) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(lines.stdin(), StandardCharsets.UTF_8));
    int failed = ExitCodes.OK;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int code = runLine(line, lines, out, err);
      if (code == STOP) {
        break;
      }
      if (code != ExitCodes.OK) {
        failed = code;
      }
    }
    return failed;
  }

  /**
   * Lines typed at a terminal, with history and completion, until 'exit' or Ctrl-D. Ctrl-C while a
   * line runs stops its question (the kept corpora check their {@link Cancellation}) and what it
   * would still print; at the prompt it clears the line.
   */
  private int interactive(
      CliEnvironment lines, OpenCorpora corpora, PrintWriter out, PrintWriter err)
      throws IOException {
    Cancellation cancellation = corpora.cancellation();
    PrintWriter shown = new PrintWriter(new StopsOnCancel(out, cancellation));
    try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
      // JLine's reader takes Ctrl-C itself while a line is edited, and puts this back after.
      terminal.handle(Terminal.Signal.INT, signal -> cancellation.request());
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .appName("corpus")
              .parser(PARSER)
              .completer((ignored, line, candidates) -> complete(corpora, line, candidates))
              .variable(LineReader.HISTORY_FILE, historyFile(lines))
              .build();
      while (true) {
        String line;
        try {
          line = reader.readLine("corpus> ");
        } catch (UserInterruptException e) {
          continue; // Ctrl-C at the prompt: a new prompt
        } catch (EndOfFileException e) {
          return ExitCodes.OK;
        }
        cancellation.clear();
        int code = runLine(line, lines, shown, err);
        cancellation.clear(); // else Tab, which reads the same corpus, would stop too
        if (code == STOP) {
          return ExitCodes.OK;
        }
      }
    }
  }

  /** How many of the corpus's words Tab offers at most. */
  private static final int WORDS_OFFERED = 200;

  /**
   * Tab completion: the command names for the first word; that command's options for a word that
   * starts with a dash; an option's values when it has a fixed set (a format, a period); otherwise,
   * for a command that asks about words, the words of the corpus the last line asked.
   */
  static void complete(OpenCorpora corpora, ParsedLine line, List<Candidate> candidates) {
    List<String> words = line.words();
    String word = line.word();
    if (line.wordIndex() == 0) {
      CorpusCommand.commandNames().forEach(name -> candidates.add(new Candidate(name)));
      return;
    }
    CommandSpec command = commandSpec(words.get(0));
    if (command == null) {
      return;
    }
    if (word.startsWith("-")) {
      optionsOf(command).forEach(option -> candidates.add(new Candidate(option)));
      return;
    }
    OptionSpec option = command.findOption(words.get(line.wordIndex() - 1));
    if (option != null && option.arity().max() > 0) {
      if (option.completionCandidates() != null) {
        option.completionCandidates().forEach(value -> candidates.add(new Candidate(value)));
      }
    } else if (!command.positionalParameters().isEmpty()
        && !command.name().equals("index")
        && QUERY_WORD.matcher(word).matches()) {
      corpora
          .wordsStartingWith(word, WORDS_OFFERED)
          .forEach(known -> candidates.add(new Candidate(known)));
    }
  }

  /** A word being typed that Tab can complete from the corpus: letters and digits, no syntax. */
  private static final Pattern QUERY_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** The option names of a command, as its picocli model lists them. */
  private static List<String> optionsOf(CommandSpec command) {
    return command.optionsMap().keySet().stream().sorted().toList();
  }

  /** A command's picocli model; null for an unknown command. */
  private static CommandSpec commandSpec(String command) {
    CommandLine commandLine =
        CorpusCommand.commandLine(
                new CliEnvironment(Map.of(), false, false, null),
                new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()),
                command)
            .getSubcommands()
            .get(command);
    return commandLine == null ? null : commandLine.getCommandSpec();
  }

  /**
   * The terminal's stdout while a line runs: once Ctrl-C is pressed, writing ends the line instead,
   * so a long table stops too.
   */
  private static final class StopsOnCancel extends Writer {
    private final Writer out;
    private final Cancellation cancellation;

    StopsOnCancel(Writer out, Cancellation cancellation) {
      this.out = out;
      this.cancellation = cancellation;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (cancellation.requested()) {
        throw new QueryCancelledException();
      }
      out.write(chars, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush(); // the terminal's stdout outlives the shell's lines
    }
  }

  /** The history file, beside the index: each corpus keeps the questions asked of it. */
  private static Path historyFile(CliEnvironment lines) {
    String where = lines.variable("CORPUS_INDEX");
    Path indexDir = Path.of(where != null ? where : LocationOptions.DEFAULT_INDEX).toAbsolutePath();
    return indexDir.resolveSibling(indexDir.getFileName() + ".shell-history");
  }

  /** Words as a POSIX shell splits them: quotes group, a quote left open is an error. */
  private static final DefaultParser PARSER = new DefaultParser().eofOnUnclosedQuote(true);

  /** Not an exit code: the line ended the shell. */
  private static final int STOP = -1;

  /** Runs one line as a command line; its exit code, or {@link #STOP}. */
  private static int runLine(String line, CliEnvironment lines, PrintWriter out, PrintWriter err) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
      return ExitCodes.OK;
    }
    List<String> words;
    try {
      words =
          new ArrayList<>(
              PARSER.parse(trimmed, trimmed.length(), Parser.ParseContext.ACCEPT_LINE).words());
    } catch (SyntaxError e) {
      err.println("error: " + e.getMessage() + ": " + trimmed);
      err.flush();
      return ExitCodes.USAGE;
    }
    words.removeIf(String::isEmpty);
    if (!words.isEmpty() && words.get(0).equals("corpus")) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return ExitCodes.OK;
    }
    if (words.size() == 1 && (words.get(0).equals("exit") || words.get(0).equals("quit"))) {
      return STOP;
    }
    if (words.get(0).equals("shell")) {
      err.println("error: this is the shell already");
      err.flush();
      return ExitCodes.USAGE;
    }
    String[] args = words.toArray(String[]::new);
    int code = CorpusCommand.commandLine(lines, out, err, args).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
