package corpus.cli;

import corpus.query.Corpus;
import corpus.query.CorpusStore;
import corpus.query.IndexInfo;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.report.IndexLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index a folder of articles, or bring its index up to date.",
      "Index a folder of articles, or bring its index up to date: new files are added, changed files replaced, deleted files removed, unchanged files left alone. A checkpoint is committed every --commit-every files, so a killed run goes on from there."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus index ~/news",
      "  corpus index --rebuild --glob '*.text' ~/news --format json",
      "  corpus index ~/exports --field text=story_body --field date=meta.published"
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin LocationOptions location;
  @Mixin OutputOptions output;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "The corpus folder (default: $CORPUS_DIR, else the folder corpus in the working directory).")
  Path folder;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = IndexRequest.DEFAULT_GLOB,
      description =
          "Which files are articles (default: ${DEFAULT-VALUE}); with a '/', matched against the relative path.")
  String glob;

  @Option(
      names = "--field",
      paramLabel = "ROLE=PATH",
      description =
          "Where records (JSON, JSON lines, CSV) keep a role the usual names do not find: text, title, date, source, language or id, each given as ROLE=PATH, the path dotted into nested objects (see the examples). Repeatable. An id field must be unique.")
  List<String> fields = new ArrayList<>();

  @Option(
      names = "--user-dict",
      paramLabel = "FILE",
      description =
          "Words the Chinese word segmenter must keep whole, such as names it splits: one per line, UTF-8, '#' starts a comment. The index keeps the dictionary for its later runs and its queries; give another file to change it (every file is then read again).")
  Path userDictionary;

  @Option(
      names = "--dup-threshold",
      paramLabel = "J",
      description =
          "Near-duplicates (wire copies) are articles whose 5-word shingles have an exact Jaccard similarity of at least J, from 0.7 to 1 (default: the index's, 0.8 for a new one). The index keeps it; another value groups the articles again without reading them.")
  Double dupThreshold;

  @Option(names = "--rebuild", description = "Start from an empty index instead of updating.")
  boolean rebuild;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read and analysed at once (default: cores, at most 4).")
  int threads = LocationOptions.defaultThreads();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit a checkpoint every N files read, so a killed run goes on from there (default: ${DEFAULT-VALUE}).")
  int commitEvery = IndexRequest.DEFAULT_COMMIT_EVERY;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path corpus = folder != null ? folder : location.defaultCorpus(root.environment);
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + corpus);
    }
    CorpusStore store = location.store(root.environment);
    List<String> userWords =
        userDictionary == null
            ? null
            : Usage.check(spec, () -> store.readUserDictionary(userDictionary));
    IndexRequest request =
        Usage.check(
            spec,
            () ->
                new IndexRequest(
                    corpus, glob, rebuild, threads, commitEvery, fields, userWords, dupThreshold));
    output.checkTarget();
    IndexSummary summary = store.index(request, LocationOptions.progress(root.environment));
    IndexInfo info;
    try (Corpus indexed = store.open()) {
      info = indexed.info();
    }
    if (summary.documents() == 0) {
      // An empty index is almost always a wrong folder or pattern: say so, not just "0".
      spec.commandLine()
          .getErr()
          .println(
              summary.skipped().isEmpty()
                  ? "note: no file in "
                      + summary.corpus()
                      + " matched '"
                      + glob
                      + "', so the index is empty; --glob chooses which files are articles"
                  : "note: the index is empty: every file that matched '"
                      + glob
                      + "' was skipped (the summary lists why)");
    }
    output.emit(
        root.environment,
        store,
        info,
        summary,
        new IndexLayout(),
        Map.of("dir", corpus.toString()));
    return ExitCodes.OK;
  }
}
