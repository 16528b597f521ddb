package corpus.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.dedup.Shingles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The shingles near-duplicate grouping reads back from the forward index ({@link ForwardShingles})
 * are those the article's signature was made of ({@link AnalysedBody#shingles}), and both are the
 * shingles of the words a fresh analysis of the stored text gives: through merges and deletions,
 * with the articles asked for in any order.
 */
class ForwardShinglesTest {
  private static final Analyzers ANALYZERS = new Analyzers(UserDictionary.EMPTY);

  /** Shingles made independently: the words of a fresh analysis, hashed, in order. */
  private static long[] expected(TextAnalysis analysis, String text) throws Exception {
    List<Long> hashes = new ArrayList<>();
    for (String word : ForwardIndexTest.analysed(ANALYZERS.query(analysis), text)) {
      if (word != null) {
        byte[] utf8 = word.getBytes(StandardCharsets.UTF_8);
        hashes.add(Shingles.wordHash(utf8, 0, utf8.length));
      }
    }
    long[] words = hashes.stream().mapToLong(Long::longValue).toArray();
    return Shingles.of(words, words.length);
  }

  @Test
  void shinglesReadBackAreThoseOfTheSignatureAndOfAFreshAnalysis() throws Exception {
    Random random = new Random(20261202L);
    int documents = 300;
    Map<String, long[]> signed = new HashMap<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new CorpusAnalyzer());
      config.setMaxBufferedDocs(20); // many segments, merged as they come
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < documents; i++) {
          int pieces = random.nextInt(20) == 0 ? 3000 : random.nextInt(60);
          String text = RandomArticles.text(random, pieces);
          var article = RandomArticles.article(i, text, RandomArticles.language(random));
          TextAnalysis analysis = Schema.analysisOf(article);
          signed.put(
              article.id(), new AnalysedBody(text, ANALYZERS.indexing(analysis)).shingles.clone());
          writer.addDocument(Schema.toDocument(article, ANALYZERS));
          if (random.nextInt(10) == 0) {
            writer.deleteDocuments(new Term(Schema.ID, "a" + random.nextInt(i + 1) + ".txt"));
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        List<Integer> docs = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          docs.add(doc);
        }
        Collections.shuffle(docs, random); // backwards within a segment, and across segments
        docs.addAll(docs.subList(0, 20)); // and some again
        ForwardShingles.Reader shingles = new ForwardShingles(reader).reader();
        StoredFields stored = reader.storedFields();
        int long_ = 0;
        for (int doc : docs) {
          Document document = stored.document(doc);
          String id = document.get(Schema.ID);
          long[] read = shingles.of(doc);
          TextAnalysis analysis = TextAnalysis.ofKey(document.get(Schema.ANALYSIS));
          assertArrayEquals(expected(analysis, document.get(Schema.BODY)), read, id);
          assertArrayEquals(signed.get(id), read, id);
          if (read.length > 1000) {
            long_++;
          }
        }
        assertTrue(long_ > 0, "some long articles");
      }
    }
  }

  @Test
  void caseAndPunctuationDoNotMatterAndWordOrderDoes() {
    CorpusAnalyzer analyzer = new CorpusAnalyzer();
    long[] plain =
        new AnalysedBody("The Commission said on Tuesday that it would act.", analyzer).shingles;
    assertEquals(9 - 4, plain.length);
    assertArrayEquals(
        plain,
        new AnalysedBody("the COMMISSION said -- on tuesday, that \"it\" would ACT", analyzer)
            .shingles);
    long[] reordered =
        new AnalysedBody("The Commission said on Tuesday that would it act.", analyzer).shingles;
    assertEquals(2.0 / 8, Shingles.jaccard(plain, reordered), 1e-12, "3 of 5 shingles changed");
    assertEquals(0, new AnalysedBody(" — … ", analyzer).shingles.length);
  }
}
