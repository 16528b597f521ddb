package corpus.query.solr;

import corpus.index.IndexVerifier;
import corpus.query.VerifyReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code corpus verify --solr}: the cluster's state (every shard with a live leader, every replica
 * active), whether each shard's replicas hold the same articles (their counts and a digest of every
 * article's key, content hash and place among near-duplicates), and, for the folders this machine
 * indexed into the collection, their agreement with the folders now, as for a local index. Lucene's
 * CheckIndex is not run on a cluster: Solr's nodes check what they replicate, and a damaged replica
 * shows up here as one that disagrees or does not answer.
 */
final class ClusterVerifier {
  private final Cluster cluster;
  private final String host;

  ClusterVerifier(Cluster cluster, String host) {
    this.cluster = cluster;
    this.host = host;
  }

  VerifyReport verify(boolean fast, List<RunRecord> runs) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, List<Cluster.ReplicaState>> byShard = new TreeMap<>();
    for (Cluster.ReplicaState replica : cluster.replicas()) {
      byShard.computeIfAbsent(replica.shard(), s -> new ArrayList<>()).add(replica);
    }
    long documents = 0;
    int segments = 0;
    for (Map.Entry<String, List<Cluster.ReplicaState>> shard : byShard.entrySet()) {
      Cluster.ReplicaState leader = null;
      for (Cluster.ReplicaState replica : shard.getValue()) {
        if (replica.problem() != null) {
          problems.add(
              shard.getKey()
                  + ": replica "
                  + replica.core()
                  + " on "
                  + replica.node()
                  + (replica.leader() ? " (the leader)" : "")
                  + ": "
                  + replica.problem());
        } else if (replica.leader()) {
          leader = replica;
        }
      }
      if (leader == null) {
        problems.add(shard.getKey() + ": no live leader; its articles cannot be counted");
        continue;
      }
      documents += leader.holds().documents();
      segments += leader.holds().segments();
      for (Cluster.ReplicaState replica : shard.getValue()) {
        if (replica.problem() == null
            && !replica.leader()
            && (replica.holds().documents() != leader.holds().documents()
                || replica.holds().digest() != leader.holds().digest())) {
          problems.add(
              shard.getKey()
                  + ": replica "
                  + replica.core()
                  + " holds "
                  + replica.holds().documents()
                  + " articles, its leader "
                  + leader.holds().documents()
                  + (replica.holds().documents() == leader.holds().documents()
                      ? ", but not the same ones or not in the same near-duplicate groups (the"
                          + " next index run writes its groups)"
                      : ""));
        }
      }
    }
    VerifyReport.Agreement agreement = agreement(runs);
    boolean healthy =
        problems.isEmpty()
            && agreement.compared()
            && agreement.missing().isEmpty()
            && agreement.stale().isEmpty()
            && agreement.changed().isEmpty();
    return new VerifyReport(
        healthy, fast, segments, problems.isEmpty() ? documents : -1, problems, agreement);
  }

  /** The folders this machine indexed into the collection, compared with what they hold now. */
  private VerifyReport.Agreement agreement(List<RunRecord> runs) throws IOException {
    List<RunRecord> ours =
        runs.stream().filter(run -> run.origin().startsWith(host + ":")).toList();
    if (ours.isEmpty()) {
      return VerifyReport.Agreement.notCompared(
          "no folder of this machine (" + host + ") is indexed in the collection");
    }
    if (ours.size() > 1) {
      return VerifyReport.Agreement.notCompared(
          "this machine indexed "
              + ours.size()
              + " folders into the collection; comparing more than one is not done yet");
    }
    RunRecord run = ours.get(0);
    Map<String, IndexVerifier.FileStamp> indexed = new HashMap<>();
    Map<String, Long> articles = new HashMap<>();
    Map<String, Long> records = new HashMap<>();
    for (Wire.IndexedArticle article : SolrIndexer.indexedArticles(cluster, run.origin())) {
      articles.merge(article.file(), 1L, Long::sum);
      records.merge(article.file(), article.fileRecords(), Math::max);
      IndexVerifier.FileStamp before = indexed.get(article.file());
      IndexVerifier.FileStamp stamp =
          new IndexVerifier.FileStamp(article.size(), article.modified());
      // Records of one file from two runs, or fewer than the file had: a run stopped part-way.
      indexed.put(
          article.file(),
          before != null && !before.equals(stamp) ? new IndexVerifier.FileStamp(-1, -1) : stamp);
    }
    records.forEach(
        (file, held) -> {
          if (articles.get(file) < held) {
            indexed.put(file, new IndexVerifier.FileStamp(-1, -1));
          }
        });
    return IndexVerifier.agreement(Path.of(run.root()), run.glob(), run.fields(), indexed);
  }
}
