package corpus.query.solr.shard;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import corpus.index.ForwardShingles;
import corpus.index.IndexFacts;
import corpus.index.Schema;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocatesQuery;
import corpus.query.CompareQuery;
import corpus.query.FrequencyQuery;
import corpus.query.InvalidQueryException;
import corpus.query.KwicQuery;
import corpus.query.SearchQuery;
import corpus.query.TrendQuery;
import corpus.query.lucene.DuplicateParts;
import corpus.query.lucene.ShardAnswers;
import corpus.query.solr.CollectionFields;
import corpus.query.solr.Wire;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.solr.common.SolrException;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.util.RefCounted;

/**
 * Our request handler on every core of a corpus collection: it runs the local backend's counting
 * code on this shard's index ({@link ShardAnswers}) and answers with the shard's part, which the
 * machine that asked adds to the other shards' parts. It reads the core's last opened searcher,
 * never its uncommitted updates.
 */
public final class ShardRequestHandler extends RequestHandlerBase {

  @Override
  public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) throws Exception {
    Wire.Op op;
    try {
      op = Wire.Op.valueOf(req.getParams().required().get(Wire.OP));
    } catch (IllegalArgumentException e) {
      throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, "unknown operation", e);
    }
    String args = req.getParams().get(Wire.ARGS, "{}");
    DirectoryReader reader = req.getSearcher().getRawReader();
    if (req.getParams().getBool(Wire.DEDUP, false)) {
      reader = ShardAnswers.withoutCopies(reader);
    }
    ArticleFieldType articles =
        (ArticleFieldType) req.getSchema().getFieldType(CollectionFields.ARTICLE);
    ShardAnswers answers = new ShardAnswers(reader, CollectionFields.ROOT, articles.dictionary());
    Object answer;
    try {
      answer =
          op == Wire.Op.DUP_PLACES
              ? writePlaces(req, reader, Wire.JSON.readValue(args, Wire.PlacesArgs.class))
              : answer(op, args, reader, answers, Wire.JSON);
    } catch (InvalidQueryException e) {
      rsp.add(Wire.INVALID, e.getMessage());
      return;
    }
    rsp.add(Wire.ANSWER, Wire.JSON.writeValueAsString(answer));
  }

  /**
   * Writes the places through the core's own index writer, as doc-values updates that its next
   * commit makes durable and visible. Solr's update log does not carry them: every replica is asked
   * to write them itself, and the replicas' digests ({@link Wire.Op#REPLICA}) tell whether they
   * did.
   */
  private static long writePlaces(
      SolrQueryRequest req, DirectoryReader reader, Wire.PlacesArgs args) throws IOException {
    RefCounted<IndexWriter> writer = req.getCore().getSolrCoreState().getIndexWriter(req.getCore());
    try {
      return new DuplicateParts(reader, CollectionFields.KEY)
          .writePlaces(writer.get(), args.after(), args.last(), args.places());
    } finally {
      writer.decref();
    }
  }

  /**
   * The forward shingles of the readers asked for shingles lately, one per core (a node holds
   * several): hashing a reader's words is most of the cost of a request when it is not kept. (One
   * entry for the whole node made two shards of one node take turns to replace it: grouping 1 GB
   * took five times as long.) An entry goes when its reader is closed.
   */
  private static final Map<IndexReader.CacheKey, ForwardShingles> SHINGLES =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(
                Map.Entry<IndexReader.CacheKey, ForwardShingles> eldest) {
              return size() > 16;
            }
          });

  private static ForwardShingles shinglesOf(DirectoryReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return new ForwardShingles(reader);
    }
    ForwardShingles shingles = SHINGLES.get(helper.getKey());
    if (shingles == null) {
      shingles = new ForwardShingles(reader);
      SHINGLES.put(helper.getKey(), shingles);
      helper.addClosedListener(SHINGLES::remove);
    }
    return shingles;
  }

  private static Object answer(
      Wire.Op op, String args, DirectoryReader reader, ShardAnswers answers, ObjectMapper json)
      throws IOException {
    DuplicateParts duplicates = new DuplicateParts(reader, CollectionFields.KEY);
    return switch (op) {
      case COUNT -> answers.count();
      case MISSING -> {
        Wire.Subset subset = json.readValue(args, Wire.Subset.class);
        yield answers.missing(subset.sources(), subset.languages());
      }
      case STATS -> {
        Wire.Subset subset = json.readValue(args, Wire.Subset.class);
        yield answers.stats(subset.sources(), subset.languages());
      }
      case WORDS -> {
        Wire.WordsArgs words = json.readValue(args, Wire.WordsArgs.class);
        yield answers.words(
            words.subset().sources(), words.subset().languages(), words.after(), words.size());
      }
      case DOCS -> {
        Wire.DocsPage page = json.readValue(args, Wire.DocsPage.class);
        yield answers.documents(page.query(), page.after(), page.size());
      }
      case FILES -> {
        Wire.FilesArgs files = json.readValue(args, Wire.FilesArgs.class);
        yield IndexedArticles.page(reader, files.origin(), files.after(), files.size());
      }
      case FACTS ->
          new Wire.Facts(
              IndexFacts.undated(reader),
              IndexFacts.fallbackEncodings(reader),
              IndexFacts.withRole(reader, Schema.DUP_CANONICAL_MEMBER),
              IndexFacts.withRole(reader, Schema.DUP_COPY));
      case SCORING -> answers.scoringStats(json.readValue(args, SearchQuery.class));
      case SEARCH -> {
        Wire.SearchArgs search = json.readValue(args, Wire.SearchArgs.class);
        yield answers.search(search.query(), search.stats());
      }
      case KWIC -> answers.kwic(json.readValue(args, KwicQuery.class));
      case TREND_FACTS -> answers.trendFacts(json.readValue(args, TrendQuery.class));
      case TREND -> {
        Wire.TrendArgs trend = json.readValue(args, Wire.TrendArgs.class);
        yield answers.trend(trend.query(), trend.span(), trend.splitBy());
      }
      case REPLICA -> IndexedArticles.replica(reader);
      case FREQ_FACTS -> answers.frequencies().facts(json.readValue(args, FrequencyQuery.class));
      case FREQ_TOP -> {
        Wire.FrequencyTop top = json.readValue(args, Wire.FrequencyTop.class);
        yield answers
            .frequencies()
            .top(top.query(), top.labels(), top.languages(), top.rows(), top.minCounts());
      }
      case FREQ_COUNTS -> {
        Wire.FrequencyCounts counts = json.readValue(args, Wire.FrequencyCounts.class);
        yield answers.frequencies().counts(counts.query(), counts.labels(), counts.terms());
      }
      case COMPARE_FACTS -> answers.comparisons().facts(json.readValue(args, CompareQuery.class));
      case COMPARE_PAGE -> {
        Wire.ComparePage page = json.readValue(args, Wire.ComparePage.class);
        yield answers.comparisons().page(page.query(), page.languages(), page.after(), page.size());
      }
      case COMPARE_ROWS -> {
        Wire.CompareRows rows = json.readValue(args, Wire.CompareRows.class);
        yield answers.comparisons().rows(rows.query(), rows.aTotals(), rows.bTotals(), rows.rows());
      }
      case COMPARE_SEQUENCES -> {
        Wire.CompareSequences sequences = json.readValue(args, Wire.CompareSequences.class);
        yield answers
            .comparisons()
            .sequences(sequences.query(), sequences.languages(), sequences.minCount());
      }
      case COMPARE_SEQUENCE_COUNTS -> {
        Wire.CompareSequenceCounts counts = json.readValue(args, Wire.CompareSequenceCounts.class);
        yield answers.comparisons().sequenceCounts(counts.query(), counts.sequences());
      }
      case COLLOCATE_WINDOWS ->
          answers.collocations().windows(json.readValue(args, CollocatesQuery.class));
      case COLLOCATE_SETS ->
          answers.collocations().windows(json.readValue(args, CollocateComparisonQuery.class));
      case COLLOCATE_FORMS -> {
        Wire.CollocateForms forms = json.readValue(args, Wire.CollocateForms.class);
        yield answers.collocations().forms(forms.query(), forms.words());
      }
      case DUP_SKETCHES -> {
        Wire.PageArgs page = json.readValue(args, Wire.PageArgs.class);
        yield duplicates.sketches(page.after(), page.size());
      }
      case DUP_SHINGLES ->
          duplicates.shingles(
              shinglesOf(reader), json.readValue(args, new TypeReference<List<String>>() {}));
      case DUP_PLACES -> throw new IllegalStateException("answered with the core's writer");
      case DUP_GROUPS -> {
        Wire.PageArgs page = json.readValue(args, Wire.PageArgs.class);
        yield duplicates.groups(page.after(), page.size());
      }
      case DUP_MEMBERS ->
          duplicates.members(json.readValue(args, new TypeReference<List<String>>() {}));
      case DUP_COPIES ->
          answers.copiesAmong(
              json.readValue(args, new TypeReference<List<CompareQuery.Subset>>() {}));
      case FREQ_ROWS -> {
        Wire.FrequencyRows rows = json.readValue(args, Wire.FrequencyRows.class);
        yield answers.frequencies().rows(rows.query(), rows.labels(), rows.totals(), rows.rows());
      }
    };
  }

  @Override
  public String getDescription() {
    return "corpus: this shard's part of an answer";
  }

  @Override
  public Name getPermissionName(AuthorizationContext request) {
    return Wire.Op.DUP_PLACES.name().equals(request.getParams().get(Wire.OP))
        ? Name.UPDATE_PERM
        : Name.READ_PERM;
  }
}
