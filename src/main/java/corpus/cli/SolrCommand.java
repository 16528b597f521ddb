package corpus.cli;

import corpus.backend.Backends;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = {
      "Set up a SolrCloud cluster to hold a corpus.",
      "Set up a SolrCloud cluster to hold a corpus; then every command takes --solr ZK (and"
          + " --collection NAME) instead of --index."
    },
    subcommands = SolrCommand.Init.class)
final class SolrCommand implements Runnable {
  @ParentCommand CorpusCommand root;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: 'corpus solr init'");
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Create a collection for a corpus on a SolrCloud cluster.",
        "Create a collection for a corpus on a SolrCloud cluster: uploads the configset to"
            + " ZooKeeper and creates the collection with so many shards and replicas. The"
            + " cluster's nodes need this tool's jar on their classpath (see the README)."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  corpus solr init --solr localhost:9983 --shards 2 --replicas 2",
        "  corpus index ~/news --solr localhost:9983"
      })
  static final class Init implements Callable<Integer> {
    @ParentCommand SolrCommand solr;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--solr",
        paramLabel = "ZK",
        description = "The cluster's ZooKeeper, host:port[/chroot] (default: $CORPUS_SOLR).")
    String address;

    @Option(
        names = "--collection",
        paramLabel = "NAME",
        description =
            "The collection to create (default: " + LocationOptions.DEFAULT_COLLECTION + ").")
    String collection = LocationOptions.DEFAULT_COLLECTION;

    @Option(
        names = "--shards",
        paramLabel = "N",
        description = "Shards the articles are spread over (default: ${DEFAULT-VALUE}).")
    int shards = 1;

    @Option(
        names = "--replicas",
        paramLabel = "M",
        description = "Copies of each shard, on different nodes (default: ${DEFAULT-VALUE}).")
    int replicas = 1;

    @Option(
        names = "--user-dict",
        paramLabel = "FILE",
        description =
            "Words the Chinese segmenter must keep whole, one a line (UTF-8, # for comments), for"
                + " every article of the collection and every query.")
    Path userDictionary;

    @Override
    public Integer call() throws Exception {
      String zookeeper = address != null ? address : solr.root.environment.variable("CORPUS_SOLR");
      if (zookeeper == null || zookeeper.isBlank()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "name the cluster with --solr host:port (or set CORPUS_SOLR)");
      }
      if (shards < 1 || replicas < 1) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--shards and --replicas must be at least 1");
      }
      List<String> words =
          userDictionary == null
              ? List.of()
              : Usage.check(
                  spec,
                  () -> Backends.solr(zookeeper, collection).readUserDictionary(userDictionary));
      String configset =
          Backends.createSolrCollection(zookeeper, collection, shards, replicas, words);
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "created collection '"
              + collection
              + "' (configset "
              + configset
              + "): "
              + shards
              + (shards == 1 ? " shard" : " shards")
              + " of "
              + replicas
              + (replicas == 1 ? " replica" : " replicas")
              + "; fill it with 'corpus index DIR --solr "
              + zookeeper
              + (collection.equals(LocationOptions.DEFAULT_COLLECTION)
                  ? ""
                  : " --collection " + collection)
              + "'");
      err.flush();
      return ExitCodes.OK;
    }
  }
}
