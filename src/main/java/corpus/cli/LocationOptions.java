package corpus.cli;

import corpus.backend.Backends;
import corpus.query.CompareQuery;
import corpus.query.Corpus;
import corpus.query.CorpusStore;
import corpus.query.IndexInfo;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.IndexSummary;
import corpus.query.Result;
import corpus.report.Layout;
import corpus.report.Meta;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --index}: where the corpus lives, and opening it (building it first when it is the default
 * corpus's index and is missing). Everything goes through the {@link CorpusStore} the backend
 * factory gives for that location.
 */
final class LocationOptions {
  static final String DEFAULT_INDEX = ".corpus-index";
  static final String DEFAULT_CORPUS = "corpus";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "The index (default: $CORPUS_INDEX, or " + DEFAULT_INDEX + ").")
  Path index;

  @Option(
      names = "--solr",
      paramLabel = "ZK",
      description =
          "A SolrCloud cluster instead of an index: its ZooKeeper, host:port[/chroot] (default:"
              + " $CORPUS_SOLR when --index is not given).")
  String solr;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "The cluster's collection (default: " + DEFAULT_COLLECTION + ").")
  String collection;

  static final String DEFAULT_COLLECTION = "corpus";

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** Where the corpus lives, as this command line and environment say. */
  CorpusStore store(CliEnvironment environment) throws IOException {
    String cluster = cluster(environment);
    if (cluster != null) {
      return Backends.solr(cluster, collection != null ? collection : DEFAULT_COLLECTION);
    }
    if (collection != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--collection names a collection of a cluster; give --solr too");
    }
    String fromEnvironment = environment.variable("CORPUS_INDEX");
    Path dir =
        index != null ? index : Path.of(fromEnvironment != null ? fromEnvironment : DEFAULT_INDEX);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("the index path " + dir + " is a file, not a folder");
    }
    return Backends.local(dir);
  }

  /**
   * The cluster's address when the corpus lives on one: {@code --solr}, else $CORPUS_SOLR unless
   * {@code --index} names an index.
   */
  private String cluster(CliEnvironment environment) {
    if (solr != null && index != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--index and --solr name two places for the corpus; give one");
    }
    String address =
        solr != null ? solr : index != null ? null : environment.variable("CORPUS_SOLR");
    if (address != null && address.isBlank()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--solr needs ZooKeeper's address, host:port[/chroot]");
    }
    return address;
  }

  /**
   * Whether the user named the location ({@code --index}, $CORPUS_INDEX or a cluster), not the
   * default.
   */
  private boolean named(CliEnvironment environment) {
    return index != null
        || environment.variable("CORPUS_INDEX") != null
        || cluster(environment) != null;
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

  /**
   * Opens the corpus. When there is no index yet, the default index of the default corpus is built
   * first (a new user's first command); an index the user named is never built here, so a typo in
   * {@code --index} is an error, not an answer from the sample corpus.
   */
  private Corpus open(CliEnvironment environment, CorpusStore store) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!store.exists()) {
      if (named(environment)) {
        throw new IOException(store.absentAdvice());
      }
      Path corpus = defaultCorpus(environment);
      if (!Files.isDirectory(corpus)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "there is no index at "
                + store.location()
                + " and no corpus folder at "
                + corpus
                + "; run 'corpus index DIR' first, or set CORPUS_DIR");
      }
      err.println("note: no index at " + store.location() + " yet; indexing " + corpus + " first");
      err.flush();
      IndexSummary summary =
          store.index(
              new IndexRequest(corpus, IndexRequest.DEFAULT_GLOB, false, defaultThreads()),
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
    Corpus corpus =
        environment.corpora() == null
            ? store.open()
            : store.open(environment.corpora().cancellation());
    corpus.freshnessNote().ifPresent(note -> err.println("note: " + note));
    err.flush();
    return corpus;
  }

  /** One question a command asks of the corpus. */
  interface Question<R extends Result> {
    R ask(Corpus corpus) throws IOException;
  }

  /**
   * Opens the corpus, asks it one question and writes the answer in the chosen format.
   *
   * @param store from {@link #store}, after the command checked its queries against it
   * @return the answer, for a command that also draws it
   */
  <R extends Result> R answer(
      CliEnvironment environment,
      CorpusStore store,
      OutputOptions output,
      Question<R> question,
      Layout<R> layout)
      throws IOException {
    return answer(environment, store, output, null, List.of(), question, layout);
  }

  /**
   * As {@link #answer}, asked of the deduplicated corpus when {@code --dedup} is on: {@code meta}
   * then says how many of the articles the command looks at were set aside, and so does a note on
   * stderr.
   *
   * @param dedup the command's {@code --dedup}, or null for a command without it
   * @param looked the articles the command looks at, counted with their copies
   */
  <R extends Result> R answer(
      CliEnvironment environment,
      CorpusStore store,
      OutputOptions output,
      DedupOption dedup,
      List<CompareQuery.Subset> looked,
      Question<R> question,
      Layout<R> layout)
      throws IOException {
    output.checkTarget();
    Corpus kept =
        environment.corpora() == null
            ? null
            : environment.corpora().get(store, () -> open(environment, store));
    try (Corpus own = kept == null ? open(environment, store) : null) {
      Corpus corpus = kept != null ? kept : own;
      boolean deduplicated = dedup != null && dedup.on;
      long setAside = deduplicated ? corpus.copiesAmong(looked) : 0;
      R answer = question.ask(deduplicated ? corpus.deduplicated() : corpus);
      IndexInfo info = corpus.info();
      Meta.Dedup note = null;
      if (deduplicated) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "note: --dedup set aside "
                + setAside
                + (setAside == 1 ? " near-duplicate copy" : " near-duplicate copies")
                + " ('corpus dups' lists the groups)");
        err.flush();
        note = new Meta.Dedup(info.dupThreshold(), setAside);
      }
      output.emit(environment, store, info, answer, layout, Map.of(), note);
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
