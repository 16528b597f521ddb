package corpus.load.html;

/**
 * What a saved web page says about the article it holds. Every field but {@code text} is null when
 * the page does not say it.
 *
 * @param title the headline, whitespace collapsed
 * @param text the article's own paragraphs, separated by a blank line; "" when none was found
 * @param date the publication date exactly as the page's metadata writes it, only trimmed: the
 *     caller parses it
 * @param dateOrigin where {@code date} came from: {@code article:published_time}, {@code json-ld},
 *     {@code time} or {@code meta}
 * @param source the site or publisher name, trimmed
 * @param language the {@code <html lang>} attribute as written, trimmed; else the content of the
 *     first of the meta tags {@code content-language} (http-equiv), {@code og:locale}, {@code
 *     language}, {@code dc.language}, {@code inLanguage}
 */
public record HtmlPage(
    String title, String text, String date, String dateOrigin, String source, String language) {}
