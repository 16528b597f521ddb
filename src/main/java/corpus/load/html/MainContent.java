package corpus.load.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Chooses the element that holds the article, in a page already rid of its surroundings. */
final class MainContent {

  private MainContent() {}

  /**
   * The {@code <article>} with the most paragraph text; else the first {@code <main>} or {@code
   * [role=main]}; else the densest block of paragraphs; else the body. Empty candidates are passed
   * over: an empty {@code <article>} is a placeholder, not the story.
   */
  static Element of(Element body) {
    Element article = mostParagraphText(body.select("article"));
    if (article != null) {
      return article;
    }
    for (Element main : body.select("main, [role=main]")) {
      if (!main.text().isEmpty()) {
        return main;
      }
    }
    Element densest = densestParagraphs(body);
    return densest == null ? body : densest;
  }

  /** Ties go to the first in the page, so an article wins over the same text nested in it. */
  private static Element mostParagraphText(List<Element> candidates) {
    Element best = null;
    long bestParagraphs = 0;
    long bestAll = 0;
    for (Element candidate : candidates) {
      long paragraphs = 0;
      for (Element paragraph : candidate.select("p")) {
        paragraphs += paragraph.text().length();
      }
      long all = candidate.text().length();
      // Paragraph text decides; all text only separates articles written without <p>.
      if (paragraphs > bestParagraphs || (paragraphs == bestParagraphs && all > bestAll)) {
        best = candidate;
        bestParagraphs = paragraphs;
        bestAll = all;
      }
    }
    return best;
  }

  /**
   * The element whose direct {@code <p>} children hold the most text that is not link text: the
   * story's paragraphs sit side by side, while lists of other stories are mostly links.
   */
  private static Element densestParagraphs(Element body) {
    Map<Element, Integer> scores = new IdentityHashMap<>();
    List<Element> inPageOrder = new ArrayList<>();
    for (Element paragraph : body.select("p")) {
      Element parent = paragraph.parent();
      if (parent == null) {
        continue;
      }
      if (!scores.containsKey(parent)) {
        inPageOrder.add(parent);
      }
      int score = paragraph.text().length() - Boilerplate.linkTextLength(paragraph);
      scores.merge(parent, score, Integer::sum);
    }
    Element best = null;
    int bestScore = 0;
    for (Element candidate : inPageOrder) {
      if (scores.get(candidate) > bestScore) {
        best = candidate;
        bestScore = scores.get(candidate);
      }
    }
    return best;
  }
}
