package corpus.query.solr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CompareQuery;
import corpus.query.DateRange;
import corpus.query.DocumentsQuery;
import corpus.query.FrequencyQuery;
import corpus.query.IndexSummary;
import corpus.query.Languages;
import corpus.query.SearchQuery;
import corpus.query.Sources;
import corpus.query.TrendQuery;
import corpus.query.lucene.ComparisonParts;
import corpus.query.lucene.DispersionTotals;
import corpus.query.lucene.DuplicateParts;
import corpus.query.lucene.FrequencyParts;
import corpus.query.lucene.ScoringStats;
import java.util.List;

/**
 * What the machine that asks and a shard's request handler ({@code corpus.query.solr.shard}) say to
 * each other: the handler's path, the operations, and the JSON their arguments and answers travel
 * in.
 */
public final class Wire {
  private Wire() {}

  /** Where the configset registers the shard's request handler. */
  public static final String HANDLER = "/corpus";

  /** Request parameters, and the field of the response that holds the answer. */
  public static final String OP = "op";

  public static final String ARGS = "args";
  public static final String ANSWER = "answer";

  /** The operations a shard answers. */
  public enum Op {
    /** Live articles: a {@code long}. */
    COUNT,
    /** Languages and sources no article of the shard has: a {@code KnownNames}. */
    MISSING,
    /** The shard's part of {@code stats}: a {@code StatsPart}. */
    STATS,
    /** A page of the different words of the selected articles, in byte order: a WordsPage. */
    WORDS,
    /** A page of the articles, in id order, with absolute paths: a {@code DocumentPage}. */
    DOCS,
    /** A page of what an index run needs to know of one origin's articles: a {@link FilesPage}. */
    FILES,
    /** What an index run reports of the whole collection: {@link Facts}. */
    FACTS,
    /** What the shard's scoring of a search reads: a {@code ScoringStats}. */
    SCORING,
    /** The shard's best hits, scored with the cluster's statistics: a {@code SearchResult}. */
    SEARCH,
    /** The shard's concordance lines, in order, cut to the limit: a {@code KwicResult}. */
    KWIC,
    /** What the shard's selection for a trend spans: a {@code TrendFacts}. */
    TREND_FACTS,
    /** The shard's series over the cluster's periods and sources: a {@code TrendResult}. */
    TREND,
    /** What this one replica holds, to compare with the other replicas: a {@link Replica}. */
    REPLICA,
    /** The shard's tables for a frequency question: a {@code FrequencyParts.Facts}. */
    FREQ_FACTS,
    /** The shard's best rows of each table above a count: per table, {@code TermCount}s. */
    FREQ_TOP,
    /** The shard's counts of given rows: per table, {@code TermCount}s. */
    FREQ_COUNTS,
    /** The shard's parts of the rows shown (forms, dispersion): {@code FrequencyParts.RowPart}s. */
    FREQ_ROWS,
    /** The shard's two sets of a comparison: a {@code ComparisonParts.Facts}. */
    COMPARE_FACTS,
    /**
     * A page of the shard's words with their counts in both sets: a {@code ComparisonParts.Page}.
     */
    COMPARE_PAGE,
    /** The shard's parts of the rows shown: {@code ComparisonParts.RowPart}s. */
    COMPARE_ROWS,
    /** The shard's word sequences counted often enough in two sets: {@code Counts}. */
    COMPARE_SEQUENCES,
    /** The shard's counts of given word sequences in two sets: {@code Counts}. */
    COMPARE_SEQUENCE_COUNTS,
    /** The node's windows in each of the shard's tables: a {@code CollocationParts.Tables}. */
    COLLOCATE_WINDOWS,
    /** The node's windows in each set of a comparison: a {@code CollocationParts.Sets}. */
    COLLOCATE_SETS,
    /** The counts of the written forms of collocates in either set: one map per word. */
    COLLOCATE_FORMS,
    /** A page of the articles' sketches, by key: a {@code DuplicateParts.SketchPage}. */
    DUP_SKETCHES,
    /**
     * The shingles of the articles of given keys: a list of {@code byte[]} ({@code
     * DuplicateParts.shingleBytes}), null if gone.
     */
    DUP_SHINGLES,
    /**
     * Writes the near-duplicate places of a range of keys on this one replica ({@link PlacesArgs}):
     * how many it wrote, a {@code long}.
     */
    DUP_PLACES,
    /** A page of the shard's parts of the groups, by canonical key: a GroupPage. */
    DUP_GROUPS,
    /** The shard's members of the groups of given canonical keys: MemberParts. */
    DUP_MEMBERS,
    /** How many articles of any of the given sets are copies: a {@code long}. */
    DUP_COPIES
  }

  /**
   * A request parameter: answer with every near-duplicate copy set aside ({@code --dedup}), as if
   * deleted.
   */
  public static final String DEDUP = "dedup";

  /**
   * The arguments of a page of {@link Op#DUP_SKETCHES} or {@link Op#DUP_GROUPS}.
   *
   * @param after the last key of the previous page, or null for the first
   */
  public record PageArgs(String after, int size) {}

  /**
   * The arguments of {@link Op#DUP_PLACES}: the places of the articles in groups whose keys are
   * after {@code after} and up to {@code last} (null: every key after), by key.
   */
  public record PlacesArgs(String after, String last, List<DuplicateParts.KeyedPlace> places) {}

  /**
   * What one replica holds.
   *
   * @param digest the exclusive or of a hash of every live article's key, content hash and place
   *     among near-duplicates: equal on two replicas that hold the same articles in the same
   *     versions and groups, whatever their segments
   */
  public record Replica(long documents, int segments, long digest) {}

  /** The arguments of {@link Op#TREND}: the question, its periods, and its sources or null. */
  public record TrendArgs(TrendQuery query, DateRange span, List<String> splitBy) {}

  /**
   * The arguments of {@link Op#FREQ_TOP}.
   *
   * @param labels the cluster's tables
   * @param languages the languages whose stop words are left out
   * @param rows rows per table at most
   * @param minCounts per table, the smallest count sent
   */
  public record FrequencyTop(
      FrequencyQuery query,
      List<String> labels,
      List<String> languages,
      int rows,
      long[] minCounts) {}

  /** The arguments of {@link Op#FREQ_COUNTS}: per table of the cluster, the rows to count. */
  public record FrequencyCounts(
      FrequencyQuery query, List<String> labels, List<List<String>> terms) {}

  /**
   * The arguments of {@link Op#FREQ_ROWS}.
   *
   * @param totals per table, the cluster's dispersion parts (null when none is asked for)
   */
  public record FrequencyRows(
      FrequencyQuery query,
      List<String> labels,
      List<DispersionTotals> totals,
      List<FrequencyParts.RowAsk> rows) {}

  /**
   * The arguments of {@link Op#COMPARE_PAGE}.
   *
   * @param languages the languages whose stop words are left out
   * @param after the last word of the previous page, or null for the first
   * @param size words of the dictionary a page looks at
   */
  public record ComparePage(CompareQuery query, List<String> languages, String after, int size) {}

  /** The arguments of {@link Op#COMPARE_ROWS}: the rows shown, and the sets' dispersion parts. */
  public record CompareRows(
      CompareQuery query,
      DispersionTotals aTotals,
      DispersionTotals bTotals,
      List<ComparisonParts.Counts> rows) {}

  /**
   * The arguments of {@link Op#COMPARE_SEQUENCES}.
   *
   * @param languages the languages whose stop words are left out
   * @param minCount the smallest count in both sets together sent
   */
  public record CompareSequences(CompareQuery query, List<String> languages, long minCount) {}

  /** The arguments of {@link Op#COMPARE_SEQUENCE_COUNTS}: the sequences to count. */
  public record CompareSequenceCounts(CompareQuery query, List<String> sequences) {}

  /** The arguments of {@link Op#COLLOCATE_FORMS}: the comparison, and the words shown. */
  public record CollocateForms(CollocateComparisonQuery query, List<String> words) {}

  /** The arguments of {@link Op#SEARCH}: the question, and the statistics to score with. */
  public record SearchArgs(SearchQuery query, ScoringStats stats) {}

  /**
   * The field of a response that holds, instead of an answer, why the question is not one: the
   * shard's parser refused it ({@code InvalidQueryException}), and another replica would too.
   */
  public static final String INVALID = "invalid";

  /**
   * @param undated ids of articles without a date, in id order
   * @param fallbackEncodings articles decoded with a fallback charset, in id order
   * @param canonicals groups of near-duplicates whose canonical article is on the shard
   * @param copies the shard's articles that are copies of another
   */
  public record Facts(
      List<String> undated,
      List<IndexSummary.FallbackDecoding> fallbackEncodings,
      long canonicals,
      long copies) {}

  /** Which articles a part is about. */
  public record Subset(Sources sources, Languages languages) {}

  /**
   * The arguments of {@link Op#WORDS}.
   *
   * @param after the last word of the previous page, or null for the first
   * @param size words of the dictionary a page looks at
   */
  public record WordsArgs(Subset subset, String after, int size) {}

  /**
   * The arguments of {@link Op#DOCS}.
   *
   * @param after the last id of the previous page, or null for the first
   * @param size ids a page covers
   */
  public record DocsPage(DocumentsQuery query, String after, int size) {}

  /**
   * The arguments of {@link Op#FILES}: a page of one origin's articles.
   *
   * @param after the last id of the previous page, or null for the first
   */
  public record FilesArgs(String origin, String after, int size) {}

  /**
   * A page of {@link Op#FILES}, in id order.
   *
   * @param last the last id of the page: the next page starts after it
   * @param done no article of the origin follows
   */
  public record FilesPage(List<IndexedArticle> articles, String last, boolean done) {}

  /**
   * One indexed article as an index run compares it with the corpus folder.
   *
   * @param fileRecords how many articles its file held when indexed
   */
  public record IndexedArticle(
      String id, String file, String hash, long size, long modified, long fileRecords) {}

  /** Dates as ISO text, records by their components; an unknown field is a version mismatch. */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
}
