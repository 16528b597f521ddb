package corpus.cli;

import corpus.query.InvalidQueryException;
import corpus.query.Messages;
import corpus.query.QueryCancelledException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Search and count words over time in a folder of dated news articles.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus search putin",
      "  corpus index ~/news && corpus freq --by month --top 10",
      "  source <(corpus generate-completion)   # bash or zsh completion"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the index or a file could not be read or written, or the index is locked",
      "2:bad usage: unknown option, missing folder, malformed query",
      "3:verify found the index damaged or out of step with its corpus folder",
      "130:a shell's question stopped by Ctrl-C"
    })
public final class CorpusCommand implements Runnable {
  final CliEnvironment environment;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean verbose;

  CorpusCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    byName.put("index", IndexCommand.class);
    byName.put("docs", DocsCommand.class);
    byName.put("search", SearchCommand.class);
    byName.put("kwic", KwicCommand.class);
    byName.put("freq", FreqCommand.class);
    byName.put("trend", TrendCommand.class);
    byName.put("compare", CompareCommand.class);
    byName.put("collocates", CollocatesCommand.class);
    byName.put("stats", StatsCommand.class);
    byName.put("dups", DupsCommand.class);
    byName.put("verify", VerifyCommand.class);
    byName.put("solr", SolrCommand.class);
    byName.put("shell", ShellCommand.class);
    byName.put("generate-completion", AutoComplete.GenerateCompletion.class);
    byName.put("help", CommandLine.HelpCommand.class);
    return byName;
  }

  /** The names of the subcommands, for the shell's completion. */
  static List<String> commandNames() {
    return List.copyOf(SUBCOMMANDS.keySet());
  }

  /**
   * Builds the command line for {@code args}, with only the subcommand models it can reach: picocli
   * reads every model's annotations by reflection, and its classes predate class-data sharing, so
   * each model left out is start-up saved. A named command gets its own model; a command line that
   * names none gets them all (help and usage errors list them) unless it only asks for the version.
   * Completion scripts need every model, so that command gets them all.
   */
  static CommandLine commandLine(
      CliEnvironment environment, PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CorpusCommand(environment));
    String named = null;
    boolean versionOnly = args.length > 0;
    for (String arg : args) {
      if (!arg.startsWith("-") && named == null) {
        named = arg;
      }
      versionOnly &= arg.equals("-V") || arg.equals("--version");
    }
    // Completion scripts and 'help COMMAND' need every command's model.
    boolean all =
        named == null
            || !SUBCOMMANDS.containsKey(named)
            || named.equals("generate-completion")
            || named.equals("help");
    for (Map.Entry<String, Class<?>> subcommand : SUBCOMMANDS.entrySet()) {
      if (all ? !versionOnly : subcommand.getKey().equals(named)) {
        commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue());
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(CorpusCommand::usageError);
    commandLine.setExecutionExceptionHandler(CorpusCommand::failure);
    // picocli lets --help win over an unknown word ('corpus serch --help' printed the root's help
    // and exit 0); a word it could not place is a mistake whatever else the line asks.
    commandLine.setExecutionStrategy(
        parsed -> {
          for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty()) {
              throw new CommandLine.UnmatchedArgumentException(
                  level.commandSpec().commandLine(), level.unmatched());
            }
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    CommandLine completion = commandLine.getSubcommands().get("generate-completion");
    if (completion != null) {
      completion.getCommandSpec().usageMessage().hidden(false);
    }
    return commandLine;
  }

  /** A user's mistake in the command line: one line, the usage line, exit code 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("error: " + withSuggestion(e, command));
    CommandLine.Help help = command.getHelp();
    err.print(help.synopsisHeading());
    // Continuation lines line up under the command, after "Usage: ", as in --help.
    err.print(help.synopsis(help.synopsisHeadingLength()));
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * A typo gets the nearest command or option, as git and cargo do: "unknown command 'serch'; did
   * you mean 'search'?", in the same line.
   */
  private static String withSuggestion(CommandLine.ParameterException e, CommandLine command) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    String first = unmatched.getUnmatched().get(0);
    boolean atRoot = command.getParent() == null;
    String message =
        atRoot && !first.startsWith("-") ? "unknown command '" + first + "'" : e.getMessage();
    List<String> suggestions = unmatched.getSuggestions();
    if (suggestions.isEmpty()) {
      return message;
    }
    // picocli lists the nearest first; the others are usually far ('verify' for 'serch').
    return message + "; did you mean '" + suggestions.get(0) + "'?";
  }

  /** Anything that went wrong while running: a one-line message, no stack trace unless asked. */
  private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    int code;
    String message;
    if (cause instanceof QueryCancelledException) {
      err.println("cancelled");
      err.flush();
      return ExitCodes.CANCELLED;
    }
    if (cause instanceof InvalidQueryException) {
      code = ExitCodes.USAGE;
      message = cause.getMessage();
    } else if (cause instanceof IOException io) {
      // The index's own failures (locked, unreadable) carry a message written for the user.
      code = ExitCodes.FAILURE;
      message = describe(io);
    } else {
      code = ExitCodes.FAILURE;
      message =
          "unexpected "
              + cause.getClass().getSimpleName()
              + ": "
              + Messages.oneLine(cause.getMessage())
              + " (run with --verbose for details)";
    }
    err.println("error: " + message);
    if (((CorpusCommand) command.getCommandSpec().root().userObject()).verbose) {
      cause.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    return Messages.oneLine(e.getMessage());
  }
}
