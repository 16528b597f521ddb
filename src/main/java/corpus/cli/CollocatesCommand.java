package corpus.cli;

import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocateTable;
import corpus.query.CollocatesQuery;
import corpus.query.CollocatesResult;
import corpus.query.CollocationMeasure;
import corpus.query.CorpusStore;
import corpus.query.Granularity;
import corpus.report.CollocatesComparisonLayout;
import corpus.report.CollocatesLayout;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "collocates",
    mixinStandardHelpOptions = true,
    description = {
      "Find the words that keep a word or phrase company, overall, per period, or gained and lost between two sets.",
      "The words found near a node word or phrase (its collocates), within one article, with their observed and expected counts and seven association measures (CQPweb's conventions). With --a-... and --b-... options (as in 'compare'), the collocates whose share of the node's windows rose and fell most from set A to set B, each list by log-likelihood (G²), with the log ratio and each set's measure."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus collocates sanctions --window 5,5 --sort log_dice",
      "  corpus collocates li qiang --by year --top 10",
      "  corpus collocates путин --language ru --format csv -o putin.csv",
      "  corpus collocates sanctions --a-to 2022-12-31 --b-from 2023-01-01 --sort log_dice"
    })
final class CollocatesCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin DateRangeOptions dates;
  @Mixin OutputOptions output;
  @Mixin DedupOption dedup;
  @Mixin TwoSetsOptions sets;
  @Mixin SubsetOptions subset;

  @Parameters(
      arity = "1..*",
      paramLabel = "NODE",
      description =
          "A word, or several words as a phrase, analysed like the text (no query syntax).")
  List<String> node;

  @Option(
      names = "--window",
      paramLabel = "L,R",
      defaultValue = "5,5",
      description =
          "Tokens of context left and right of each occurrence, within its article (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Leave out collocates seen fewer than N times in the windows; with --a-/--b-, in A's and B's windows together (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "25",
      description =
          "Rows per table, or per list (gained, lost) with --a-/--b-; 0 for all (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--sort",
      paramLabel = "MEASURE",
      converter = Choices.Measures.class,
      completionCandidates = Choices.Measures.class,
      defaultValue = "log_likelihood",
      description =
          "log_likelihood, log_dice, mi, mi3, t_score, z_score, log_ratio or observed; with --a-/--b-, the measure shown for each set and its change (the lists are by G²) (default: ${DEFAULT-VALUE}).")
  CollocationMeasure sort;

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      converter = Choices.Periods.class,
      completionCandidates = Choices.Periods.class,
      defaultValue = "none",
      description =
          "none, year, quarter, month, week or day: one table per period (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(
      names = "--query",
      paramLabel = "Q",
      description = "Only articles matching Q (syntax of 'search').")
  String query;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    int[] span = Usage.check(spec, () -> span(window));
    boolean aGiven = sets.aGiven();
    boolean bGiven = sets.bGiven();
    if (aGiven || bGiven) {
      return compare(span, aGiven, bGiven);
    }
    CollocatesQuery request =
        Usage.check(
            spec,
            () ->
                new CollocatesQuery(
                    String.join(" ", node),
                    span[0],
                    span[1],
                    minCount,
                    top,
                    sort,
                    by,
                    dates.range(),
                    query,
                    subset.sources(),
                    subset.languages()));
    CorpusStore store = location.store(root.environment);
    store.checkTerm(request.node());
    if (query != null) {
      store.checkQuery(query);
    }
    CollocatesResult result =
        location.answer(
            root.environment,
            store,
            output,
            dedup,
            List.of(request.selection()),
            corpus -> corpus.collocates(request),
            new CollocatesLayout());
    long windowTokens = result.tables().stream().mapToLong(CollocateTable::windowTokens).sum();
    if (windowTokens > 0 && result.tables().stream().allMatch(table -> table.rows().isEmpty())) {
      // Windows without rows read like a node with no company: say the floor hid them.
      spec.commandLine()
          .getErr()
          .println(
              "note: no word is seen "
                  + minCount
                  + " times or more near '"
                  + request.node()
                  + "' ("
                  + windowTokens
                  + " window tokens); a lower --min-count shows them");
    }
    return ExitCodes.OK;
  }

  /** The collocates gained and lost from set A to set B. */
  private int compare(int[] span, boolean aGiven, boolean bGiven) throws Exception {
    if (!bGiven) {
      throw usage(
          "--a-... options need set B too: --b-from, --b-to, --b-query, --b-source or --b-language");
    }
    if (!aGiven) {
      throw usage(
          "--b-... options need set A too: --a-from, --a-to, --a-query, --a-source or --a-language");
    }
    if (by != Granularity.NONE) {
      throw usage("--by makes a table per period; it cannot be combined with --a-... and --b-...");
    }
    if (dates.from != null
        || dates.to != null
        || query != null
        || !subset.names.isEmpty()
        || !subset.languageCodes.isEmpty()) {
      throw usage(
          "--from, --to, --query, --source and --language select one set; with --a-... and"
              + " --b-... give each set its own (--a-from, --b-query, ...)");
    }
    CollocateComparisonQuery request =
        Usage.check(
            spec,
            () ->
                new CollocateComparisonQuery(
                    String.join(" ", node),
                    span[0],
                    span[1],
                    minCount,
                    top,
                    sort,
                    sets.a(),
                    sets.b()));
    CorpusStore store = location.store(root.environment);
    store.checkTerm(request.node());
    sets.queries().forEach(store::checkQuery);
    location.answer(
        root.environment,
        store,
        output,
        dedup,
        List.of(request.a(), request.b()),
        corpus -> corpus.collocates(request),
        new CollocatesComparisonLayout());
    return ExitCodes.OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** {@code 5,5}, or {@code 3} for three tokens on each side. */
  static int[] span(String text) {
    String[] sides = text.strip().split("\\s*,\\s*", -1);
    try {
      if (sides.length == 1) {
        int both = Integer.parseInt(sides[0]);
        return new int[] {both, both};
      }
      if (sides.length == 2) {
        return new int[] {Integer.parseInt(sides[0]), Integer.parseInt(sides[1])};
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new IllegalArgumentException(
        "--window takes L,R (tokens left and right, such as 5,5) or one number for both, not '"
            + text
            + "'");
  }
}
