package corpus.index;

import corpus.dedup.MinHash;
import corpus.dedup.Sketch;
import corpus.load.Article;
import corpus.query.Sources;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema: one Lucene document per article. Each field says why it is indexed the way it
 * is; the read side relies on exactly these choices.
 */
public final class Schema {
  private Schema() {}

  /** Bumped when a field changes meaning; an index of another version is rebuilt, not misread. */
  public static final String VERSION = "7";

  /**
   * Path relative to the corpus folder. Indexed untokenised so an incremental run can replace or
   * delete one article by its id; sorted doc values give every ranked list a stable last tie-break
   * and let the writer list what is indexed without reading stored text.
   */
  public static final String ID = "id";

  /**
   * The file an article was read from, relative to the corpus folder: its id for a text file or
   * page, the container for a record. Indexed untokenised so a removed file's records go in one
   * delete; sorted doc values so an incremental run groups what it knows by file; stored for the
   * path each result shows.
   */
  public static final String FILE = "file";

  /**
   * The outlet as written: stored for display, sorted doc values for counts per source. Its
   * lower-case form is indexed untokenised under {@link #SOURCE_KEY}, so a filter need not match
   * the case the export chose.
   */
  public static final String SOURCE = "source";

  public static final String SOURCE_KEY = "source_key";

  /** Where the outlet was found ({@code field}, {@code html}, {@code header}, {@code dateline}). */
  public static final String SOURCE_ORIGIN = "source_origin";

  /**
   * The size a record file's records carry until the whole file is read: a run killed part-way
   * through the file leaves its records marked, so the next run reads the file again instead of
   * taking it for unchanged. {@link #fileDone} sets the real size on all of them at once.
   */
  public static final long SIZE_PENDING = -1;

  /**
   * The article's language, an ISO 639-1 code: untokenised for {@code --language} filters, sorted
   * doc values for counts per language, stored for display. Articles of unknown language have none.
   */
  public static final String LANGUAGE = "language";

  /** Where the language was found ({@code field}, {@code html}, {@code detected}). */
  public static final String LANGUAGE_ORIGIN = "language_origin";

  /**
   * Which {@link TextAnalysis} made the article's terms. Untokenised: a query is analysed once per
   * analysis present and each version is restricted to its own articles. Stored: word sequences are
   * counted by analysing the stored text again the same way.
   */
  public static final String ANALYSIS = "analysis";

  /**
   * Marks an exact form indexed beside its stem ({@link TextAnalysis#RUSSIAN}): {@code
   * \u0001путина} at the position of {@code путин}. No tokenizer makes a term starting with a
   * control character, and the marked terms sort before all others, so frequency tables pass them
   * over cheaply.
   */
  public static final char EXACT_FORM = '\u0001';

  /**
   * The headline. Tokenised and stored: {@code title:word} queries, and shown with each hit.
   * Offsets in the postings, as for the body: a title is highlighted from them, never analysed
   * again by an analyzer that may not be its language's.
   */
  public static final String TITLE = "title";

  /**
   * Publication date as days since 1970-01-01. A point for {@code --from/--to} range filters,
   * numeric doc values for bucketing by period and sorting by date, stored for display. Undated
   * articles have none of the three, so every date filter excludes them.
   */
  public static final String DATE = "date";

  /**
   * Which rule found the date. Untokenised and stored: shown, and filterable as {@code
   * date_source:text}.
   */
  public static final String DATE_SOURCE = "date_source";

  /**
   * The text. Positions for phrases and proximity; offsets in the postings so snippets and
   * concordance lines come from the postings without re-analysis; stored so they can be cut from
   * the original text.
   */
  public static final String BODY = "body";

  /** Tokens in the body: doc values so per-period totals are a column sum; stored for display. */
  public static final String TOKENS = "tokens";

  /**
   * The body's distinct words (as indexed: a Russian word by its stem, without the exact form
   * beside it), sorted-set doc values. With {@link #BODY_SEQUENCE}, a forward index: the words
   * around a position are read from two columns, as numbers, instead of decompressing and analysing
   * the stored text again (collocates). Sorted-set values share one dictionary per segment, so an
   * article costs a few bits per distinct word.
   */
  public static final String BODY_WORDS = "body_words";

  /**
   * The body's words in position order, binary doc values: per position, as a variable-length
   * integer, the word's rank among the article's {@link #BODY_WORDS} in byte order (1 for the
   * first), or 0 where no word is. About one byte a token.
   */
  public static final String BODY_SEQUENCE = "body_sequence";

  /** SHA-256 of the file's bytes: binary doc values, read column-wise by the incremental writer. */
  public static final String HASH = "hash";

  /** File size and mtime: doc values, so an unchanged file is recognised without reading it. */
  public static final String SIZE = "size";

  public static final String MODIFIED = "modified";

  /** Charset used to decode the file. Untokenised: the summary finds fallback decodings by term. */
  public static final String ENCODING = "encoding";

  /**
   * The article's MinHash signature as a {@link Sketch} of 128 bytes, in binary doc values. Two
   * articles are candidates for near-duplicates when they share one of the sketch's band keys,
   * whenever each was indexed, and a candidate pair whose sketches estimate a similarity far below
   * the threshold is set aside without reading either article. Doc values, not indexed terms: a
   * term per band and article (two million for 100 MB of news) cost a quarter more indexing time,
   * where a column of sketches read once at grouping time costs little. Articles without words have
   * none.
   */
  public static final String DUP_SKETCH = "dup_sketch";

  /**
   * The article's place among near-duplicates, numeric doc values: {@link #DUP_ALONE}, {@link
   * #DUP_CANONICAL_MEMBER} or {@link #DUP_COPY}. Every article gets {@link #DUP_ALONE} when added
   * and the run's grouping updates it in place (doc-values updates need no re-indexing), so a
   * {@code --dedup} view only reads one column.
   */
  public static final String DUP_ROLE = "dup_role";

  public static final long DUP_ALONE = 0;
  public static final long DUP_CANONICAL_MEMBER = 1;
  public static final long DUP_COPY = 2;

  /** The id of the canonical article of the article's group, binary doc values; empty if alone. */
  public static final String DUP_CANONICAL = "dup_canonical";

  /**
   * The exact Jaccard similarity of the article's shingles with its canonical article's, in
   * millionths (numeric doc values); 0 if alone.
   */
  public static final String DUP_SIMILARITY = "dup_similarity";

  static final FieldType BODY_TYPE = bodyType();

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Whether a term of {@link #BODY} or {@link #TITLE} is a marked exact form, not a word. */
  public static boolean isExactForm(BytesRef term) {
    return term.length > 0 && term.bytes[term.offset] == EXACT_FORM;
  }

  /** The analysis an article's title and text are indexed with. */
  static TextAnalysis analysisOf(Article article) {
    return TextAnalysis.forArticle(article.language(), article.title() + "\n" + article.text());
  }

  /** The one mapping from an article to its Lucene document. */
  static Document toDocument(Article article, Analyzers analyzers) {
    return toDocument(article, analyzers, isRecord(article) ? SIZE_PENDING : article.size());
  }

  /**
   * An article's fields exactly as a local index holds them, for a SolrCloud shard to index: the
   * cluster's counting code then reads the same postings, doc values and stored fields. The size is
   * the file's at once, for a record too: the cluster's writer sends a record file's records
   * together, each with their number ({@code corpus.query.solr}), instead of marking them done
   * afterwards.
   */
  public static List<IndexableField> fieldsOf(Article article, Analyzers analyzers) {
    return toDocument(article, analyzers, article.size()).getFields();
  }

  private static Document toDocument(Article article, Analyzers analyzers, long size) {
    TextAnalysis analysis = analysisOf(article);
    Analyzer analyzer = analyzers.indexing(analysis);
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
    doc.add(new StringField(FILE, article.file(), Field.Store.YES));
    doc.add(new SortedDocValuesField(FILE, new BytesRef(article.file())));
    doc.add(new AnalysedField(TITLE, article.title(), BODY_TYPE, analyzer));
    doc.add(new StringField(ANALYSIS, analysis.key(), Field.Store.YES));
    if (article.language() != null) {
      doc.add(new StringField(LANGUAGE, article.language(), Field.Store.YES));
      doc.add(new SortedDocValuesField(LANGUAGE, new BytesRef(article.language())));
      doc.add(new StoredField(LANGUAGE_ORIGIN, article.languageOrigin().label()));
    }
    if (article.source() != null) {
      doc.add(new StoredField(SOURCE, article.source()));
      doc.add(new SortedDocValuesField(SOURCE, new BytesRef(article.source())));
      doc.add(new StringField(SOURCE_KEY, Sources.key(article.source()), Field.Store.NO));
      doc.add(new StoredField(SOURCE_ORIGIN, article.sourceOrigin().label()));
    }
    if (article.date() != null) {
      int day = (int) article.date().toEpochDay();
      doc.add(new IntPoint(DATE, day));
      doc.add(new NumericDocValuesField(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new StringField(DATE_SOURCE, article.dateSource().label(), Field.Store.YES));
    }
    AnalysedBody body = new AnalysedBody(article.text(), analyzer);
    body.fields.forEach(doc::add);
    byte[] sketch = Sketch.of(MinHash.DEFAULT.sign(body.shingles));
    if (sketch != null) {
      doc.add(new BinaryDocValuesField(DUP_SKETCH, new BytesRef(sketch)));
    }
    doc.add(new NumericDocValuesField(DUP_ROLE, DUP_ALONE));
    doc.add(new BinaryDocValuesField(DUP_CANONICAL, new BytesRef()));
    doc.add(new NumericDocValuesField(DUP_SIMILARITY, 0));
    doc.add(new BinaryDocValuesField(HASH, new BytesRef(article.contentHash())));
    doc.add(new NumericDocValuesField(SIZE, size));
    doc.add(new NumericDocValuesField(MODIFIED, article.modifiedMillis()));
    doc.add(
        new StringField(ENCODING, article.encoding().toLowerCase(Locale.ROOT), Field.Store.YES));
    return doc;
  }

  /** One of several articles read from one file. */
  static boolean isRecord(Article article) {
    return !article.id().equals(article.file());
  }

  /** Marks every record of a record file as read whole, with the file's size and mtime. */
  static void fileDone(IndexWriter writer, String file, long size, long modifiedMillis)
      throws IOException {
    writer.updateDocValues(
        new Term(FILE, file),
        new NumericDocValuesField(SIZE, size),
        new NumericDocValuesField(MODIFIED, modifiedMillis));
  }
}
