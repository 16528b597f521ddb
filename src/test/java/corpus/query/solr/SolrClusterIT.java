package corpus.query.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpus.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SolrCloud backend against the local one, on a real cluster: three Jetty nodes and ZooKeeper
 * in this JVM, a collection of two shards of two replicas each made by {@code corpus solr init}.
 * The same folder is indexed into both, and every command the cluster answers must print what the
 * local index prints, byte for byte, apart from where {@code meta} says the corpus is. One cluster
 * for the class: the tests run in order and build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrClusterIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;

  private static MiniSolrCloudCluster cluster;
  private static String zookeeper;
  private static Path folder;
  private static Path local;

  @BeforeAll
  static void startCluster() throws Exception {
    cluster = new MiniSolrCloudCluster.Builder(3, temp.resolve("cluster")).configure();
    zookeeper = cluster.getZkServer().getZkAddress();
    folder = temp.resolve("news");
    Files.createDirectories(folder.resolve("more"));
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.writeString(
        folder.resolve("more/ru.txt"),
        "date 2023-03-21\n\nПрезидент России Владимир Путин встретился с председателем КНР. Санкции"
            + " против России обсуждались; санкций стало больше.",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("more/zh.txt"),
        "date 2023-03-22\n\n俄罗斯总统普京会见了中国国家主席。双方讨论了制裁问题，并将在北京继续会谈。",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("more/feed.jsonl"),
        "{\"title\":\"Gas deal\",\"date\":\"2024-05-16\",\"source\":\"Reuters\",\"text\":\"Russia"
            + " and China signed a gas deal in Beijing.\"}\n"
            + "{\"title\":\"Summit\",\"date\":\"2024-05-17\",\"source\":\"TASS\",\"text\":\"Putin"
            + " and Xi met in Harbin for a summit on trade.\"}\n"
            + "{\"title\":\"No date\",\"source\":\"reuters\",\"text\":\"An undated note on"
            + " sanctions and trade.\"}\n",
        StandardCharsets.UTF_8);
    local = temp.resolve("local-index");
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static CliRunner.Run run(String... args) {
    return new CliRunner().run(args);
  }

  private static CliRunner.Run onCluster(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--solr", zookeeper));
    return run(all.toArray(String[]::new));
  }

  private static CliRunner.Run onLocal(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--index", local.toString()));
    return run(all.toArray(String[]::new));
  }

  private static CliRunner.Run succeeded(CliRunner.Run run) {
    assertEquals(0, run.exitCode(), run.err() + run.out());
    return run;
  }

  /** What a run that succeeded printed, as JSON. */
  private static JsonNode json(CliRunner.Run run) throws IOException {
    return JSON.readTree(succeeded(run).out());
  }

  /** A JSON result without what says where the corpus is kept and when it was indexed. */
  private static JsonNode placeless(String out) throws IOException {
    JsonNode result = JSON.readTree(out);
    ObjectNode meta = (ObjectNode) result.get("meta");
    ObjectNode options = (ObjectNode) meta.get("options");
    options.remove(List.of("index", "solr", "collection"));
    ((ObjectNode) meta.get("index")).remove("updated_at");
    return result;
  }

  @Test
  @Order(1)
  void initCreatesTheCollectionOnce() {
    CliRunner.Run init =
        succeeded(run("solr", "init", "--solr", zookeeper, "--shards", "2", "--replicas", "2"));
    assertEquals("", init.out());
    assertTrue(init.err().contains("created collection 'corpus'"), init.err());
    CliRunner.Run again = run("solr", "init", "--solr", zookeeper);
    assertEquals(1, again.exitCode());
    assertEquals(1, again.err().lines().count(), again.err());
    assertTrue(again.err().contains("has a collection 'corpus' already"), again.err());
  }

  @Test
  @Order(2)
  void anIndexRunReportsWhatALocalRunReports() throws IOException {
    JsonNode clusterRun =
        JSON.readTree(succeeded(onCluster("index", folder.toString(), "--format", "json")).out());
    JsonNode localRun =
        JSON.readTree(succeeded(onLocal("index", folder.toString(), "--format", "json")).out());
    assertEquals(10, localRun.get("documents").asLong(), localRun.toString());
    for (String field :
        List.of(
            "added",
            "updated",
            "removed",
            "unchanged",
            "documents",
            "undated",
            "skipped",
            "fallback_encodings")) {
      assertEquals(localRun.get(field), clusterRun.get(field), field);
    }
  }

  @Test
  @Order(3)
  void docsStatsAndSearchAreTheLocalIndexs() throws IOException {
    List<List<String>> questions =
        List.of(
            List.of("docs"),
            List.of("docs", "--undated"),
            List.of("docs", "--source", "reuters"),
            List.of("docs", "--language", "ru"),
            List.of("stats"),
            List.of("stats", "--source", "TASS"),
            List.of("stats", "--language", "en"),
            List.of("search", "putin"),
            List.of("search", "russia AND china", "--limit", "0"),
            List.of("search", "\"president xi\" OR summit", "--sort", "date"),
            List.of("search", "trade", "--sort", "-date", "--limit", "3"),
            List.of("search", "title:summit OR sanction*"),
            List.of("search", "путин OR 普京 OR putin", "--limit", "0"),
            List.of("search", "china", "--source", "reuters", "--from", "2024-01-01"),
            List.of("kwic", "putin"),
            List.of("kwic", "china OR russia", "--limit", "0", "--sort", "left"),
            List.of("kwic", "trade OR деньги OR 北京", "--sort", "right", "--width", "20"),
            List.of("kwic", "\"president xi\"", "--sort", "date", "--limit", "3"),
            List.of("trend", "putin", "--by", "year"),
            List.of("trend", "putin", "china", "president xi", "--by", "month"),
            List.of("trend", "путин", "普京", "trade", "--by", "quarter", "--from", "2023-01-01"),
            List.of("trend", "china", "--by", "year", "--split", "source", "--top-sources", "2"),
            List.of("trend", "china", "--by", "month", "--split", "source", "--source", "tass"),
            List.of("trend", "russia", "--by", "year", "--query", "china", "--language", "en"));
    assertSameAnswers(questions);
  }

  private static String[] withJson(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    return all.toArray(String[]::new);
  }

  /**
   * Frequency tables, per period and per source, of words and of sequences, with every kind of
   * dispersion, comparisons of two sets, and collocates (per period, and of two sets): the
   * cluster's exact merge gives the local answer, bit for bit.
   */
  @Test
  @Order(3)
  void freqCompareAndCollocatesAreTheLocalIndexs() throws IOException {
    assertSameAnswers(
        List.of(
            List.of("freq"),
            List.of("freq", "--top", "3"),
            List.of("freq", "--top", "0", "--min-count", "2"),
            List.of("freq", "--top", "1", "--min-count", "3"),
            List.of("freq", "--by", "year", "--top", "5"),
            List.of("freq", "--by", "month", "--top", "4", "--parts", "source"),
            List.of("freq", "--by", "source", "--top", "5", "--parts", "year"),
            List.of("freq", "--parts", "month", "--top", "10"),
            List.of("freq", "--parts", "none", "--top", "10"),
            List.of("freq", "--ngram", "2", "--top", "10"),
            List.of("freq", "--ngram", "3", "--top", "0", "--min-count", "2"),
            List.of("freq", "--language", "ru", "--top", "0"),
            List.of("freq", "--query", "china", "--keep-stopwords", "--top", "15"),
            List.of(
                "freq", "--by", "quarter", "--from", "2023-01-01", "--ngram", "2", "--top", "3"),
            List.of("freq", "--source", "reuters", "--top", "0"),
            List.of("freq", "--query", "nosuchwordanywhere"),
            List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01"),
            List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--top", "0"),
            List.of("compare", "--a-query", "putin", "--b-query", "china", "--keep-stopwords"),
            List.of("compare", "--a-language", "ru", "--b-language", "en", "--top", "0"),
            List.of("compare", "--a-source", "reuters", "--b-source", "tass", "--min-count", "2"),
            List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--ngram", "2"),
            List.of(
                "compare",
                "--a-to",
                "2023-06-30",
                "--b-from",
                "2023-07-01",
                "--ngram",
                "2",
                "--min-count",
                "3",
                "--top",
                "0",
                "--keep-stopwords"),
            List.of(
                "compare",
                "--a-query",
                "putin",
                "--b-query",
                "china",
                "--ngram",
                "3",
                "--min-count",
                "2",
                "--top",
                "0"),
            List.of("collocates", "putin"),
            List.of("collocates", "china", "--top", "0", "--min-count", "1"),
            List.of("collocates", "president xi", "--by", "year", "--window", "3,3"),
            List.of("collocates", "путин", "--top", "0", "--min-count", "1"),
            List.of("collocates", "russia", "--sort", "mi", "--by", "month", "--min-count", "1"),
            List.of("collocates", "санкции", "--min-count", "1", "--top", "0"),
            List.of("collocates", "nosuchword"),
            List.of(
                "collocates",
                "china",
                "--a-to",
                "2023-06-30",
                "--b-from",
                "2023-07-01",
                "--min-count",
                "1",
                "--top",
                "0"),
            List.of(
                "collocates",
                "russia",
                "--a-query",
                "putin",
                "--b-query",
                "trade",
                "--sort",
                "log_dice")));
  }

  @Test
  @Order(5)
  void aChangedFolderIsUpdatedAsALocalIndexIs() throws IOException {
    Files.writeString(
        folder.resolve("more/feed.jsonl"),
        "{\"title\":\"Gas deal\",\"date\":\"2024-05-16\",\"source\":\"Reuters\",\"text\":\"Russia"
            + " and China signed a gas deal in Beijing.\"}\n"
            + "{\"title\":\"Summit\",\"date\":\"2024-05-18\",\"source\":\"TASS\",\"text\":\"Putin"
            + " and Xi met again.\"}\n",
        StandardCharsets.UTF_8);
    Files.delete(folder.resolve("more/zh.txt"));
    Files.writeString(
        folder.resolve("more/new.txt"), "date 2024-06-01\n\nTrade between Russia and China grew.");
    // Before the update, verify finds the folder changed, as it does for the local index.
    CliRunner.Run clusterVerify = onCluster("verify", "--format", "json");
    CliRunner.Run localVerify = onLocal("verify", "--format", "json");
    assertEquals(3, clusterVerify.exitCode(), clusterVerify.err());
    assertEquals(3, localVerify.exitCode(), localVerify.err());
    JsonNode agreement = JSON.readTree(clusterVerify.out()).get("agreement");
    assertEquals(JSON.readTree(localVerify.out()).get("agreement"), agreement);
    assertEquals(1, agreement.get("missing_count").asInt(), agreement.toString());
    assertEquals(1, agreement.get("stale_count").asInt(), agreement.toString());
    assertEquals(1, agreement.get("changed_count").asInt(), agreement.toString());
    JsonNode clusterRun =
        JSON.readTree(succeeded(onCluster("index", folder.toString(), "--format", "json")).out());
    JsonNode localRun =
        JSON.readTree(succeeded(onLocal("index", folder.toString(), "--format", "json")).out());
    // Record 2 changed, record 3 gone, zh.txt gone, new.txt new.
    assertEquals(1, localRun.get("added").asInt());
    assertEquals(1, localRun.get("updated").asInt());
    assertEquals(2, localRun.get("removed").asInt());
    for (String field :
        List.of("added", "updated", "removed", "unchanged", "documents", "undated")) {
      assertEquals(localRun.get(field), clusterRun.get(field), field);
    }
    assertSameAnswers(List.of(List.of("docs"), List.of("stats")));
    JsonNode healthy = JSON.readTree(succeeded(onCluster("verify", "--format", "json")).out());
    assertTrue(healthy.get("healthy").asBoolean(), healthy.toString());
    JsonNode local = JSON.readTree(succeeded(onLocal("verify", "--format", "json")).out());
    assertEquals(local.get("documents"), healthy.get("documents"), healthy.toString());
    assertEquals(local.get("agreement"), healthy.get("agreement"));
  }

  /**
   * Before any update: a replica that has deleted nothing holds the same statistics as its leader,
   * so even scores are the same (after updates, see the README on deleted articles).
   */
  @Test
  @Order(4)
  void aQueryWhileANodeIsDownIsAnsweredByTheReplicas() throws Exception {
    JettySolrRunner stopped = cluster.stopJettySolrRunner(nodeOf("corpus", "shard1"));
    try {
      cluster.waitForJettyToStop(stopped);
      CliRunner.Run verify = onCluster("verify");
      assertEquals(3, verify.exitCode(), verify.err());
      assertTrue(verify.out().contains("its node is down"), verify.out());
      assertSameAnswers(
          List.of(
              List.of("docs"),
              List.of("stats", "--source", "reuters"),
              List.of("search", "china", "--limit", "0"),
              List.of("kwic", "putin", "--sort", "right"),
              List.of("freq", "--by", "year", "--top", "3"),
              List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01", "--top", "5"),
              List.of("collocates", "china", "--top", "5")));
    } finally {
      cluster.startJettySolrRunner(stopped);
      cluster.waitForAllNodes(60);
      // Its replicas recover from their leaders before anything else is asked.
      cluster.waitForActiveCollection("corpus", 2, 4);
    }
  }

  /** The node that holds the leader of a collection's shard. */
  private static JettySolrRunner nodeOf(String collection, String shard) {
    String node =
        cluster
            .getSolrClient()
            .getClusterState()
            .getCollection(collection)
            .getSlice(shard)
            .getLeader()
            .getNodeName();
    return cluster.getJettySolrRunners().stream()
        .filter(jetty -> jetty.getNodeName().equals(node))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(6)
  void anIndexRunThatLosesAShardFailsInOneLineAndTheNextCompletesIt() throws Exception {
    // One replica per shard: losing a node loses a shard.
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "single", "--shards", "2"));
    JettySolrRunner stopped = cluster.stopJettySolrRunner(nodeOf("single", "shard2"));
    cluster.waitForJettyToStop(stopped);
    CliRunner.Run failed = onCluster("index", folder.toString(), "--collection", "single");
    cluster.startJettySolrRunner(stopped);
    cluster.waitForAllNodes(60);
    assertEquals(1, failed.exitCode(), failed.err());
    assertEquals(1, failed.err().lines().count(), failed.err());
    assertTrue(failed.err().startsWith("error: "), failed.err());
    cluster.waitForActiveCollection("single", 2, 2);
    succeeded(onCluster("index", folder.toString(), "--collection", "single"));
    JsonNode resumed =
        placeless(succeeded(onCluster("docs", "--collection", "single", "--format", "json")).out());
    assertEquals(placeless(succeeded(onLocal("docs", "--format", "json")).out()), resumed);
  }

  @Test
  @Order(7)
  void aRecordFileCutShortByAStoppedRunIsReadAgain() throws Exception {
    // What a run stopped between two records leaves: the first record of the feed, committed,
    // with the count of the whole file; the next run must read the file again, not skip it.
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "cut"));
    succeeded(onCluster("index", folder.toString(), "--collection", "cut"));
    String origin =
        java.net.InetAddress.getLocalHost().getHostName()
            + ":"
            + folder.toAbsolutePath().normalize();
    var client = cluster.getSolrClient();
    client.deleteById("cut", SolrIndexer.keyOf(origin, "more/feed.jsonl#2"));
    client.commit("cut");
    JsonNode cut =
        JSON.readTree(
            succeeded(onCluster("docs", "--collection", "cut", "--format", "json")).out());
    assertEquals(
        JSON.readTree(succeeded(onLocal("docs", "--format", "json")).out()).get("documents").size()
            - 1,
        cut.get("documents").size());
    JsonNode run =
        JSON.readTree(
            succeeded(
                    onCluster(
                        "index", folder.toString(), "--collection", "cut", "--format", "json"))
                .out());
    assertEquals(1, run.get("added").asInt(), run.toString());
    assertEquals(
        placeless(succeeded(onLocal("docs", "--format", "json")).out()),
        placeless(succeeded(onCluster("docs", "--collection", "cut", "--format", "json")).out()));
  }

  @Test
  @Order(8)
  void aUserDictionaryIsTheCollectionsNotAnIndexRuns() throws IOException {
    Path dictionary = temp.resolve("words.txt");
    Files.writeString(dictionary, "米舒斯京\n", StandardCharsets.UTF_8);
    CliRunner.Run run = onCluster("index", folder.toString(), "--user-dict", dictionary.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("'corpus solr init --user-dict FILE'"), run.err());
    CliRunner.Run bad =
        run(
            "solr",
            "init",
            "--solr",
            zookeeper,
            "--collection",
            "bad",
            "--user-dict",
            "nosuch.txt");
    assertEquals(2, bad.exitCode(), bad.err());
    assertTrue(bad.err().startsWith("error: ") && bad.err().contains("nosuch.txt"), bad.err());
  }

  @Test
  @Order(8)
  void anUnreachableZooKeeperIsOneLine() {
    CliRunner.Run run = run("docs", "--solr", "127.0.0.1:1");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(
        run.err().contains("cannot reach the cluster's ZooKeeper at 127.0.0.1:1"), run.err());
    assertEquals("", run.out());
  }

  /**
   * A folder of wire copies: the bundled articles, an exact copy of three of them, a lightly edited
   * copy of the same three (one word in 60 changed: a similarity near 0.85) and a heavily edited
   * one (one word in 6: no copy at all).
   */
  private static Path wireFolder(Path at) throws IOException {
    Files.createDirectories(at);
    List<Path> articles;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      articles = files.sorted().toList();
    }
    for (int i = 0; i < articles.size(); i++) {
      String text = Files.readString(articles.get(i));
      String name = articles.get(i).getFileName().toString();
      Files.writeString(at.resolve(name), text);
      if (i < 3) {
        Files.writeString(at.resolve("copy-" + name), text);
        Files.writeString(at.resolve("edit-" + name), everyNthWordChanged(text, 60));
        Files.writeString(at.resolve("far-" + name), everyNthWordChanged(text, 6));
      }
    }
    return at;
  }

  private static String everyNthWordChanged(String text, int n) {
    String[] words = text.split(" ");
    for (int w = n - 1; w < words.length; w += n) {
      words[w] = words[w] + "x";
    }
    return String.join(" ", words);
  }

  @Test
  @Order(9)
  void nearDuplicatesAreGroupedListedAndSetAsideAsLocally() throws Exception {
    Path wire = wireFolder(temp.resolve("wire"));
    Path wireLocal = temp.resolve("wire-index");
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "wire", "--shards", "2"));
    // And 2 shards of 2 replicas each, on the 3 nodes.
    succeeded(
        run(
            "solr",
            "init",
            "--solr",
            zookeeper,
            "--collection",
            "wire2",
            "--shards",
            "2",
            "--replicas",
            "2"));
    for (String collection : List.of("wire", "wire2")) {
      JsonNode clusterRun =
          json(onCluster("index", wire.toString(), "--collection", collection, "--format", "json"));
      JsonNode localRun =
          json(run("index", wire.toString(), "--index", wireLocal.toString(), "--format", "json"));
      // The three exact copies at least; the light edits too, as both find.
      assertTrue(localRun.get("copies").asLong() >= 3, localRun.toString());
      assertEquals(localRun.get("duplicate_groups"), clusterRun.get("duplicate_groups"));
      assertEquals(localRun.get("copies"), clusterRun.get("copies"));
    }
    List<List<String>> questions =
        List.of(
            List.of("dups"),
            List.of("dups", "--min-size", "3", "--limit", "1"),
            List.of("docs", "--duplicates"),
            List.of("stats", "--dedup"),
            List.of("search", "china", "--dedup", "--limit", "0"),
            List.of("kwic", "putin", "--dedup"),
            List.of("trend", "china", "--dedup"),
            List.of("freq", "--dedup", "--by", "year", "--top", "5"),
            List.of("compare", "--a-to", "2023-12-31", "--b-from", "2024-01-01", "--dedup"),
            List.of("collocates", "china", "--dedup", "--top", "5"));
    for (String collection : List.of("wire", "wire2")) {
      assertSameAnswers(collection, wireLocal, questions);
    }
    CliRunner.Run setAside = succeeded(onCluster("freq", "--dedup", "--collection", "wire"));
    assertEquals(
        succeeded(run("freq", "--dedup", "--index", wireLocal.toString())).err(), setAside.err());
    assertTrue(setAside.err().contains("--dedup set aside"), setAside.err());

    // Another threshold groups the same articles again, without reading them.
    for (String collection : List.of("wire", "wire2")) {
      succeeded(
          onCluster(
              "index", wire.toString(), "--collection", collection, "--dup-threshold", "0.95"));
    }
    succeeded(
        run("index", wire.toString(), "--index", wireLocal.toString(), "--dup-threshold", "0.95"));
    assertSameAnswers("wire2", wireLocal, List.of(List.of("dups"), List.of("freq", "--dedup")));
    JsonNode strict = json(onCluster("dups", "--collection", "wire", "--format", "json"));
    assertEquals(0.95, strict.get("threshold").asDouble(), strict.toString());

    // While a node is down, the replicas answer.
    JettySolrRunner stopped = cluster.stopJettySolrRunner(nodeOf("wire2", "shard1"));
    try {
      cluster.waitForJettyToStop(stopped);
      assertSameAnswers(
          "wire2", wireLocal, List.of(List.of("dups"), List.of("search", "putin", "--dedup")));
      // A run that cannot write a replica's groups says so; the next one writes them.
      Path original;
      try (Stream<Path> files = Files.list(Path.of("corpus"))) {
        original = files.sorted().findFirst().orElseThrow();
      }
      Files.copy(original, wire.resolve("copy2.txt"));
      CliRunner.Run failed = onCluster("index", wire.toString(), "--collection", "wire2");
      assertEquals(1, failed.exitCode(), failed.err());
      assertEquals(1, failed.err().lines().count(), failed.err());
      assertTrue(
          failed.err().startsWith("error: replica ")
              && failed.err().contains("was down while near-duplicates were grouped"),
          failed.err());
    } finally {
      cluster.startJettySolrRunner(stopped);
      cluster.waitForAllNodes(60);
      cluster.waitForActiveCollection("wire2", 2, 4);
    }
    JsonNode nothingNew =
        json(onCluster("index", wire.toString(), "--collection", "wire2", "--format", "json"));
    assertEquals(0, nothingNew.get("added").asInt(), nothingNew.toString());
    succeeded(run("index", wire.toString(), "--index", wireLocal.toString()));
    JsonNode verified = json(onCluster("verify", "--collection", "wire2", "--format", "json"));
    assertTrue(verified.get("healthy").asBoolean(), verified.toString());
    assertSameAnswers(
        "wire2", wireLocal, List.of(List.of("dups"), List.of("docs", "--duplicates")));
  }

  /**
   * Two machines, or two folders, may hold articles of the same ids: their groups are one
   * collection's, and a copy's canonical article is the right one of the two.
   */
  @Test
  @Order(9)
  void foldersWithTheSameNamesGroupAsOneCollection() throws Exception {
    Path wire = wireFolder(temp.resolve("wire-a"));
    Path twin = wireFolder(temp.resolve("wire-b"));
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "twins", "--shards", "2"));
    JsonNode one =
        json(onCluster("index", wire.toString(), "--collection", "twins", "--format", "json"));
    JsonNode first = json(onCluster("dups", "--collection", "twins", "--format", "json"));
    long articles = one.get("documents").asLong();
    long groups = first.get("groups_total").asLong();
    long inGroups = first.get("articles_in_groups").asLong();
    JsonNode two =
        json(onCluster("index", twin.toString(), "--collection", "twins", "--format", "json"));
    // Every article now has an exact twin: an article alone before makes a group of two with it,
    // and every group takes the twins of its members.
    assertEquals(2 * articles, two.get("documents").asLong());
    assertEquals(
        groups + (articles - inGroups), two.get("duplicate_groups").asLong(), two.toString());
    assertEquals(
        2 * articles - two.get("duplicate_groups").asLong(),
        two.get("copies").asLong(),
        two.toString());
    JsonNode listed =
        json(onCluster("dups", "--collection", "twins", "--limit", "0", "--format", "json"));
    for (JsonNode group : listed.get("groups")) {
      assertEquals(group.get("size").asInt(), group.get("members").size(), group.toString());
      assertTrue(group.get("size").asInt() % 2 == 0, group.toString());
    }
  }

  @Test
  @Order(10)
  void anIndexRunKilledAtAnyMomentIsCompletedByTheNext() throws Exception {
    Path many = temp.resolve("many");
    Files.createDirectories(many);
    java.util.Random random = new java.util.Random(14);
    String[] words = {
      "russia", "china", "trade", "gas", "summit", "putin", "xi", "beijing", "deal"
    };
    for (int f = 0; f < 3000; f++) {
      StringBuilder text =
          new StringBuilder("date 2023-" + (1 + f % 12) + "-" + (1 + f % 28) + "\n\n");
      for (int w = 0; w < 100; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
      }
      Files.writeString(many.resolve(String.format("%04d.txt", f)), text);
    }
    Path manyLocal = temp.resolve("many-index");
    succeeded(run("index", many.toString(), "--index", manyLocal.toString()));
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "killed", "--shards", "2"));
    // The packaged tool in its own JVM, killed like kill -9 somewhere in its run.
    Process indexing =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "corpus.jar").toString(),
                "index",
                many.toString(),
                "--solr",
                zookeeper,
                "--collection",
                "killed")
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("killed.log").toFile())
            .start();
    // The run takes about four seconds here, one of them starting the JVM and reaching the cluster.
    Thread.sleep(1500 + random.nextInt(2000));
    indexing.destroyForcibly().waitFor();
    succeeded(onCluster("index", many.toString(), "--collection", "killed"));
    for (String command : List.of("docs", "stats")) {
      assertEquals(
          placeless(
              succeeded(run(command, "--index", manyLocal.toString(), "--format", "json")).out()),
          placeless(
              succeeded(onCluster(command, "--collection", "killed", "--format", "json")).out()),
          command);
    }
  }

  @Test
  @Order(11)
  void aShellKeepsTheClusterAndSeesEveryIndexRun() throws Exception {
    succeeded(run("solr", "init", "--solr", zookeeper, "--collection", "asked"));
    Path first = temp.resolve("asked-first");
    Files.createDirectories(first);
    Files.writeString(first.resolve("a.txt"), "date 2024-01-02\n\nRussia and China met.");
    succeeded(onCluster("index", first.toString(), "--collection", "asked"));
    Path second = temp.resolve("asked-second");
    Files.createDirectories(second);
    Files.writeString(second.resolve("b.txt"), "date 2024-01-03\n\nTrade grew. Zebras too.");
    Files.writeString(second.resolve("c.txt"), "date 2024-01-04\n\nGas flowed.");
    String where = " --collection asked --format json\n";
    CliRunner.Run shell =
        new CliRunner()
            .stdin(
                "stats"
                    + where
                    + "search zebras"
                    + where
                    + "index "
                    + second
                    + " --collection asked\n"
                    + "stats"
                    + where
                    + "search zebras"
                    + where)
            .run("shell", "--solr", zookeeper);
    assertEquals(0, shell.exitCode(), shell.err());
    // Each JSON answer in turn; the index run's summary is a table between them.
    List<JsonNode> answers = new ArrayList<>();
    for (String part : shell.out().split("(?m)^(?=\\{)")) {
      if (part.startsWith("{")) {
        answers.add(JSON.readTree(part.substring(0, part.lastIndexOf('}') + 1)));
      }
    }
    assertEquals(4, answers.size(), shell.out());
    assertEquals(1, answers.get(0).get("documents").asInt(), "before the run");
    assertEquals(0, answers.get(1).get("total_hits").asInt(), "before the run");
    assertEquals(3, answers.get(2).get("documents").asInt(), "the kept cluster saw the run");
    assertEquals(1, answers.get(3).get("total_hits").asInt(), "and its articles");
    // What the corpus read when it was opened (its articles, its runs' roots) is read again too.
    JsonNode before = answers.get(0).get("meta").get("index");
    JsonNode after = answers.get(2).get("meta").get("index");
    assertEquals(1, before.get("documents").asInt(), before.toString());
    assertEquals(3, after.get("documents").asInt(), after.toString());
    assertTrue(after.get("corpus").asText().contains("asked-second"), after.toString());
  }

  /** Each question, asked of both, answers the same in JSON (apart from where) and as a table. */
  private static void assertSameAnswers(List<List<String>> questions) throws IOException {
    assertSameAnswers("corpus", local, questions);
  }

  /** The same, of another collection and the local index of its folder. */
  private static void assertSameAnswers(
      String collection, Path localIndex, List<List<String>> questions) throws IOException {
    for (List<String> question : questions) {
      List<String> toCluster = new ArrayList<>(question);
      toCluster.addAll(List.of("--solr", zookeeper, "--collection", collection));
      List<String> toLocal = new ArrayList<>(question);
      toLocal.addAll(List.of("--index", localIndex.toString()));
      String[] clusterArgs = toCluster.toArray(String[]::new);
      String[] localArgs = toLocal.toArray(String[]::new);
      assertEquals(
          placeless(succeeded(run(withJson(localArgs))).out()),
          placeless(succeeded(run(withJson(clusterArgs))).out()),
          collection + ": " + question);
      assertEquals(
          succeeded(run(localArgs)).out(),
          succeeded(run(clusterArgs)).out(),
          collection + ": " + question);
    }
  }
}
