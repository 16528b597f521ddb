package corpus.load.html;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;

/** Removes what a page shows around and inside an article that is not the article. */
final class Boilerplate {

  /** Never the article's text, wherever they are. */
  private static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "object",
          "embed",
          "svg",
          "canvas",
          "video",
          "audio",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "aside",
          "footer",
          "dialog",
          "figcaption");

  /**
   * Landmark roles of what surrounds content: site header, site footer, sidebars, menus, pop-ups.
   */
  private static final Set<String> SURROUNDING_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog");

  /** Words in a class, id or aria-label that mark a block as not the story. */
  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "comment",
          "comments",
          "ad",
          "ads",
          "gdpr",
          "paywall",
          "sponsored",
          "outbrain",
          "taboola");

  /**
   * Beginnings of such words, as class names run words together ({@code relatedposts}, {@code
   * sharebar}, {@code newsletters}, {@code subscription}). "comment" is not here: it begins
   * "commentary", a kind of story.
   */
  private static final List<String> BOILERPLATE_PREFIXES =
      List.of(
          "related",
          "share",
          "social",
          "newsletter",
          "promo",
          "cookie",
          "consent",
          "subscri",
          "breadcrumb",
          "advert");

  /** Word pairs that mark a block as not the story, when neither word alone would. */
  private static final Set<String> BOILERPLATE_PAIRS =
      Set.of("read more", "more stories", "also read", "see also", "most read");

  /**
   * Inside the chosen content, who wrote it and when is not what it says; WordPress themes call
   * that block {@code entry-meta} or {@code post-meta}.
   */
  private static final Set<String> BYLINE_WORDS = Set.of("byline", "author", "meta");

  /**
   * A block that holds the story is kept even when its class says otherwise: sites put state
   * classes such as {@code has-comments} or {@code with-ads} on the page wrapper, and ASP.NET pages
   * wrap everything in one {@code <form>}.
   */
  private static final String HOLDS_STORY = "h1, main, [role=main], [itemprop=articleBody]";

  private static final Pattern CAMEL_HUMP = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DISPLAY_NONE =
      Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  /**
   * Removes, everywhere under {@code root}: scripts, styles, form controls and other non-text;
   * navigation, asides, footers, figure captions; and, unless they hold the story, headers, forms,
   * hidden elements, landmark roles of surroundings, and blocks whose class, id or aria-label name
   * related stories, sharing, newsletters, ads, cookie banners, comments and the like. Also
   * comments in the markup.
   */
  static void removeAroundStory(Element root) {
    root.filter(
        (node, depth) -> {
          if (node instanceof Comment) {
            return NodeFilter.FilterResult.REMOVE;
          }
          if (!(node instanceof Element element) || node == root) {
            return NodeFilter.FilterResult.CONTINUE;
          }
          if (NEVER_TEXT.contains(element.normalName())) {
            return NodeFilter.FilterResult.REMOVE;
          }
          if (surroundsStory(element) && element.selectFirst(HOLDS_STORY) == null) {
            return NodeFilter.FilterResult.REMOVE;
          }
          return NodeFilter.FilterResult.CONTINUE;
        });
  }

  /**
   * Removes, inside the chosen content (never the content itself): bylines; date stamps (a {@code
   * <time>} outside running text); paragraphs, list items and subheadings that are mostly link text
   * ("Read more: ...", lists of other stories).
   */
  static void removeInsideStory(Element content) {
    for (Element element : content.select("[class], [id], [aria-label]")) {
      if (element != content && namesAny(element, BYLINE_WORDS, List.of(), Set.of())) {
        element.remove();
      }
    }
    for (Element time : content.select("time")) {
      if (time != content && time.closest("p, li, blockquote, td") == null) {
        time.remove();
      }
    }
    for (Element block : content.select("p, li, h2, h3, h4, h5, h6")) {
      int length = block.text().length();
      if (block != content && length > 0 && 2 * linkTextLength(block) >= length) {
        block.remove();
      }
    }
  }

  static int linkTextLength(Element element) {
    int length = 0;
    for (Element link : element.select("a")) {
      length += link.text().length();
    }
    return length;
  }

  private static boolean surroundsStory(Element element) {
    return element.nameIs("header")
        || element.nameIs("form")
        || element.hasAttr("hidden")
        || element.attr("aria-hidden").strip().equalsIgnoreCase("true")
        || DISPLAY_NONE.matcher(element.attr("style")).find()
        || SURROUNDING_ROLES.contains(element.attr("role").strip().toLowerCase(Locale.ROOT))
        || namesAny(element, BOILERPLATE_WORDS, BOILERPLATE_PREFIXES, BOILERPLATE_PAIRS);
  }

  /**
   * Whether the class, id or aria-label holds one of the words, a word with one of the prefixes, or
   * one of the word pairs.
   */
  private static boolean namesAny(
      Element element, Set<String> words, List<String> prefixes, Set<String> pairs) {
    for (String attribute : List.of("class", "id", "aria-label")) {
      List<String> tokens = words(element.attr(attribute));
      for (int i = 0; i < tokens.size(); i++) {
        String token = tokens.get(i);
        if (words.contains(token)
            || prefixes.stream().anyMatch(token::startsWith)
            || (i > 0 && pairs.contains(tokens.get(i - 1) + " " + token))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "relatedStories c-share_bar" gives related, stories, c, share, bar. */
  private static List<String> words(String value) {
    if (value.isBlank()) {
      return List.of();
    }
    String spaced = CAMEL_HUMP.matcher(value).replaceAll(" ").toLowerCase(Locale.ROOT);
    return Arrays.stream(NOT_A_WORD.split(spaced)).filter(word -> !word.isEmpty()).toList();
  }
}
