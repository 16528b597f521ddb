package corpus.query.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A real SolrCloud cluster on this machine, to try the cluster backend without installing Solr
 * ({@code bin/corpus-cluster start}): Solr's own {@code MiniSolrCloudCluster}, Jetty nodes and an
 * embedded ZooKeeper in one JVM, each node with this tool's shard plugin on its classpath. Runs
 * until the JVM is told to stop; the cluster's data lives under its folder and goes with it.
 *
 * <p>Usage: {@code LocalCluster FOLDER NODES [LIBRARY]}. With a LIBRARY folder, every node loads
 * the jars in it as Solr loads a production node's {@code sharedLib}: that is how the plugin jar
 * ({@code target/corpus-solr-plugin.jar}) is tried on nodes that do not have this tool's classes.
 * This class uses Solr's alone, so it also runs as a single source file ({@code java -cp SOLR
 * LocalCluster.java ...}) on such a classpath. Writes ZooKeeper's address to {@code
 * FOLDER/zookeeper} once every node is up, and prints it.
 */
public final class LocalCluster {
  private LocalCluster() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 && args.length != 3) {
      System.err.println("usage: LocalCluster FOLDER NODES [LIBRARY]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]).toAbsolutePath();
    int nodes = Integer.parseInt(args[1]);
    MiniSolrCloudCluster.Builder builder =
        new MiniSolrCloudCluster.Builder(nodes, folder.resolve("solr"));
    if (args.length == 3) {
      String library = Path.of(args[2]).toAbsolutePath().toString();
      builder.withSolrXml(
          MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst(
              "<solr>", "<solr>\n  <str name=\"sharedLib\">" + library + "</str>"));
    }
    MiniSolrCloudCluster cluster = builder.configure();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cluster.shutdown();
                  } catch (Exception e) {
                    System.err.println("stopping the cluster: " + e);
                  } finally {
                    stopped.countDown();
                  }
                }));
    String address = cluster.getZkServer().getZkAddress();
    // Written whole then moved, so a script waiting for the file never reads half an address.
    Path partial = folder.resolve("zookeeper.partial");
    Files.writeString(partial, address + "\n", StandardCharsets.UTF_8);
    Files.move(partial, folder.resolve("zookeeper"));
    System.out.println(address);
    System.out.flush();
    stopped.await();
  }
}
