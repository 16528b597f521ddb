package corpus.query;

import java.util.List;

/**
 * A passage of an article with the matched words located; how they are marked is up to the renderer
 * (tags in JSON, colour in a terminal).
 *
 * @param marks non-overlapping, in order
 */
public record Snippet(String text, List<Span> marks) {
  /** Characters [start, end) of the snippet text. */
  public record Span(int start, int end) {}
}
