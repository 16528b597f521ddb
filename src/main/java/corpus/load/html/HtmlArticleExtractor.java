package corpus.load.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page: the article's text without the page around it, and the title, date,
 * source and language its markup gives.
 *
 * <p>The text leaves out figure captions, as their photo credits would count agency and
 * photographer names as words of the story, and bylines and date stamps inside the story.
 *
 * <p>Never throws for any non-null input: jsoup reads any string as a browser would, and broken
 * JSON-LD is ignored. Thread-safe and stateless.
 */
public final class HtmlArticleExtractor {

  /** Meta names that carry the publication date, most trusted first. */
  private static final List<String> DATE_META_NAMES =
      List.of(
          "date",
          "pubdate",
          "publishdate",
          "publish-date",
          "dc.date",
          "dc.date.issued",
          "dcterms.created",
          "dcterms.date",
          "article.published",
          "sailthru.date",
          "parsely-pub-date",
          "datepublished");

  /** A {@code <time>} that says it is the publication date, in microdata or the old attribute. */
  private static final String PUBLICATION_TIME =
      "time[datetime][itemprop=datePublished], time[datetime][pubdate]";

  private static final String ANY_TIME = "time[datetime]";

  /**
   * Where a page without {@code <html lang>} may say its language, in the order tried: the old HTTP
   * header as a meta tag, Open Graph's locale ({@code ru_RU}), and the names CMSs use.
   */
  private static final List<String> LANGUAGE_META =
      List.of("http-equiv:content-language", "og:locale", "language", "dc.language", "inlanguage");

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * @param html the page, already decoded from its bytes
   * @return what the page says; {@link HtmlPage#text()} is "" when it holds no text
   */
  public HtmlPage extract(String html) {
    Document page = Jsoup.parse(Objects.requireNonNull(html, "html"));
    // Metadata first: cleaning the body removes the scripts that carry JSON-LD.
    Map<String, String> meta = metaContents(page);
    JsonLd jsonLd = JsonLd.read(page);
    String titleTag = page.title();
    Element root = page.selectFirst("html");
    String language = root == null ? null : blankToNull(root.attr("lang"));
    for (String declared : LANGUAGE_META) {
      language = firstNonNull(language, meta.get(declared));
    }

    Element body = page.body();
    Boilerplate.removeAroundStory(body);
    Element content = MainContent.of(body);

    String source = firstNonNull(meta.get("og:site_name"), jsonLd.publisherName());
    String title = title(meta.get("og:title"), content, body, titleTag, source);
    Dated dated = date(meta, jsonLd, content, body);

    // Only now: the bylines this removes hold the story's <time>.
    Boilerplate.removeInsideStory(content);
    String text = ParagraphText.of(content, title);
    return new HtmlPage(title, text, dated.date(), dated.origin(), source, language);
  }

  private record Dated(String date, String origin) {
    static final Dated NONE = new Dated(null, null);
  }

  /**
   * Each meta tag's content by its lower-cased property, name and itemprop, and by {@code
   * http-equiv:} and its http-equiv; the first tag with a name wins, as a page's later tags tend to
   * describe other things (embeds, teasers).
   */
  private static Map<String, String> metaContents(Document page) {
    Map<String, String> contents = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      String content = blankToNull(meta.attr("content"));
      if (content == null) {
        continue;
      }
      for (String attribute : List.of("property", "name", "itemprop")) {
        String name = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          contents.putIfAbsent(name, content);
        }
      }
      // Kept apart: an http-equiv is a header, not a property ("date" would be the file's).
      String header = meta.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
      if (!header.isEmpty()) {
        contents.putIfAbsent("http-equiv:" + header, content);
      }
    }
    return contents;
  }

  private static String title(
      String ogTitle, Element content, Element body, String titleTag, String siteName) {
    String title = collapsed(ogTitle);
    if (title == null) {
      title = firstHeadline(content);
    }
    if (title == null) {
      title = firstHeadline(body);
    }
    if (title == null) {
      String tag = collapsed(titleTag);
      title = tag == null ? null : PageTitle.withoutSiteName(tag, siteName);
    }
    return title;
  }

  private static String firstHeadline(Element scope) {
    for (Element h1 : scope.select("h1")) {
      String text = collapsed(h1.text());
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static Dated date(
      Map<String, String> meta, JsonLd jsonLd, Element content, Element body) {
    String published = meta.get("article:published_time");
    if (published != null) {
      return new Dated(published, "article:published_time");
    }
    String fromJsonLd = jsonLd.articleDatePublished();
    if (fromJsonLd != null) {
      return new Dated(fromJsonLd, "json-ld");
    }
    // A marked <time> outranks an unmarked one, and the story's own outranks the page's; the page
    // here is already rid of related stories and their dates.
    for (String query : List.of(PUBLICATION_TIME, ANY_TIME)) {
      for (Element scope : List.of(content, body)) {
        String time = firstDatetime(scope, query);
        if (time != null) {
          return new Dated(time, "time");
        }
      }
    }
    for (String name : DATE_META_NAMES) {
      String date = meta.get(name);
      if (date != null) {
        return new Dated(date, "meta");
      }
    }
    return Dated.NONE;
  }

  private static String firstDatetime(Element scope, String query) {
    for (Element time : scope.select(query)) {
      String datetime = blankToNull(time.attr("datetime"));
      if (datetime != null) {
        return datetime;
      }
    }
    return null;
  }

  private static String collapsed(String text) {
    return text == null ? null : blankToNull(WHITESPACE.matcher(text).replaceAll(" "));
  }

  private static String blankToNull(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
