package corpus.cli;

import corpus.query.CorpusStore;
import corpus.query.IndexInfo;
import corpus.query.Result;
import corpus.query.SearchSort;
import corpus.report.AtomicFile;
import corpus.report.Layout;
import corpus.report.Meta;
import corpus.report.OutputFormat;
import corpus.report.ResultWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o}: how and where a command's result is written. */
final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = Choices.Formats.class,
      completionCandidates = Choices.Formats.class,
      description =
          "table, json, jsonl or csv (default: table, or the format the -o file's extension"
              + " names: json, jsonl, ndjson or csv).")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE instead of stdout (whole or not at all: written aside, then renamed).")
  Path output;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /**
   * Writes the result with a {@code meta} object describing this command and the index.
   *
   * @param store where the answer came from: its location and analyzer go into {@code meta}
   * @param index the index the answer came from, or null for a command that opened none
   * @param resolved more option values worked out from defaults, by option name
   */
  <R extends Result> void emit(
      CliEnvironment environment,
      CorpusStore store,
      IndexInfo index,
      R result,
      Layout<R> layout,
      Map<String, Object> resolved)
      throws IOException {
    emit(environment, store, index, result, layout, resolved, null);
  }

  /**
   * @param dedup what {@code --dedup} set aside, or null without it
   */
  <R extends Result> void emit(
      CliEnvironment environment,
      CorpusStore store,
      IndexInfo index,
      R result,
      Layout<R> layout,
      Map<String, Object> resolved,
      Meta.Dedup dedup)
      throws IOException {
    OutputFormat chosen = format();
    Map<String, Object> options = options(spec);
    options.put("format", chosen.name().toLowerCase(Locale.ROOT));
    options.put("index", store.location());
    options.putAll(resolved);
    Meta meta =
        new Meta(
            VersionProvider.VERSION,
            spec.qualifiedName(" ").replaceFirst("^corpus ", ""),
            options,
            index,
            store.analyzer(),
            dedup);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      new ResultWriter(
              chosen, chosen == OutputFormat.TABLE && environment.colour(), environment.unicode())
          .write(meta, result, layout, out);
    } else {
      ResultWriter writer = new ResultWriter(chosen, false, true); // files are always UTF-8
      AtomicFile.write(output, out -> writer.write(meta, result, layout, out));
    }
  }

  /**
   * The format to write: as asked; else, for {@code -o}, what the file's extension says, so {@code
   * -o stats.json} is JSON; else the table.
   */
  OutputFormat format() {
    if (output == null || spec.commandLine().getParseResult().hasMatchedOption("--format")) {
      return format;
    }
    String name =
        output.getFileName() == null
            ? ""
            : output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return OutputFormat.JSON;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return OutputFormat.JSONL;
    }
    return name.endsWith(".csv") ? OutputFormat.CSV : format;
  }

  /**
   * Fails at once when {@code -o} names a file that cannot be written (a folder, or in a folder
   * that does not exist), before any work is done.
   */
  void checkTarget() throws IOException {
    if (output != null) {
      AtomicFile.checkTarget(output);
    }
  }

  /**
   * Left out of {@code meta.options}: where the result is written, and the cluster's address and
   * collection, which {@code index} (where the corpus lives) already says.
   */
  private static final Set<String> SILENT =
      Set.of("--verbose", "--output", "--solr", "--collection");

  /** The effective options, defaults included, by snake_case name; help switches left out. */
  static Map<String, Object> options(CommandLine.Model.CommandSpec spec) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (OptionSpec option : spec.options()) {
      // Where the result is written is not part of the result: a file must hold stdout's bytes.
      if (option.usageHelp() || option.versionHelp() || SILENT.contains(option.longestName())) {
        continue;
      }
      options.put(snakeCase(option.longestName()), jsonValue(option));
    }
    for (ArgSpec positional : spec.positionalParameters()) {
      options.put(
          snakeCase(((PositionalParamSpec) positional).paramLabel()), jsonValue(positional));
    }
    return options;
  }

  private static String snakeCase(String name) {
    return name.replaceFirst("^-+", "").replace('-', '_').toLowerCase(Locale.ROOT);
  }

  private static Object jsonValue(ArgSpec arg) {
    Object value = arg.getValue();
    if (value instanceof Collection<?> items) {
      List<String> texts = items.stream().map(String::valueOf).toList();
      // The words typed after search or kwic are one query; trend's terms are one series each,
      // and joining them would lose where a phrase ends ("putin" "li qiang").
      return arg instanceof PositionalParamSpec positional
              && QueryText.LABEL.equals(positional.paramLabel())
          ? String.join(" ", texts)
          : texts;
    }
    if (value instanceof SearchSort sort) {
      return sort.label();
    }
    if (value instanceof Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof Number || value instanceof Boolean || value == null) {
      return value;
    }
    return value.toString();
  }
}
