package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.SearchHit;
import corpus.query.SearchResult;
import java.util.ArrayList;
import java.util.List;

/** {@code search}: one row per hit; in a terminal, each snippet on its own line below its hit. */
public final class SearchLayout implements Layout<SearchResult> {
  @Override
  public Table rows(SearchResult search) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = 1;
    for (SearchHit hit : search.hits()) {
      rows.add(
          row(
              rank++,
              hit.id(),
              hit.path(),
              hit.date(),
              hit.source(),
              hit.score(),
              hit.title(),
              hit.snippet()));
    }
    return new Table(
        null, List.of("rank", "id", "path", "date", "source", "score", "title", "snippet"), rows);
  }

  @Override
  public List<Table> sections(SearchResult search, boolean unicode) {
    List<List<Object>> rows = new ArrayList<>();
    int rank = 1;
    for (SearchHit hit : search.hits()) {
      rows.add(
          row(rank++, hit.date(), hit.score(), hit.source(), hit.id(), hit.title(), hit.snippet()));
    }
    String heading =
        Rows.count(search.totalHits(), "hit")
            + (search.hits().size() < search.totalHits()
                ? ", showing " + search.hits().size()
                : "");
    return List.of(
        new Table(
            heading,
            List.of("rank", "date", "score", "source", "id", "title", "snippet"),
            rows,
            Table.Layout.BLOCKS));
  }
}
