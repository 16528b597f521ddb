package corpus.cli;

import corpus.index.CorpusIndexer;
import corpus.index.IndexSummary;
import corpus.load.CorpusWalker;
import corpus.query.Corpus;
import corpus.query.IndexInfo;
import corpus.query.lucene.LuceneCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
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
      "Index a folder of articles, or bring its index up to date: new files are added, changed",
      "files replaced, deleted files removed, unchanged files left alone. One commit per run."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  corpus index ~/news",
      "  corpus index --rebuild --glob '*.text' ~/news --format json"
    })
final class IndexCommand implements Callable<Integer> {
  @ParentCommand CorpusCommand root;
  @Mixin IndexOptions index;
  @Mixin OutputOptions output;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description = "The corpus folder (default: $CORPUS_DIR, else ./corpus).")
  Path folder;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = CorpusWalker.DEFAULT_GLOB,
      description =
          "Which files are articles (default: ${DEFAULT-VALUE}); with a '/', matched against the relative path.")
  String glob;

  @Option(names = "--rebuild", description = "Start from an empty index instead of updating.")
  boolean rebuild;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Files read and analysed at once (default: cores, at most 4).")
  int threads = IndexOptions.defaultThreads();

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit a checkpoint every N files read, so a killed run goes on from there (default: ${DEFAULT-VALUE}).")
  int commitEvery = CorpusIndexer.Request.DEFAULT_COMMIT_EVERY;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path corpus = folder != null ? folder : index.defaultCorpus(root.environment);
    if (!Files.isDirectory(corpus)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + corpus);
    }
    CorpusIndexer.Request request =
        Usage.check(
            spec, () -> new CorpusIndexer.Request(corpus, glob, rebuild, threads, commitEvery));
    Usage.check(spec, () -> new CorpusWalker(glob));
    Path indexDir = index.indexDir(root.environment);
    IndexSummary summary =
        new CorpusIndexer(Clock.systemUTC())
            .index(indexDir, request, IndexOptions.progress(root.environment));
    IndexInfo info;
    try (Corpus indexed = LuceneCorpus.open(indexDir)) {
      info = indexed.info();
    }
    Map<String, Object> resolved = new HashMap<>(index.resolved(root.environment));
    resolved.put("dir", corpus.toString());
    output.emit(root.environment, info, summary, resolved);
    return ExitCodes.OK;
  }
}
