package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.Snippet;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets from the offsets stored in the body's and the title's postings (no re-analysis, which
 * could use another language's analyzer than the article's), returned as {@link Snippet} values so
 * each output format marks the matches its own way.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  /** About two lines of a terminal. */
  private static final int SNIPPET_LENGTH = 160;

  private static final String GAP = " … ";

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.33f))
            .withFormatter(new SnippetFormatter()));
  }

  /**
   * One snippet per document, in the order of {@code docs}: the body's passages with the matches
   * marked; when the query matched only the title ({@code title:putin}), the title, marked, so a
   * hit always shows why it is one.
   */
  Snippet[] snippets(Query query, int[] docs) throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(
            new String[] {Schema.BODY, Schema.TITLE}, query, docs, new int[] {1, 1});
    Object[] body = byField.get(Schema.BODY);
    Object[] title = byField.get(Schema.TITLE);
    Snippet[] snippets = new Snippet[docs.length];
    for (int i = 0; i < docs.length; i++) {
      Snippet fromBody = body[i] instanceof Snippet snippet ? snippet : EMPTY;
      boolean onlyTheTitleMatched =
          fromBody.marks().isEmpty()
              && title[i] instanceof Snippet fromTitle
              && !fromTitle.marks().isEmpty();
      snippets[i] = onlyTheTitleMatched ? (Snippet) title[i] : fromBody;
    }
    return snippets;
  }

  private static final Snippet EMPTY = new Snippet("", List.of());

  /** Builds the snippet text with runs of whitespace collapsed, keeping the marks aligned. */
  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Snippet.Span> marks = new ArrayList<>();
      for (Passage passage : passages) {
        if (text.length() > 0) {
          text.append(GAP);
        }
        int position = passage.getStartOffset();
        int lastMarkEnd = -1;
        for (int m = 0; m < passage.getNumMatches(); m++) {
          int start = Math.max(passage.getMatchStarts()[m], position);
          int end = passage.getMatchEnds()[m];
          if (end <= position) {
            continue; // overlaps the previous mark
          }
          appendCollapsed(text, content, position, start);
          int markStart = text.length();
          appendCollapsed(text, content, start, end);
          if (markStart == lastMarkEnd && !marks.isEmpty()) {
            marks.set(
                marks.size() - 1,
                new Snippet.Span(marks.get(marks.size() - 1).start(), text.length()));
          } else {
            marks.add(new Snippet.Span(markStart, text.length()));
          }
          lastMarkEnd = text.length();
          position = end;
        }
        appendCollapsed(text, content, position, passage.getEndOffset());
      }
      String trimmed = text.toString().stripTrailing();
      return new Snippet(trimmed, List.copyOf(marks));
    }

    private static void appendCollapsed(StringBuilder out, String content, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
    }
  }
}
