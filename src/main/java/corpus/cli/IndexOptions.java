package corpus.cli;

import corpus.index.CorpusIndexer;
import corpus.index.IndexFreshness;
import corpus.index.IndexProgress;
import corpus.index.IndexSummary;
import corpus.load.CorpusWalker;
import corpus.query.Corpus;
import corpus.query.lucene.LuceneCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --index}: where the index lives, and opening it (building it first when it is missing).
 */
final class IndexOptions {
  static final String DEFAULT_INDEX = ".corpus-index";
  static final String DEFAULT_CORPUS = "corpus";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index folder (default: $CORPUS_INDEX, else ./" + DEFAULT_INDEX + ").")
  Path index;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  Path indexDir(CliEnvironment environment) throws IOException {
    String fromEnvironment = environment.variable("CORPUS_INDEX");
    Path dir =
        index != null ? index : Path.of(fromEnvironment != null ? fromEnvironment : DEFAULT_INDEX);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("the index path " + dir + " is a file, not a folder");
    }
    return dir;
  }

  /** The index folder actually used, for the result's {@code meta}. */
  Map<String, Object> resolved(CliEnvironment environment) throws IOException {
    return Map.of("index", indexDir(environment).toString());
  }

  /**
   * The corpus folder to use when none is given: $CORPUS_DIR, else ./corpus, else the sample corpus
   * shipped with the tool.
   */
  Path defaultCorpus(CliEnvironment environment) {
    String fromEnvironment = environment.variable("CORPUS_DIR");
    if (fromEnvironment != null) {
      return Path.of(fromEnvironment);
    }
    Path local = Path.of(DEFAULT_CORPUS);
    if (Files.isDirectory(local) || environment.bundledCorpus() == null) {
      return local;
    }
    return environment.bundledCorpus();
  }

  /** Opens the index, indexing the default corpus first when there is no index yet. */
  private LuceneCorpus open(CliEnvironment environment) throws IOException {
    Path dir = indexDir(environment);
    PrintWriter err = spec.commandLine().getErr();
    if (!IndexFreshness.exists(dir)) {
      Path corpus = defaultCorpus(environment);
      if (!Files.isDirectory(corpus)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "there is no index at "
                + dir
                + " and no corpus folder at "
                + corpus
                + "; run 'corpus index DIR' first, or set CORPUS_DIR");
      }
      err.println("note: no index at " + dir + " yet; indexing " + corpus + " first");
      err.flush();
      IndexSummary summary =
          new CorpusIndexer(Clock.systemUTC())
              .index(
                  dir,
                  new CorpusIndexer.Request(
                      corpus, CorpusWalker.DEFAULT_GLOB, false, defaultThreads()),
                  progress(environment));
      err.println(
          "note: indexed "
              + summary.documents()
              + " articles ("
              + summary.undated().size()
              + " undated, "
              + summary.skipped().size()
              + " files skipped; 'corpus index' lists them)");
    }
    LuceneCorpus corpus = LuceneCorpus.open(dir);
    IndexFreshness.staleNote(corpus.metadata()).ifPresent(note -> err.println("note: " + note));
    err.flush();
    return corpus;
  }

  /** One question a command asks of the corpus. */
  interface Question {
    Object ask(Corpus corpus) throws IOException;
  }

  /**
   * Opens the corpus, asks it one question and writes the answer in the chosen format.
   *
   * @return the answer, for a command that also draws it
   */
  Object answer(CliEnvironment environment, OutputOptions output, Question question)
      throws IOException {
    try (Corpus corpus = open(environment)) {
      Object answer = question.ask(corpus);
      output.emit(environment, corpus.info(), answer, resolved(environment));
      return answer;
    }
  }

  static IndexProgress progress(CliEnvironment environment) {
    return environment.stderrTerminal() ? new ProgressBarReporter(System.err) : IndexProgress.NONE;
  }

  static int defaultThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }
}
