package corpus.load.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Plain text of an element: each block (paragraph, heading, list item, quote, a div's own text)
 * becomes a paragraph, paragraphs are separated by a blank line, {@code <br>} is a line break.
 */
final class ParagraphText {

  /** Elements that start and end a paragraph; text between two of them is one paragraph. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FORMAT = Pattern.compile("\\p{Cf}");
  private static final Pattern LINE_END = Pattern.compile("\r\n|[\n\r]");

  /** Control characters that are not whitespace: binary junk, never text. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\x0B\\f\\r\\x85]]");

  private ParagraphText() {}

  /**
   * @param title the page's title; an {@code <h1>} that says it is left out, as the title is a
   *     field of its own
   */
  static String of(Element content, String title) {
    Collector collector = new Collector(title);
    content.filter(collector);
    collector.endParagraph();
    return String.join("\n\n", collector.paragraphs);
  }

  private static final class Collector implements NodeFilter {
    private final String title;
    private final List<String> paragraphs = new ArrayList<>();

    /** Text since the last block boundary, with a '\n' for each line break. */
    private final StringBuilder pending = new StringBuilder();

    private int preDepth;

    Collector(String title) {
      this.title = title == null || title.isBlank() ? null : normalised(title);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String whole = text.getWholeText();
        // Only preformatted text keeps its own line breaks; elsewhere they are just spaces.
        pending.append(preDepth > 0 ? whole : LINE_END.matcher(whole).replaceAll(" "));
      } else if (node instanceof Element element) {
        if (element.nameIs("br")) {
          pending.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          endParagraph();
          if (element.nameIs("h1") && isTitle(element)) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (element.nameIs("pre")) {
            preDepth++;
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        endParagraph();
        if (element.nameIs("pre")) {
          preDepth--;
        }
      }
      return FilterResult.CONTINUE;
    }

    /**
     * Sites decorate the og:title or trim the headline, so a headline that contains the title, or
     * is contained in it, is the title too.
     */
    private boolean isTitle(Element heading) {
      if (title == null) {
        return false;
      }
      String text = normalised(heading.text());
      return !text.isEmpty() && (text.contains(title) || title.contains(text));
    }

    /**
     * Turns the pending text into paragraphs: whitespace collapsed on each line, lines kept apart
     * by one break, and an empty line (two {@code <br>} in a row) ending a paragraph as browsers
     * show.
     */
    void endParagraph() {
      List<String> lines = new ArrayList<>();
      for (String line : pending.toString().split("\n", -1)) {
        String visible = CONTROL.matcher(line).replaceAll("");
        String collapsed = WHITESPACE.matcher(visible).replaceAll(" ").strip();
        if (!collapsed.isEmpty()) {
          lines.add(collapsed);
        } else if (!lines.isEmpty()) {
          paragraphs.add(String.join("\n", lines));
          lines.clear();
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
      pending.setLength(0);
    }

    /**
     * For comparing a heading with the title: jsoup's element text drops soft hyphens and other
     * format characters that an attribute such as {@code og:title} keeps, so neither side has them.
     */
    private static String normalised(String text) {
      String visible = FORMAT.matcher(text).replaceAll("");
      return WHITESPACE.matcher(visible).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
  }
}
