package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import corpus.load.Article;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The token count stored with each article is what a separate analysis of its text counts. */
class TokenCountTest {
  /** The words of a text as a query reads them: one term per word, no exact forms beside stems. */
  private static int separateCount(String text, String language) throws Exception {
    int count = 0;
    Analyzers analyzers = new Analyzers(UserDictionary.EMPTY);
    // The title ("t") counts towards the choice as the index's does.
    TextAnalysis analysis = TextAnalysis.forArticle(language, "t\n" + text);
    try (TokenStream tokens = analyzers.query(analysis).tokenStream(Schema.BODY, text)) {
      tokens.reset();
      while (tokens.incrementToken()) {
        count++;
      }
      tokens.end();
    }
    return count;
  }

  @Test
  void theIndexedCountEqualsASeparateAnalysisForRandomTexts() throws Exception {
    Random random = new Random(20261123);
    int documents = 200;
    int[] expected = new int[documents];
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new CorpusAnalyzer()))) {
        for (int i = 0; i < documents; i++) {
          String text = RandomArticles.text(random, random.nextInt(60));
          String language = RandomArticles.language(random);
          expected[i] = separateCount(text, language);
          Article article = RandomArticles.article(i, text, language);
          writer.addDocument(Schema.toDocument(article, new Analyzers(UserDictionary.EMPTY)));
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        NumericDocValues counts = leaf.getNumericDocValues(Schema.TOKENS);
        var stored = leaf.storedFields();
        for (int doc = 0; doc < documents; doc++) {
          counts.advanceExact(doc);
          assertEquals(expected[doc], counts.longValue(), "doc values of document " + doc);
          assertEquals(
              expected[doc],
              stored.document(doc).getField(Schema.TOKENS).numericValue().intValue(),
              "stored");
        }
      }
    }
  }
}
