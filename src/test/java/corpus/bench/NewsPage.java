package corpus.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The generator's HTML shape: a speech as a saved news page, with what such a page has around its
 * story, so the tool's extractor does its real work: metadata in {@code <head>} ({@code og:title},
 * {@code og:site_name}, {@code article:published_time}), an inline stylesheet and analytics
 * scripts, a site header with a menu, a cookie banner, the {@code <article>} with its headline, a
 * byline and the text in paragraphs, an aside of related stories and a footer.
 *
 * <p>The page is lean by today's standards (about 4 KB around the story; many sites ship ten times
 * that in inline scripts), so it measures the extractor more than the parser's speed on scripts.
 */
final class NewsPage {

  /** Outlets, made up, each with its web address; the generator picks one per article. */
  static final String[] OUTLETS = {
    "The Brussels Review",
    "Europe Daily",
    "Strasbourg Courier",
    "Le Journal européen",
    "Nordic Wire",
    "Agencia Europa",
  };

  private static final String[] DOMAINS = {
    "brusselsreview.example",
    "europedaily.example",
    "strasbourgcourier.example",
    "journal-europeen.example",
    "nordicwire.example",
    "agenciaeuropa.example",
  };

  private static final String[] SECTIONS = {
    "Politics", "Economy", "World", "Climate", "Technology", "Culture", "Opinion", "Sport"
  };

  private static final String[] AUTHORS = {
    "Anna Kowalska", "Pieter de Vries", "Sofia Andersson", "Luca Bianchi", "Staff reporter",
  };

  /** How many related stories the aside lists. */
  static final int RELATED = 5;

  /** Paragraph breaks in the source: runs of spaces where the speech's paragraphs were joined. */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s{2,}");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  /** Later passes shuffle sentences into one run; pages break them into paragraphs this long. */
  private static final int SENTENCES_PER_PARAGRAPH = 4;

  private static final String STYLE =
      """
      <style>
      :root{--ink:#1a1a1a;--accent:#b3002d;--muted:#6b6b6b;--rule:#e2e2e2}
      *{box-sizing:border-box}body{margin:0;font:16px/1.6 Georgia,serif;color:var(--ink)}
      .site-header{display:flex;align-items:center;gap:2rem;padding:.75rem 1.5rem;border-bottom:1px solid var(--rule)}
      .logo{font:700 1.5rem/1 Helvetica,Arial,sans-serif;color:var(--accent);text-decoration:none}
      .main-nav ul{display:flex;gap:1.25rem;list-style:none;margin:0;padding:0}
      .main-nav a{color:var(--ink);text-decoration:none;font-family:Helvetica,Arial,sans-serif}
      .cookie-banner{position:fixed;bottom:0;left:0;right:0;padding:1rem;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.15)}
      main{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:3rem;max-width:1100px;margin:2rem auto}
      article h1{font-size:2.4rem;line-height:1.15;margin:0 0 1rem}
      .byline{color:var(--muted);font:.9rem Helvetica,Arial,sans-serif}
      aside h2{font:700 1rem Helvetica,Arial,sans-serif;text-transform:uppercase}
      .site-footer{border-top:1px solid var(--rule);padding:2rem 1.5rem;color:var(--muted)}
      @media (max-width:800px){main{grid-template-columns:1fr}.main-nav{display:none}}
      </style>
      """;

  private NewsPage() {}

  /**
   * The page of one article.
   *
   * @param outlet which of {@link #OUTLETS}
   * @param related titles of the stories published just before, newest first
   * @param n the article's number, for its address
   * @param random the article's own random numbers: its section, author and time of day
   */
  static String html(
      String title,
      LocalDate date,
      String text,
      int outlet,
      Collection<String> related,
      int n,
      Random random) {
    String site = OUTLETS[outlet];
    String domain = DOMAINS[outlet];
    String section = SECTIONS[random.nextInt(SECTIONS.length)];
    String author = AUTHORS[random.nextInt(AUTHORS.length)];
    // Central European time, summer or winter: never near midnight, so no zone moves the day.
    String zone = date.getMonthValue() >= 4 && date.getMonthValue() <= 10 ? "+02:00" : "+01:00";
    String published =
        String.format(
            Locale.ROOT,
            "%sT%02d:%02d:00%s",
            date,
            7 + random.nextInt(13),
            random.nextInt(60),
            zone);
    String url =
        String.format(
            Locale.ROOT,
            "https://www.%s/%s/%d/%02d/story-%d",
            domain,
            section.toLowerCase(Locale.ROOT),
            date.getYear(),
            date.getMonthValue(),
            n);
    String description = text.length() > 160 ? text.substring(0, 160).strip() + "…" : text;

    StringBuilder page = new StringBuilder(text.length() + 6_000);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(escape(title))
        .append(" | ")
        .append(escape(site))
        .append("</title>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    meta(page, "name", "description", description);
    meta(page, "property", "og:type", "article");
    meta(page, "property", "og:title", title);
    meta(page, "property", "og:site_name", site);
    meta(page, "property", "og:url", url);
    meta(page, "property", "article:published_time", published);
    meta(page, "property", "article:section", section);
    meta(page, "name", "twitter:card", "summary_large_image");
    page.append("<link rel=\"canonical\" href=\"")
        .append(url)
        .append("\">\n<link rel=\"stylesheet\" href=\"/static/css/site.3f9a1c.css\">\n")
        .append(STYLE)
        .append("<script>\nwindow.dataLayer = window.dataLayer || [];\n")
        .append("function gtag(){dataLayer.push(arguments);}\n")
        .append("gtag('js', new Date());\ngtag('config', 'G-")
        .append(Integer.toHexString(domain.hashCode()).toUpperCase(Locale.ROOT))
        .append("', { anonymize_ip: true, content_group: '")
        .append(section.toLowerCase(Locale.ROOT))
        .append("' });\n")
        .append("(function(){var s=document.createElement('script');s.async=true;")
        .append("s.src='https://cdn.")
        .append(domain)
        .append("/js/consent.min.js?v=20261';document.head.appendChild(s);})();\n")
        .append("</script>\n</head>\n<body class=\"article-page section-")
        .append(section.toLowerCase(Locale.ROOT))
        .append("\">\n");

    page.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(escape(site))
        .append("</a>\n<nav class=\"main-nav\" aria-label=\"Main\">\n<ul>\n");
    for (String menu : SECTIONS) {
      page.append("<li><a href=\"/")
          .append(menu.toLowerCase(Locale.ROOT))
          .append("\">")
          .append(menu)
          .append("</a></li>\n");
    }
    page.append("</ul>\n</nav>\n</header>\n");

    page.append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\">\n")
        .append("<p>We and our partners use cookies to personalise content and ads, to provide")
        .append(" social media features and to analyse our traffic. You can change your choice")
        .append(" at any time under Privacy settings.</p>\n")
        .append("<button type=\"button\" class=\"accept\">Accept all</button>\n")
        .append("<button type=\"button\" class=\"manage\">Manage settings</button>\n</div>\n");

    page.append("<main>\n<article>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<p class=\"byline\">By <a href=\"/authors/")
        .append(author.toLowerCase(Locale.ROOT).replace(' ', '-'))
        .append("\">")
        .append(author)
        .append("</a>, <time datetime=\"")
        .append(published)
        .append("\">")
        .append(date.getDayOfMonth())
        .append(' ')
        .append(date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .append(' ')
        .append(date.getYear())
        .append("</time></p>\n");
    for (String paragraph : paragraphs(text)) {
      page.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    page.append("</article>\n");

    page.append("<aside class=\"related\">\n<h2>Related stories</h2>\n<ul>\n");
    int i = 0;
    for (String other : related) {
      page.append("<li><a href=\"/")
          .append(section.toLowerCase(Locale.ROOT))
          .append("/story-")
          .append(n - ++i)
          .append("\">")
          .append(escape(other))
          .append("</a></li>\n");
    }
    page.append("</ul>\n</aside>\n</main>\n");

    page.append("<footer class=\"site-footer\">\n<ul>\n")
        .append("<li><a href=\"/about\">About us</a></li>\n")
        .append("<li><a href=\"/contact\">Contact</a></li>\n")
        .append("<li><a href=\"/privacy\">Privacy policy</a></li>\n")
        .append("<li><a href=\"/terms\">Terms of use</a></li>\n")
        .append("<li><a href=\"/newsletters\">Newsletters</a></li>\n</ul>\n<p>© ")
        .append(date.getYear())
        .append(' ')
        .append(escape(site))
        .append(". All rights reserved.</p>\n</footer>\n")
        .append("<script src=\"/static/js/site.8d41e2.js\" defer></script>\n")
        .append("</body>\n</html>\n");
    return page.toString();
  }

  /**
   * The speech's own paragraphs; a long run of sentences (later passes shuffle a speech into one)
   * is broken every {@value #SENTENCES_PER_PARAGRAPH} sentences.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String block : PARAGRAPH_BREAK.split(text.strip())) {
      String[] sentences = SENTENCE_END.split(block);
      for (int from = 0; from < sentences.length; from += SENTENCES_PER_PARAGRAPH) {
        int to = Math.min(sentences.length, from + SENTENCES_PER_PARAGRAPH);
        String paragraph = String.join(" ", List.of(sentences).subList(from, to)).strip();
        if (!paragraph.isEmpty()) {
          paragraphs.add(paragraph);
        }
      }
    }
    return paragraphs;
  }

  private static void meta(StringBuilder page, String attribute, String name, String content) {
    page.append("<meta ")
        .append(attribute)
        .append("=\"")
        .append(name)
        .append("\" content=\"")
        .append(escape(content))
        .append("\">\n");
  }

  /** Text for an element or a quoted attribute. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
