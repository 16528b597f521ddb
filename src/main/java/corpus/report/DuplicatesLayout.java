package corpus.report;

import static corpus.report.Rows.row;

import corpus.query.DuplicateGroupList;
import java.util.ArrayList;
import java.util.List;

/** {@code dups}: one row per article of each group listed, the canonical article first. */
public final class DuplicatesLayout implements Layout<DuplicateGroupList> {
  private static final List<String> COLUMNS =
      List.of("group", "size", "canonical", "id", "date", "source", "similarity", "title");

  @Override
  public Table rows(DuplicateGroupList list) {
    List<List<Object>> rows = new ArrayList<>();
    int number = 0;
    for (DuplicateGroupList.Group group : list.groups()) {
      number++;
      for (DuplicateGroupList.Member m : group.members()) {
        rows.add(
            row(
                number,
                group.size(),
                m.canonical(),
                m.id(),
                m.date(),
                m.source(),
                m.similarity(),
                m.title()));
      }
    }
    return new Table(null, COLUMNS, rows);
  }

  /** A summary, then one small table per group, headed by its size and canonical title. */
  @Override
  public List<Table> sections(DuplicateGroupList list, boolean unicode) {
    List<Table> tables = new ArrayList<>();
    tables.add(
        new Table(
            "near-duplicates (exact Jaccard of 5-word shingles ≥ "
                + Numbers.plain(list.threshold()).toPlainString()
                + ")",
            Rows.NAME_VALUE,
            Rows.figures(
                List.of(
                    Rows.figure("articles", list.articles()),
                    Rows.figure("groups", list.groupsTotal()),
                    Rows.figure("articles_in_groups", list.articlesInGroups()),
                    Rows.figure("copies", list.copies())))));
    int number = 0;
    for (DuplicateGroupList.Group group : list.groups()) {
      number++;
      List<List<Object>> rows = new ArrayList<>();
      for (DuplicateGroupList.Member m : group.members()) {
        rows.add(
            row(m.canonical() ? "*" : "", m.id(), m.date(), m.source(), m.similarity(), m.title()));
      }
      tables.add(
          new Table(
              "group " + number + ": " + Rows.count(group.size(), "article"),
              List.of("", "id", "date", "source", "similarity", "title"),
              rows));
    }
    return tables;
  }
}
