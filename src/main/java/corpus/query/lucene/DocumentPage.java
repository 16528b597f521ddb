package corpus.query.lucene;

import corpus.query.DocumentInfo;
import java.util.List;

/**
 * One page of a shard's listing of articles, in id order.
 *
 * @param documents the articles of the page the question keeps (fewer than the page's ids when it
 *     leaves some out)
 * @param last the last id the page covered: the next page starts after it
 * @param done no id follows: this was the shard's last page
 */
public record DocumentPage(List<DocumentInfo> documents, String last, boolean done) {
  public DocumentPage {
    documents = List.copyOf(documents);
  }
}
