package corpus.query;

import java.util.List;

/** Articles in id order. */
public record DocumentList(List<DocumentInfo> documents) implements Result {}
