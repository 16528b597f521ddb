package corpus.query;

/** Hit order. Every order ends with the article id, so equal keys still come out the same way. */
public enum SearchSort {
  RELEVANCE("relevance"),
  DATE("date"),
  DATE_DESCENDING("-date");

  private final String label;

  SearchSort(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
