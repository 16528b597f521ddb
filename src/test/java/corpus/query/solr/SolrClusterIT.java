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
    assertEquals(0, run.exitCode(), run.err());
    return run;
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
  void docsAndStatsAreTheLocalIndexs() throws IOException {
    List<List<String>> questions =
        List.of(
            List.of("docs"),
            List.of("docs", "--undated"),
            List.of("docs", "--source", "reuters"),
            List.of("docs", "--language", "ru"),
            List.of("stats"),
            List.of("stats", "--source", "TASS"),
            List.of("stats", "--language", "en"));
    for (List<String> question : questions) {
      String[] args = question.toArray(String[]::new);
      CliRunner.Run fromLocal = succeeded(onLocal(withJson(args)));
      CliRunner.Run fromCluster = succeeded(onCluster(withJson(args)));
      assertEquals(placeless(fromLocal.out()), placeless(fromCluster.out()), question.toString());
      // The table too: it shows no location.
      assertEquals(
          succeeded(onLocal(args)).out(), succeeded(onCluster(args)).out(), question.toString());
    }
  }

  private static String[] withJson(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    return all.toArray(String[]::new);
  }
}
