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
  private static final String[] PIECES = {
    "Putin",
    "Li Qiang’s",
    "2024-08-22",
    " ",
    "  ",
    "\n\n",
    ", ",
    "—",
    "“quoted”",
    "U.S.",
    "strike-hit",
    "北京",
    "café",
    "'s",
    "..."
  };

  private static int separateCount(String text) throws Exception {
    int count = 0;
    try (CorpusAnalyzer analyzer = new CorpusAnalyzer();
        TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
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
          StringBuilder text = new StringBuilder();
          for (int p = random.nextInt(60); p > 0; p--) {
            text.append(PIECES[random.nextInt(PIECES.length)])
                .append(random.nextBoolean() ? " " : "");
          }
          expected[i] = separateCount(text.toString());
          Article article =
              new Article(
                  "a" + i + ".txt",
                  "a" + i + ".txt",
                  "t",
                  text.toString(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  "UTF-8",
                  "h" + i,
                  1,
                  1);
          writer.addDocument(Schema.toDocument(article));
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
