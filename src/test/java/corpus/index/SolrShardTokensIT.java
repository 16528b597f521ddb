package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.SolrCore;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SolrCloud shard holds the same tokens as a local index for the same text (issue 14): every
 * article's terms with their positions and offsets, read back from the postings of both, and its
 * stored body. The articles are the bundled corpus's, in English, and a Russian and a Chinese text,
 * whose analyzers (stems with exact forms beside them; dictionary words) Solr's own factories would
 * not reproduce. The cluster is real: two Jetty nodes and ZooKeeper, a collection of two shards.
 */
class SolrShardTokensIT {

  @TempDir Path temp;

  @Test
  void aShardIndexesExactlyTheTokensOfALocalIndex() throws Exception {
    Map<String, String> texts = new TreeMap<>();
    Map<String, TextAnalysis> analysis = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.sorted().toList()) {
        texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        analysis.put(file.getFileName().toString(), TextAnalysis.STANDARD);
      }
    }
    texts.put(
        "ru",
        "Президент России Владимир Путин встретился с председателем КНР. Санкции против России"
            + " обсуждались; санкций стало больше, а переговоры продолжатся в Пекине.");
    analysis.put("ru", TextAnalysis.RUSSIAN);
    texts.put("zh", "俄罗斯总统普京会见了中国国家主席。双方讨论了制裁问题，并将在北京继续会谈。");
    analysis.put("zh", TextAnalysis.CHINESE);

    Analyzers analyzers = new Analyzers(UserDictionary.of(List.of()));
    // From the sources: failsafe puts the packaged jar on the classpath, and a configset is
    // uploaded from a folder.
    Path conf = Path.of("src/main/resources/corpus/solr/conf");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(2, temp.resolve("cluster"))
            .addConfig("corpus", conf)
            .configure();
    try (Directory local = new ByteBuffersDirectory()) {
      CloudSolrClient solr = cluster.getSolrClient();
      CollectionAdminRequest.createCollection("corpus", "corpus", 2, 1).process(solr);
      cluster.waitForActiveCollection("corpus", 2, 2);
      try (IndexWriter writer = new IndexWriter(local, new IndexWriterConfig())) {
        for (Map.Entry<String, String> text : texts.entrySet()) {
          AnalysedBody body =
              new AnalysedBody(text.getValue(), analyzers.indexing(analysis.get(text.getKey())));
          Document doc = new Document();
          doc.add(new StringField(Schema.ID, text.getKey(), Field.Store.YES));
          body.fields.forEach(doc::add);
          writer.addDocument(doc);
          SolrInputDocument sent = new SolrInputDocument();
          sent.addField(Schema.ID, text.getKey());
          sent.addField(Schema.BODY, body.preAnalyzed());
          solr.add("corpus", sent);
        }
      }
      solr.commit("corpus");

      Map<String, List<String>> expected;
      try (DirectoryReader reader = DirectoryReader.open(local)) {
        expected = tokensByArticle(reader);
      }
      Map<String, List<String>> shards = new TreeMap<>();
      int cores = 0;
      for (JettySolrRunner node : cluster.getJettySolrRunners()) {
        for (SolrCore core : node.getCoreContainer().getCores()) {
          cores++;
          shards.putAll(core.withSearcher(searcher -> tokensByArticle(searcher.getIndexReader())));
        }
      }
      assertEquals(2, cores, "two shards, one replica each");
      assertEquals(texts.keySet(), expected.keySet());
      assertTrue(
          expected.get("ru").stream().anyMatch(token -> token.startsWith("санкц")),
          "the Russian article is stemmed: " + expected.get("ru"));
      assertEquals(expected, shards);
    } finally {
      cluster.shutdown();
    }
  }

  /**
   * Each article's body: its stored text, then every token as term@position:start-end, sorted; the
   * article is named by its stored id.
   */
  private static Map<String, List<String>> tokensByArticle(IndexReader reader) throws IOException {
    Map<String, List<String>> byArticle = new TreeMap<>();
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      StoredFields stored = leaf.storedFields();
      String[] ids = new String[leaf.maxDoc()];
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          Document fields = stored.document(doc);
          ids[doc] = fields.get(Schema.ID);
          byArticle.computeIfAbsent(ids[doc], id -> new ArrayList<>()).add(fields.get(Schema.BODY));
        }
      }
      Terms terms = leaf.terms(Schema.BODY);
      if (terms == null) {
        continue;
      }
      TermsEnum term = terms.iterator();
      for (BytesRef word = term.next(); word != null; word = term.next()) {
        PostingsEnum postings = term.postings(null, PostingsEnum.ALL);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (ids[doc] == null) {
            continue;
          }
          for (int i = 0; i < postings.freq(); i++) {
            int position = postings.nextPosition();
            byArticle
                .get(ids[doc])
                .add(
                    word.utf8ToString()
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
    byArticle.values().forEach(tokens -> tokens.sort(null));
    return byArticle;
  }
}
