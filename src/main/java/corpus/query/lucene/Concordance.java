package corpus.query.lucene;

import corpus.index.MatchingDocs;
import corpus.index.Schema;
import corpus.query.InvalidQueryException;
import corpus.query.KwicLine;
import corpus.query.KwicQuery;
import corpus.query.KwicResult;
import corpus.query.KwicSort;
import corpus.query.Messages;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Keyword-in-context lines. Match positions come from Lucene's Matches API over the offsets in the
 * postings, so a phrase is one match and a wildcard matches exactly what search matched.
 */
final class Concordance {
  private static final Set<String> FIELDS =
      Set.of(Schema.ID, Schema.DATE, Schema.SOURCE, Schema.BODY);

  private final IndexSearcher searcher;
  private final QueryParsing parsing;

  Concordance(IndexSearcher searcher, QueryParsing parsing) {
    this.searcher = searcher;
    this.parsing = parsing;
  }

  /**
   * A line with what it sorts by, worked out once: the context key for LEFT and RIGHT, and the
   * offset that orders matches within one article.
   */
  private record Sortable(KwicLine line, int offset, String key) {}

  private static String sortKey(KwicSort sort, KwicLine line) {
    return switch (sort) {
      case LEFT -> leftKey(line.left());
      case RIGHT -> rightKey(line.right());
      case DATE -> "";
    };
  }

  KwicResult run(KwicQuery request) throws IOException {
    Query parsed = parsing.parse(request.query());
    if (!findsWordsInTheText(parsed)) {
      // Lines come from the article text: a query that only looks in titles would give none.
      throw new InvalidQueryException(
          "kwic shows matches in the article text, and '"
              + Messages.quoted(request.query())
              + "' looks only in titles; search it instead, or add a word to find in the text");
    }
    Query query =
        QueryParsing.within(parsed, request.range(), request.sources(), request.languages());
    List<Sortable> lines = new ArrayList<>();
    MatchingDocs.forEach(
        searcher, query, (weight, segment, doc) -> collect(weight, segment, doc, request, lines));
    lines.sort(order(request.sort()));
    int limit = request.limit() == 0 ? lines.size() : Math.min(request.limit(), lines.size());
    List<KwicLine> shown = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      shown.add(lines.get(i).line());
    }
    return new KwicResult(lines.size(), List.copyOf(shown));
  }

  private static void collect(
      Weight weight, LeafReaderContext segment, int doc, KwicQuery request, List<Sortable> out)
      throws IOException {
    Matches matches = weight.matches(segment, doc);
    MatchesIterator spans = matches == null ? null : matches.getMatches(Schema.BODY);
    if (spans == null) {
      return; // matched on the title only
    }
    Document article = segment.reader().storedFields().document(doc, FIELDS);
    String text = article.get(Schema.BODY);
    IndexableField dateField = article.getField(Schema.DATE);
    LocalDate date =
        dateField == null ? null : LocalDate.ofEpochDay(dateField.numericValue().longValue());
    String id = article.get(Schema.ID);
    int width = request.width();
    int lastStart = -1;
    int lastEnd = -1;
    while (spans.next()) {
      int start = spans.startOffset();
      int end = spans.endOffset();
      // A stem and its exact form share a position: a pattern matching both is one match.
      if (start < 0 || end > text.length() || (start == lastStart && end == lastEnd)) {
        continue;
      }
      lastStart = start;
      lastEnd = end;
      KwicLine line =
          new KwicLine(
              id,
              date,
              article.get(Schema.SOURCE),
              leftContext(text, start, width),
              collapse(text.substring(start, end)),
              rightContext(text, end, width));
      out.add(new Sortable(line, start, sortKey(request.sort(), line)));
    }
  }

  /**
   * The lines of several shards in the order one index gives them, cut to the limit. Each shard's
   * lines come in that order already, and all of an article's lines from one shard, so a stable
   * sort by everything but the offset in the article keeps an article's lines in text order.
   */
  static KwicResult merge(List<KwicResult> parts, KwicQuery request) {
    long total = 0;
    List<KwicLine> lines = new ArrayList<>();
    for (KwicResult part : parts) {
      total += part.totalMatches();
      lines.addAll(part.lines());
    }
    Comparator<KwicLine> chronological =
        Comparator.comparing(KwicLine::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(KwicLine::id);
    lines.sort(
        request.sort() == KwicSort.DATE
            ? chronological
            : Comparator.comparing((KwicLine line) -> sortKey(request.sort(), line))
                .thenComparing(chronological));
    int limit = request.limit() == 0 ? lines.size() : Math.min(request.limit(), lines.size());
    return new KwicResult(total, List.copyOf(lines.subList(0, limit)));
  }

  static String leftContext(String text, int matchStart, int width) {
    // Read twice the width: collapsing whitespace can only shorten it.
    String raw = text.substring(Math.max(0, matchStart - 2 * width), matchStart);
    String collapsed = collapse(raw);
    return collapsed.length() <= width
        ? collapsed
        : collapsed.substring(collapsed.length() - width);
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
        Comparator.comparing(
                (Sortable s) -> s.line().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.line().id())
            .thenComparingInt(Sortable::offset);
    return switch (sort) {
      case DATE -> chronological;
      case LEFT, RIGHT -> Comparator.comparing(Sortable::key).thenComparing(chronological);
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

  /**
   * The units a context sorts by: words, and each Chinese character on its own, since Chinese is
   * written without spaces and sorts character by character.
   */
  private static List<String> words(String context) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String lower = context.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i += Character.charCount(lower.codePointAt(i))) {
      int c = lower.codePointAt(i);
      boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
      if (han || !Character.isLetterOrDigit(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
        if (han) {
          words.add(Character.toString(c));
        }
      } else {
        word.appendCodePoint(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** Whether any word or pattern the query looks for (not one it excludes) is in the body. */
  private static boolean findsWordsInTheText(Query query) {
    boolean[] inBody = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            for (Term term : terms) {
              inBody[0] |= term.field().equals(Schema.BODY);
            }
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            inBody[0] |= field.equals(Schema.BODY);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
    return inBody[0];
  }
}
