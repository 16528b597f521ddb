package corpus.query.lucene;

import corpus.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/**
 * An index's live articles in pages by id, from the id doc values alone: what a shard of a cluster
 * sends a long list in, so that no answer holds a whole shard. A page costs one pass over the ids.
 */
public final class IdPages {
  private IdPages() {}

  /** One article of a page: its id, and where it is. */
  public record Article(String id, LeafReaderContext leaf, int doc) {}

  /**
   * @param articles the page's articles, in id order
   * @param last the last id of the page: the next page starts after it
   * @param done no article follows
   */
  public record Page(List<Article> articles, String last, boolean done) {}

  /** Which articles a list holds. */
  public interface Filter {
    boolean holds(LeafReaderContext leaf, int doc) throws IOException;
  }

  /**
   * The next {@code size} articles the filter holds, by id, after {@code after}.
   *
   * @param after the last id of the previous page, or null for the first page
   */
  public static Page next(IndexReader reader, Filter filter, String after, int size)
      throws IOException {
    return next(reader, Schema.ID, filter, after, size);
  }

  /**
   * The next {@code size} articles the filter holds, by the value of a sorted doc-values field that
   * is unique to each article (a cluster's key).
   *
   * @param after the last value of the previous page, or null for the first page
   */
  public static Page next(IndexReader reader, String field, Filter filter, String after, int size)
      throws IOException {
    // The size smallest ids after the previous page's, the largest on top to be dropped first.
    PriorityQueue<Article> smallest =
        new PriorityQueue<>(Comparator.comparing(Article::id).reversed());
    long following = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      SortedDocValues ids = DocValues.getSorted(leaf.reader(), field);
      for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
        if ((live != null && !live.get(doc)) || !filter.holds(leaf, doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        if (after == null || id.compareTo(after) > 0) {
          following++;
          smallest.add(new Article(id, leaf, doc));
          if (smallest.size() > size) {
            smallest.poll();
          }
        }
      }
    }
    List<Article> page = new ArrayList<>(smallest);
    page.sort(Comparator.comparing(Article::id));
    String last = page.isEmpty() ? after : page.get(page.size() - 1).id();
    return new Page(List.copyOf(page), last, following <= size);
  }
}
