package corpus.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The forward index ({@link AnalysedBody} writes it, {@link ArticleWords} reads it) holds, position
 * by position, what analysing the stored text again as a query would gives, through flushes, merges
 * and deletions; and indexing from the kept tokens leaves the postings as the analyzer made them.
 */
class ForwardIndexTest {
  private static final Analyzers ANALYZERS = new Analyzers(UserDictionary.EMPTY);

  /** The words of a text by position as a query analyses it; null where no word is. */
  static List<String> analysed(Analyzer analyzer, String text) throws IOException {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      int position = -1;
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        while (words.size() <= position) {
          words.add(null);
        }
        if (words.get(position) == null) {
          words.set(position, term.toString());
        }
      }
      tokens.end();
    }
    return words;
  }

  /** What {@link ArticleWords} reads for one article, named. */
  private static List<String> read(ArticleWords words, int doc, int last) throws IOException {
    int[] numbers = words.read(doc, last);
    List<String> named = new ArrayList<>();
    for (int p = 0; p < words.length(); p++) {
      named.add(numbers[p] == ArticleWords.NONE ? null : words.word(numbers[p]));
    }
    return named;
  }

  @Test
  void everyArticlesWordsAreWhatAnalysingItsStoredTextGives() throws Exception {
    Random random = new Random(20261202);
    int documents = 400;
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new CorpusAnalyzer());
      config.setMaxBufferedDocs(25); // many segments, merged as they come
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (int i = 0; i < documents; i++) {
          int pieces = random.nextInt(10) == 0 ? 2000 : random.nextInt(80);
          StringBuilder text = new StringBuilder(RandomArticles.text(random, pieces));
          // Numbered words: a long article has hundreds of distinct words, ranks of two bytes.
          for (int w = pieces / 4; w > 0; w--) {
            text.insert(random.nextInt(text.length() + 1), " w" + random.nextInt(400) + " ");
          }
          String language = RandomArticles.language(random);
          writer.addDocument(
              Schema.toDocument(RandomArticles.article(i, text.toString(), language), ANALYZERS));
          if (random.nextInt(10) == 0) {
            writer.deleteDocuments(new Term(Schema.ID, "a" + random.nextInt(i + 1) + ".txt"));
          }
        }
      }
      int checked = 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments");
        for (LeafReaderContext segment : reader.leaves()) {
          LeafReader leaf = segment.reader();
          ArticleWords words = new ArticleWords(leaf);
          var stored = leaf.storedFields();
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            Document document = stored.document(doc);
            TextAnalysis analysis = TextAnalysis.ofKey(document.get(Schema.ANALYSIS));
            List<String> expected = analysed(ANALYZERS.query(analysis), document.get(Schema.BODY));
            // Every third article only up to a position, as collocates reads it.
            int last = doc % 3 == 0 ? expected.size() / 2 : Integer.MAX_VALUE;
            List<String> expectedPart =
                expected.subList(
                    0,
                    Math.min(
                        expected.size(), last == Integer.MAX_VALUE ? expected.size() : last + 1));
            assertEquals(
                expectedPart, read(words, doc, last), "article " + document.get(Schema.ID));
            checked++;
          }
        }
      }
      assertTrue(checked > documents / 2);
    }
  }

  /**
   * An analyzer that leaves gaps: two stop words removed, their positions kept. It stems too: the
   * stems are what it indexes and what the forward index holds.
   */
  private static final Analyzer STOPPING =
      new EnglishAnalyzer(new CharArraySet(List.of("the", "and"), true), CharArraySet.EMPTY_SET);

  @Test
  void positionsWithoutAWordAreGapsAndThePostingsKeepTheAnalyzersPositionsAndOffsets()
      throws Exception {
    String text = "The cat and the hats, and the cat.";
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(STOPPING))) {
        Document document = new Document();
        AnalysedBody body = new AnalysedBody(text, STOPPING);
        body.fields.forEach(document::add);
        writer.addDocument(document);
        assertEquals(3, body.tokenCount, "cat, hat, cat");
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        assertEquals(
            Arrays.asList(null, "cat", null, null, "hat", null, null, "cat"),
            read(new ArticleWords(leaf), 0, Integer.MAX_VALUE));
        // The postings hold the positions and offsets the analyzer gave, read from its tokens.
        List<int[]> expected = new ArrayList<>();
        try (TokenStream tokens = STOPPING.tokenStream(Schema.BODY, text)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute increment =
              tokens.addAttribute(PositionIncrementAttribute.class);
          OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
          tokens.reset();
          int position = -1;
          while (tokens.incrementToken()) {
            position += increment.getPositionIncrement();
            if (term.toString().equals("cat")) {
              expected.add(new int[] {position, offset.startOffset(), offset.endOffset()});
            }
          }
          tokens.end();
        }
        TermsEnum terms = leaf.terms(Schema.BODY).iterator();
        assertTrue(terms.seekExact(new BytesRef("cat")));
        PostingsEnum postings = terms.postings(null, PostingsEnum.ALL);
        assertEquals(0, postings.nextDoc());
        assertEquals(expected.size(), postings.freq());
        for (int[] occurrence : expected) {
          int position = postings.nextPosition();
          assertArrayEquals(
              occurrence,
              new int[] {position, postings.startOffset(), postings.endOffset()},
              "cat at " + occurrence[0]);
        }
      }
    }
  }

  @Test
  void anArticleWithoutWordsHasNone() throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new CorpusAnalyzer()))) {
        writer.addDocument(Schema.toDocument(RandomArticles.article(0, " — … ", "en"), ANALYZERS));
        writer.addDocument(
            Schema.toDocument(RandomArticles.article(1, "one word", "en"), ANALYZERS));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        ArticleWords words = new ArticleWords(reader.leaves().get(0).reader());
        assertEquals(List.of(), read(words, 0, Integer.MAX_VALUE));
        assertEquals(List.of("one", "word"), read(words, 1, Integer.MAX_VALUE));
      }
    }
  }
}
