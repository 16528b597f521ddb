package corpus.query.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpus.cli.CliRunner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin jar as a production node gets it: a cluster in another JVM whose classpath is Solr's
 * alone (this build's classes and the tool's own libraries taken out), each node loading {@code
 * target/corpus-solr-plugin.jar} from its shared library folder. A corpus in English, Russian and
 * Chinese (segmented by HanLP, which only the plugin brings) is indexed into it and into a local
 * index, and the answers must be the same.
 */
class SolrPluginIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Jars of this tool's own libraries: a Solr node does not have them (the plugin brings some). */
  private static final Pattern NOT_SOLRS =
      Pattern.compile(
          "(hanlp|jackson-datatype-jsr310|jackson-dataformat-csv|picocli|jsoup|progressbar"
              + "|jfreechart|org\\.jfree|opennlp|junit-jupiter|junit-platform|jazzer|archunit|opentest4j|apiguardian)"
              + "[^"
              + Pattern.quote(File.separator)
              + "]*\\.jar$");

  @TempDir static Path temp;

  private static Process node;
  private static String zookeeper;
  private static Path folder;
  private static Path local;

  @BeforeAll
  static void startNodesWithThePluginOnly() throws Exception {
    Path plugin = Path.of("target/corpus-solr-plugin.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(plugin), "mvn package makes " + plugin);
    Path library = Files.createDirectories(temp.resolve("lib"));
    Files.copy(plugin, library.resolve(plugin.getFileName()));
    Path build = Path.of("target").toAbsolutePath();
    List<String> solrs = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      if (!path.startsWith(build) && !NOT_SOLRS.matcher(entry).find()) {
        solrs.add(entry);
      }
    }
    assertTrue(
        solrs.stream().anyMatch(entry -> entry.contains("solr-core")),
        "Solr's jars are on the test classpath");
    Path cluster = temp.resolve("cluster");
    Files.createDirectories(cluster);
    node =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                String.join(File.pathSeparator, solrs),
                Path.of("src/main/java/corpus/query/solr/LocalCluster.java").toString(),
                cluster.toString(),
                "2",
                library.toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("cluster.log").toFile())
            .start();
    Path address = cluster.resolve("zookeeper");
    for (int waited = 0; !Files.exists(address); waited++) {
      assertTrue(node.isAlive(), "the cluster stopped: " + log());
      assertTrue(waited < 600, "the cluster did not start in two minutes: " + log());
      Thread.sleep(200);
    }
    zookeeper = Files.readString(address, StandardCharsets.UTF_8).strip();
    folder = temp.resolve("news");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.writeString(
        folder.resolve("ru.txt"),
        "date 2023-03-21\n\nПрезидент России Владимир Путин встретился с председателем КНР.",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("zh.txt"),
        "date 2023-03-22\n\n俄罗斯总统普京会见了中国国家主席。双方讨论了制裁问题，并将在北京继续会谈。",
        StandardCharsets.UTF_8);
    local = temp.resolve("local-index");
  }

  private static String log() throws IOException {
    Path log = temp.resolve("cluster.log");
    return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
  }

  @AfterAll
  static void stopNodes() throws Exception {
    if (node != null) {
      node.destroy(); // its shutdown hook stops the nodes
      if (!node.waitFor(60, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
  }

  private static CliRunner.Run succeeded(String... args) {
    CliRunner.Run run = new CliRunner().run(args);
    assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
    return run;
  }

  /** Every question a shard's own code answers, from the plugin's classes, as a local index. */
  @Test
  void nodesWithThePluginAnswerAsALocalIndex() throws IOException {
    succeeded("solr", "init", "--solr", zookeeper, "--shards", "2", "--replicas", "1");
    succeeded("index", folder.toString(), "--solr", zookeeper);
    succeeded("index", folder.toString(), "--index", local.toString());
    for (List<String> question :
        List.of(
            List.of("docs"),
            List.of("stats"),
            List.of("search", "putin OR 普京 OR путин", "--limit", "0"),
            List.of("kwic", "北京 OR china"),
            List.of("freq", "--top", "10"),
            List.of("freq", "--language", "zh", "--top", "0"),
            List.of("trend", "putin", "--by", "year"),
            List.of("compare", "--a-to", "2023-06-30", "--b-from", "2023-07-01"),
            List.of("collocates", "putin"))) {
      List<String> json = new ArrayList<>(question);
      json.addAll(List.of("--format", "json"));
      JsonNode fromCluster = placeless(succeeded(with(json, "--solr", zookeeper)).out());
      JsonNode fromLocal = placeless(succeeded(with(json, "--index", local.toString())).out());
      assertEquals(fromLocal, fromCluster, question.toString());
    }
    // HanLP came from the plugin: the Chinese article is segmented into words, not characters.
    String words = succeeded("freq", "--language", "zh", "--top", "0", "--solr", zookeeper).out();
    assertTrue(words.contains("北京"), words);
    assertFalse(log().contains("ClassNotFoundException"), log());
  }

  private static String[] with(List<String> question, String... more) {
    List<String> all = new ArrayList<>(question);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static JsonNode placeless(String out) throws IOException {
    JsonNode result = JSON.readTree(out);
    ObjectNode meta = (ObjectNode) result.get("meta");
    ((ObjectNode) meta.get("options")).remove(List.of("index", "solr", "collection"));
    ((ObjectNode) meta.get("index")).remove("updated_at");
    return result;
  }
}
