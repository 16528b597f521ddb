package corpus.query.lucene;

import corpus.index.Analyzers;
import corpus.index.Schema;
import corpus.index.TextAnalysis;
import corpus.index.UserDictionary;
import corpus.query.DateRange;
import corpus.query.InvalidQueryException;
import corpus.query.Languages;
import corpus.query.Messages;
import corpus.query.Sources;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The one boundary where a user's query text becomes a Lucene query. Every way it can fail ends as
 * an {@link InvalidQueryException} with one line saying what is wrong and where.
 */
final class QueryParsing {
  /**
   * Longer queries are refused before parsing: nobody types them, and they can exhaust the parser.
   */
  static final int MAX_LENGTH = 10_000;

  /**
   * Deeper nesting is refused before parsing: the recursive-descent parser would overflow the
   * stack.
   */
  static final int MAX_NESTING = 100;

  /**
   * The query field for words exactly as written: {@code form:путина} finds that form alone where
   * {@code путина} finds every form of the word. Where words are indexed as written it is the text.
   */
  static final String EXACT_FORM_FIELD = "form";

  /** For checking a query's syntax before any index exists. */
  static final QueryParsing STANDARD =
      new QueryParsing(new Analyzers(UserDictionary.EMPTY), List.of(TextAnalysis.STANDARD));

  private final Analyzers analyzers;
  private final List<TextAnalysis> present;

  private QueryParsing(Analyzers analyzers, List<TextAnalysis> present) {
    this.analyzers = analyzers;
    this.present = List.copyOf(present);
  }

  /** Parsing for an index: a query is analysed once for each analysis its articles got. */
  static QueryParsing of(IndexReader reader, Analyzers analyzers) throws IOException {
    List<TextAnalysis> present = new ArrayList<>();
    for (TextAnalysis analysis : TextAnalysis.values()) {
      if (reader.docFreq(new Term(Schema.ANALYSIS, analysis.key())) > 0) {
        present.add(analysis);
      }
    }
    return new QueryParsing(
        analyzers, present.isEmpty() ? List.of(TextAnalysis.STANDARD) : present);
  }

  Analyzers analyzers() {
    return analyzers;
  }

  List<TextAnalysis> present() {
    return present;
  }

  /**
   * The query for every article: with one analysis in the index, the query as that analysis reads
   * it; with several, each analysis's reading restricted to its own articles, so a word written in
   * Chinese is never looked for as single characters in a Chinese article, nor a Russian stem in an
   * English one.
   */
  Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidQueryException("the query is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new InvalidQueryException(
          "the query is "
              + text.length()
              + " characters long; at most "
              + MAX_LENGTH
              + " are allowed");
    }
    openParentheses(text); // refuses nesting too deep before the parser sees it
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    Query only = null;
    for (TextAnalysis analysis : present) {
      Query query = parse(text, analysis);
      if (query == null) {
        continue; // punctuation alone, as this analysis reads it
      }
      only = query;
      each.add(
          new BooleanQuery.Builder()
              .add(query, BooleanClause.Occur.MUST)
              .add(new TermQuery(analysedBy(analysis)), BooleanClause.Occur.FILTER)
              .build(),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery combined = each.build();
    if (combined.clauses().isEmpty()) {
      throw new InvalidQueryException(
          "the query '" + Messages.quoted(text) + "' has no searchable words");
    }
    // One analysis in the index needs no restriction to it.
    return present.size() == 1 ? only : combined;
  }

  /** The articles that got this analysis. */
  static Term analysedBy(TextAnalysis analysis) {
    return new Term(Schema.ANALYSIS, analysis.key());
  }

  /** The query as one analysis reads it, or null when that leaves no word to look for. */
  private Query parse(String text, TextAnalysis analysis) {
    QueryParser parser = new Parser(analysis, analyzers);
    // A researcher adding a word expects fewer, more precise hits, as in a web search engine.
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      Query query = parser.parse(text);
      if (query == null
          || query instanceof MatchNoDocsQuery
          || (query instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
        return null;
      }
      if (onlyExcludes(query)) {
        throw new InvalidQueryException(
            "the query '"
                + Messages.quoted(text)
                + "' only excludes words, so it can match nothing; add a word to find, as in"
                + " 'russia NOT putin'");
      }
      return query;
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses tooMany) {
        throw tooManyClauses(tooMany);
      }
      throw new InvalidQueryException(describe(text, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(e);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(e);
    } catch (IllegalArgumentException e) {
      // Lucene reports a malformed regular expression (/[a-/) this way, and nothing else.
      throw new InvalidQueryException(
          "invalid query '"
              + Messages.quoted(text)
              + "': bad regular expression: "
              + Messages.quoted(e.getMessage()),
          e);
    }
  }

  /**
   * The classic syntax with one analysis's words: {@code form:} looks for exact forms, and words
   * written without spaces in Chinese are a phrase, never any one of their characters.
   */
  private static final class Parser extends QueryParser {
    private final Analyzer exactForms;
    private final boolean marksForms;

    Parser(TextAnalysis analysis, Analyzers analyzers) {
      super(Schema.BODY, analyzers.query(analysis));
      this.exactForms = analyzers.exactForms(analysis);
      this.marksForms = analysis == TextAnalysis.RUSSIAN;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      boolean phrase = quoted || HAN.matcher(text).find();
      if (EXACT_FORM_FIELD.equals(field)) {
        return newFieldQuery(exactForms, Schema.BODY, text, phrase);
      }
      return super.getFieldQuery(field, text, phrase);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
      return EXACT_FORM_FIELD.equals(field)
          ? super.getPrefixQuery(Schema.BODY, exactForm(text))
          : super.getPrefixQuery(field, text);
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
      return EXACT_FORM_FIELD.equals(field)
          ? super.getWildcardQuery(Schema.BODY, exactForm(text))
          : super.getWildcardQuery(field, text);
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity)
        throws ParseException {
      refuseForms(field);
      return super.getFuzzyQuery(field, text, similarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
      refuseForms(field);
      return super.getRegexpQuery(field, text);
    }

    @Override
    protected Query getRangeQuery(
        String field, String from, String to, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      refuseForms(field);
      return super.getRangeQuery(field, from, to, startInclusive, endInclusive);
    }

    private String exactForm(String text) {
      return marksForms ? Schema.EXACT_FORM + text : text;
    }

    private static void refuseForms(String field) throws ParseException {
      if (EXACT_FORM_FIELD.equals(field)) {
        throw new ParseException("form: takes words, phrases and wildcards only");
      }
    }
  }

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /**
   * Whether the query, or a part of it, only excludes: Lucene matches nothing for {@code NOT
   * putin}, {@code -x} or {@code a OR (-b)}'s second half, which is never what the user meant.
   */
  private static boolean onlyExcludes(Query query) {
    if (query instanceof BoostQuery boosted) {
      return onlyExcludes(boosted.getQuery());
    }
    if (!(query instanceof BooleanQuery bool)) {
      return false;
    }
    boolean anyPositive = false;
    for (BooleanClause clause : bool.clauses()) {
      if (onlyExcludes(clause.getQuery())) {
        return true;
      }
      anyPositive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
    }
    return !anyPositive;
  }

  /**
   * The query restricted to articles dated within the range (undated ones never are), from the
   * sources named and in the languages named. Filters only: they never change a hit's score.
   */
  static Query within(Query query, DateRange range, Sources sources, Languages languages) {
    if (range.unbounded() && sources.all() && languages.all()) {
      return query;
    }
    BooleanQuery.Builder restricted =
        new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (!range.unbounded()) {
      int from = range.from() == null ? Integer.MIN_VALUE : (int) range.from().toEpochDay();
      int to = range.to() == null ? Integer.MAX_VALUE : (int) range.to().toEpochDay();
      restricted.add(IntPoint.newRangeQuery(Schema.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    if (!sources.all()) {
      List<BytesRef> keys = sources.keys().stream().map(BytesRef::new).toList();
      restricted.add(new TermInSetQuery(Schema.SOURCE_KEY, keys), BooleanClause.Occur.FILTER);
    }
    if (!languages.all()) {
      List<BytesRef> codes = languages.codes().stream().map(BytesRef::new).toList();
      restricted.add(new TermInSetQuery(Schema.LANGUAGE, codes), BooleanClause.Occur.FILTER);
    }
    return restricted.build();
  }

  static InvalidQueryException tooManyClauses(RuntimeException e) {
    return new InvalidQueryException(
        "the query expands to too many terms (more than "
            + IndexSearcher.getMaxClauseCount()
            + "); make wildcards or fuzzy terms more specific",
        e);
  }

  static InvalidQueryException tooComplex(RuntimeException e) {
    return new InvalidQueryException(
        "a regular expression or wildcard in the query is too complex to run; simplify it", e);
  }

  /**
   * Where the parentheses still open at the end of the query are (0-based, innermost first), quotes
   * and escapes skipped.
   *
   * @throws InvalidQueryException when they nest deeper than {@link #MAX_NESTING}, which the
   *     recursive-descent parser would meet with a stack overflow
   */
  private static Deque<Integer> openParentheses(String text) {
    Deque<Integer> open = new ArrayDeque<>();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        open.push(i);
        if (open.size() > MAX_NESTING) {
          throw new InvalidQueryException(
              "the query nests parentheses more than "
                  + MAX_NESTING
                  + " deep (at column "
                  + (i + 1)
                  + ")");
        }
      } else if (!quoted && c == ')' && !open.isEmpty()) {
        open.pop();
      }
    }
    return open;
  }

  private static String describe(String text, ParseException e) {
    String query = "invalid query '" + Messages.quoted(text) + "': ";
    // QueryParser rethrows the generated parser's exception with the query in the message; the
    // original, with the offending token, is its cause.
    Throwable original = e.getCause() != null ? e.getCause() : e;
    if (original instanceof ParseException parse
        && parse.currentToken != null
        && parse.currentToken.next != null) {
      Token next = parse.currentToken.next;
      // The parser counts columns from 0; people count from 1.
      if (next.kind == 0) {
        Deque<Integer> open = openParentheses(text);
        return query
            + "unexpected end of query at column "
            + (next.beginColumn + 1)
            + (open.isEmpty()
                ? ""
                : ": the '(' at column " + (open.peekLast() + 1) + " is not closed");
      }
      return query
          + "unexpected '"
          + Messages.quoted(next.image)
          + "' at column "
          + (next.beginColumn + 1);
    }
    String message = Messages.quoted(original.getMessage());
    if (message.startsWith("Lexical error")) {
      // A token the lexer could not finish: an open quote or a trailing backslash.
      if (message.contains("<EOF>")) {
        int quote = unclosedQuote(text);
        return query
            + (quote >= 0
                ? "the quote at column " + (quote + 1) + " is not closed"
                : "unexpected end of query"
                    + column(message)
                    + ": something is left open (a /regular expression/, a trailing \\ or ^)");
      }
      return query + "unexpected character" + column(message);
    }
    // Semantic refusals (a leading wildcard) carry their own message.
    String prefix = "Cannot parse '" + Messages.quoted(text) + "': ";
    return query + (message.startsWith(prefix) ? message.substring(prefix.length()) : message);
  }

  /** Where the last quote that is never closed opens (0-based), or -1; escaped quotes skipped. */
  private static int unclosedQuote(String text) {
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open;
  }

  private static String column(String lexerMessage) {
    java.util.regex.Matcher at =
        java.util.regex.Pattern.compile("column (\\d+)").matcher(lexerMessage);
    return at.find() ? " at column " + (Integer.parseInt(at.group(1)) + 1) : "";
  }
}
