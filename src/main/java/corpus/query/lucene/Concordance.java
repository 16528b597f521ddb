package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.KwicLine;
import corpus.query.KwicQuery;
import corpus.query.KwicResult;
import corpus.query.KwicSort;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Keyword-in-context lines. Match positions come from Lucene's Matches API over the offsets in the
 * postings, so a phrase is one match and a wildcard matches exactly what search matched.
 */
final class Concordance {
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.DATE, Schema.BODY);

  private final IndexSearcher searcher;

  Concordance(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** A line with what it sorts by; the offset orders matches within one article. */
  private record Sortable(KwicLine line, int offset) {}

  KwicResult run(KwicQuery request) throws IOException {
    Query query = QueryParsing.withinDates(QueryParsing.parse(request.query()), request.range());
    List<Sortable> lines =
        Guarded.run(
            () -> {
              Weight weight =
                  searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
              List<Sortable> found = new ArrayList<>();
              for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
                collect(weight, context, request.width(), found);
              }
              return found;
            });
    lines.sort(order(request.sort()));
    int limit = request.limit() == 0 ? lines.size() : Math.min(request.limit(), lines.size());
    List<KwicLine> shown = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      shown.add(lines.get(i).line());
    }
    return new KwicResult(lines.size(), List.copyOf(shown));
  }

  private static void collect(Weight weight, LeafReaderContext context, int width, List<Sortable> out)
      throws IOException {
    Scorer scorer = weight.scorer(context);
    if (scorer == null) {
      return;
    }
    Bits live = context.reader().getLiveDocs();
    StoredFields stored = context.reader().storedFields();
    DocIdSetIterator docs = scorer.iterator();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Matches matches = weight.matches(context, doc);
      MatchesIterator spans = matches == null ? null : matches.getMatches(Schema.BODY);
      if (spans == null) {
        continue; // matched on the title only
      }
      Document article = stored.document(doc, FIELDS);
      String text = article.get(Schema.BODY);
      IndexableField dateField = article.getField(Schema.DATE);
      LocalDate date = dateField == null ? null : LocalDate.ofEpochDay(dateField.numericValue().longValue());
      String id = article.get(Schema.ID);
      while (spans.next()) {
        int start = spans.startOffset();
        int end = spans.endOffset();
        if (start < 0 || end > text.length()) {
          continue;
        }
        out.add(
            new Sortable(
                new KwicLine(
                    id,
                    date,
                    leftContext(text, start, width),
                    collapse(text.substring(start, end)),
                    rightContext(text, end, width)),
                start));
      }
    }
  }

  static String leftContext(String text, int matchStart, int width) {
    // Read twice the width: collapsing whitespace can only shorten it.
    String raw = text.substring(Math.max(0, matchStart - 2 * width), matchStart);
    String collapsed = collapse(raw);
    return collapsed.length() <= width ? collapsed : collapsed.substring(collapsed.length() - width);
  }

  static String rightContext(String text, int matchEnd, int width) {
    String raw = text.substring(matchEnd, Math.min(text.length(), matchEnd + 2 * width));
    String collapsed = collapse(raw);
    return collapsed.length() <= width ? collapsed : collapsed.substring(0, width);
  }

  private static String collapse(String raw) {
    return raw.replaceAll("\\s+", " ");
  }

  private static Comparator<Sortable> order(KwicSort sort) {
    Comparator<Sortable> chronological =
        Comparator.comparing((Sortable s) -> s.line().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.line().id())
            .thenComparingInt(Sortable::offset);
    return switch (sort) {
      case DATE -> chronological;
      case LEFT -> Comparator.comparing((Sortable s) -> leftKey(s.line().left())).thenComparing(chronological);
      case RIGHT -> Comparator.comparing((Sortable s) -> rightKey(s.line().right())).thenComparing(chronological);
    };
  }

  /** The left words nearest the match first, lower-cased: "the big cat" sorts as "cat big the". */
  static String leftKey(String left) {
    List<String> words = words(left);
    StringBuilder key = new StringBuilder();
    for (int i = words.size() - 1; i >= 0; i--) {
      key.append(words.get(i)).append(' ');
    }
    return key.toString();
  }

  static String rightKey(String right) {
    return String.join(" ", words(right)) + " ";
  }

  private static List<String> words(String context) {
    List<String> words = new ArrayList<>();
    for (String word : context.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
