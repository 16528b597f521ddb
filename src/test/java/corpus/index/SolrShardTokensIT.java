package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SolrCloud shard holds exactly what a local index holds for the same articles (issue 14): every
 * field our schema gives an article, read back from both indexes field by field. Every term with
 * its position and offsets (title and body, Russian stems with their exact forms beside them,
 * Chinese dictionary words), every stored value, every doc value (dates, sources, token counts, the
 * forward index, the near-duplicate sketch). The articles are the bundled corpus's, in English, and
 * a Russian and a Chinese one, which Solr's own analysis factories would not reproduce. The cluster
 * is real: two Jetty nodes and ZooKeeper, a collection of two shards made by {@code corpus solr
 * init} and filled by {@code corpus index --solr}.
 */
class SolrShardTokensIT {
  /** The fields SolrCloud and the cluster backend add beside an article's own. */
  private static final Set<String> CLUSTER_FIELDS =
      Set.of("key", "origin", "root", "file_records", "_version_");

  @TempDir Path temp;

  @Test
  void aShardHoldsExactlyWhatALocalIndexHolds() throws Exception {
    Path folder = temp.resolve("news");
    Files.createDirectories(folder);
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        Files.copy(file, folder.resolve(file.getFileName()));
      }
    }
    Files.writeString(
        folder.resolve("ru.txt"),
        "date 2023-03-21\n\nПрезидент России Владимир Путин встретился с председателем КНР."
            + " Санкции против России обсуждались; санкций стало больше, а переговоры продолжатся"
            + " в Пекине.",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("zh.txt"),
        "date 2023-03-22\n\n俄罗斯总统普京会见了中国国家主席。双方讨论了制裁问题，并将在北京继续会谈。" + "俄罗斯总理米舒斯京当天在北京同国务院总理李强举行会谈。",
        StandardCharsets.UTF_8);
    // A name the segmenter splits unless a user dictionary keeps it whole, on both sides.
    Path dictionary = temp.resolve("names.txt");
    Files.writeString(dictionary, "# names\n米舒斯京\n", StandardCharsets.UTF_8);
    Path local = temp.resolve("local");
    CliRunner cli = new CliRunner();
    CliRunner.Run indexed =
        cli.run(
            "index",
            folder.toString(),
            "--index",
            local.toString(),
            "--user-dict",
            dictionary.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());

    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(2, temp.resolve("cluster")).configure();
    try {
      String zookeeper = cluster.getZkServer().getZkAddress();
      CliRunner.Run init =
          cli.run(
              "solr",
              "init",
              "--solr",
              zookeeper,
              "--shards",
              "2",
              "--user-dict",
              dictionary.toString());
      assertEquals(0, init.exitCode(), init.err());
      CliRunner.Run index = cli.run("index", folder.toString(), "--solr", zookeeper);
      assertEquals(0, index.exitCode(), index.err());

      Map<String, List<String>> expected;
      try (FSDirectory dir = FSDirectory.open(local);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        expected = fieldsByArticle(reader);
      }
      Map<String, List<String>> shards = new TreeMap<>();
      int cores = 0;
      for (JettySolrRunner node : cluster.getJettySolrRunners()) {
        for (SolrCore core : node.getCoreContainer().getCores()) {
          cores++;
          shards.putAll(core.withSearcher(searcher -> fieldsByArticle(searcher.getRawReader())));
        }
      }
      assertEquals(2, cores, "two shards, one replica each");
      assertEquals(7, expected.size(), expected.keySet().toString());
      assertTrue(
          expected.get("ru.txt").stream().anyMatch(value -> value.startsWith("body=санкц")),
          "the Russian article is stemmed: " + expected.get("ru.txt"));
      assertTrue(
          expected.get("zh.txt").stream().anyMatch(value -> value.startsWith("body=普京@")),
          "the Chinese article is segmented into words: " + expected.get("zh.txt"));
      assertTrue(
          expected.get("zh.txt").stream().anyMatch(value -> value.startsWith("body=米舒斯京@")),
          "the user dictionary keeps the name whole: " + expected.get("zh.txt"));
      assertEquals(expected.keySet(), shards.keySet());
      for (String id : expected.keySet()) {
        assertEquals(expected.get(id), shards.get(id), id);
      }
    } finally {
      cluster.shutdown();
    }
  }

  /**
   * Each live article (by its id) as sorted lines: {@code field=term@position:start-end} for every
   * posting, {@code field:stored=value}, {@code field:dv=value} for doc values.
   */
  private static Map<String, List<String>> fieldsByArticle(IndexReader reader) throws IOException {
    Map<String, List<String>> byArticle = new TreeMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf, Schema.ID);
      List<List<String>> lines = new ArrayList<>();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        lines.add(new ArrayList<>());
      }
      for (FieldInfo field : leaf.getFieldInfos()) {
        if (CLUSTER_FIELDS.contains(field.name)) {
          continue;
        }
        if (field.getIndexOptions() != IndexOptions.NONE) {
          postings(leaf, field.name, lines);
        }
        docValues(leaf, field, lines);
      }
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        for (IndexableField stored : leaf.storedFields().document(doc)) {
          if (!CLUSTER_FIELDS.contains(stored.name())) {
            Object value =
                stored.numericValue() != null ? stored.numericValue() : stored.stringValue();
            lines.get(doc).add(stored.name() + ":stored=" + value);
          }
        }
        assertTrue(ids.advanceExact(doc));
        List<String> article = lines.get(doc);
        article.sort(null);
        byArticle.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), article);
      }
    }
    return byArticle;
  }

  private static void postings(LeafReader leaf, String field, List<List<String>> lines)
      throws IOException {
    Terms terms = leaf.terms(field);
    if (terms == null) {
      return;
    }
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
      String text = term.utf8ToString();
      postings = termsEnum.postings(postings, PostingsEnum.ALL);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        for (int i = 0; i < postings.freq(); i++) {
          int position = postings.nextPosition();
          lines
              .get(doc)
              .add(
                  field
                      + "="
                      + text
                      + "@"
                      + position
                      + ":"
                      + postings.startOffset()
                      + "-"
                      + postings.endOffset());
        }
      }
    }
  }

  private static void docValues(LeafReader leaf, FieldInfo field, List<List<String>> lines)
      throws IOException {
    String name = field.name;
    switch (field.getDocValuesType()) {
      case NUMERIC -> {
        NumericDocValues values = leaf.getNumericDocValues(name);
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          lines.get(doc).add(name + ":dv=" + values.longValue());
        }
      }
      case BINARY -> {
        BinaryDocValues values = leaf.getBinaryDocValues(name);
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          BytesRef value = values.binaryValue();
          lines
              .get(doc)
              .add(
                  name
                      + ":dv="
                      + HexFormat.of()
                          .formatHex(value.bytes, value.offset, value.offset + value.length));
        }
      }
      case SORTED -> {
        SortedDocValues values = leaf.getSortedDocValues(name);
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          lines.get(doc).add(name + ":dv=" + values.lookupOrd(values.ordValue()).utf8ToString());
        }
      }
      case SORTED_SET -> {
        SortedSetDocValues values = leaf.getSortedSetDocValues(name);
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          for (int i = 0; i < values.docValueCount(); i++) {
            lines.get(doc).add(name + ":dv=" + values.lookupOrd(values.nextOrd()).utf8ToString());
          }
        }
      }
      default -> {
        // NONE, or SORTED_NUMERIC, which our schema does not use
      }
    }
  }
}
