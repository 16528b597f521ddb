package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.DispersionParts;
import corpus.query.FrequencyQuery;
import corpus.query.FrequencyResult;
import corpus.query.FrequencyTable;
import corpus.query.Granularity;
import corpus.query.WordDispersion;
import corpus.query.WordForm;
import corpus.query.lucene.DispersionPart;
import corpus.query.lucene.DispersionTotals;
import corpus.query.lucene.FrequencyParts;
import corpus.query.lucene.TermCount;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A frequency table ({@code freq}) from a cluster's shards, exact: the cluster's tables are the
 * shards' lined up by label and added up, each table's best rows are found by {@link TopRows}, and
 * the forms and dispersion of the rows shown come from a last round, added up as one index's.
 */
final class ClusterFrequencies {
  private final Cluster cluster;

  ClusterFrequencies(Cluster cluster) {
    this.cluster = cluster;
  }

  /** The cluster's tables: every shard's, lined up by label and added up. */
  private record Tables(
      List<String> labels,
      long[] documents,
      long[] tokens,
      List<DispersionTotals> dispersion,
      long outside,
      List<String> languages) {

    static Tables of(FrequencyQuery query, List<FrequencyParts.Facts> shards) {
      Map<String, List<FrequencyParts.Table>> byLabel = new LinkedHashMap<>();
      long outside = 0;
      TreeSet<String> languages = new TreeSet<>();
      for (FrequencyParts.Facts shard : shards) {
        shard
            .tables()
            .forEach(t -> byLabel.computeIfAbsent(t.label(), l -> new ArrayList<>()).add(t));
        outside += shard.outside();
        languages.addAll(shard.languages());
      }
      List<String> labels = new ArrayList<>(byLabel.keySet());
      Map<String, Long> documents = new HashMap<>();
      Map<String, Long> tokens = new HashMap<>();
      Map<String, LocalDate> starts = new HashMap<>();
      byLabel.forEach(
          (label, parts) -> {
            documents.put(label, parts.stream().mapToLong(FrequencyParts.Table::documents).sum());
            tokens.put(label, parts.stream().mapToLong(FrequencyParts.Table::tokens).sum());
            starts.put(label, parts.get(0).start());
          });
      // In the local backend's order: sources by articles then name, periods by calendar.
      if (query.bySource()) {
        labels.sort(
            Comparator.comparing((String label) -> documents.get(label))
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
      } else if (query.by() != Granularity.NONE) {
        labels.sort(Comparator.comparing(starts::get));
      }
      List<DispersionTotals> dispersion = new ArrayList<>();
      for (String label : labels) {
        List<DispersionTotals> parts = new ArrayList<>();
        byLabel.get(label).forEach(t -> parts.add(t.dispersion()));
        dispersion.add(parts.contains(null) ? null : DispersionTotals.join(parts));
      }
      return new Tables(
          labels,
          labels.stream().mapToLong(documents::get).toArray(),
          labels.stream().mapToLong(tokens::get).toArray(),
          dispersion,
          outside,
          List.copyOf(languages));
    }
  }

  FrequencyResult answer(FrequencyQuery query) throws IOException {
    List<FrequencyParts.Facts> facts =
        cluster.askShards(
            Wire.Op.FREQ_FACTS, query, Wire.JSON.constructType(FrequencyParts.Facts.class));
    Tables tables = Tables.of(query, facts);
    List<List<TermCount>> rows =
        new TopRows(query.rows(), query.minCount(), tables.labels().size(), facts.size())
            .find(
                new TopRows.Shards() {
                  @Override
                  public List<List<List<TermCount>>> top(int rows, long[] minCounts)
                      throws IOException {
                    return cluster.askShards(
                        Wire.Op.FREQ_TOP,
                        new Wire.FrequencyTop(
                            query, tables.labels(), tables.languages(), rows, minCounts),
                        tablesOfRows());
                  }

                  @Override
                  public List<List<List<TermCount>>> counts(List<List<List<String>>> missing)
                      throws IOException {
                    return cluster.askEachShard(
                        Wire.Op.FREQ_COUNTS,
                        s -> new Wire.FrequencyCounts(query, tables.labels(), missing.get(s)),
                        tablesOfRows());
                  }
                });
    List<List<List<WordForm>>> forms = new ArrayList<>();
    List<List<WordDispersion>> dispersions = new ArrayList<>();
    shownRows(query, tables, rows, forms, dispersions);
    List<FrequencyTable> result = new ArrayList<>();
    for (int t = 0; t < tables.labels().size(); t++) {
      result.add(
          FrequencyParts.table(
              query,
              tables.labels().get(t),
              tables.documents()[t],
              tables.tokens()[t],
              rows.get(t),
              forms.get(t),
              dispersions.get(t)));
    }
    return FrequencyParts.result(query, result, tables.outside());
  }

  /** A shard's answer of rows: per table, its rows. */
  private static JavaType tablesOfRows() {
    var types = Wire.JSON.getTypeFactory();
    return types.constructCollectionType(
        List.class, types.constructCollectionType(List.class, TermCount.class));
  }

  /** The forms and dispersion of the rows shown, from every shard's parts of them. */
  private void shownRows(
      FrequencyQuery query,
      Tables tables,
      List<List<TermCount>> rows,
      List<List<List<WordForm>>> forms,
      List<List<WordDispersion>> dispersions)
      throws IOException {
    List<FrequencyParts.RowAsk> asks = new ArrayList<>();
    for (int t = 0; t < rows.size(); t++) {
      for (TermCount row : rows.get(t)) {
        asks.add(new FrequencyParts.RowAsk(t, row.term(), row.count()));
      }
    }
    List<List<FrequencyParts.RowPart>> parts = new ArrayList<>();
    // Word sequences have neither forms nor dispersion.
    if (query.ngram() == 1 && !asks.isEmpty()) {
      var types = Wire.JSON.getTypeFactory();
      parts =
          cluster.askShards(
              Wire.Op.FREQ_ROWS,
              new Wire.FrequencyRows(query, tables.labels(), tables.dispersion(), asks),
              types.constructCollectionType(List.class, FrequencyParts.RowPart.class));
    }
    int asked = 0;
    for (int t = 0; t < rows.size(); t++) {
      List<List<WordForm>> tableForms = new ArrayList<>();
      List<WordDispersion> tableDispersions = new ArrayList<>();
      for (TermCount row : rows.get(t)) {
        List<Map<String, Long>> formCounts = new ArrayList<>();
        List<DispersionPart> dispersionParts = new ArrayList<>();
        for (List<FrequencyParts.RowPart> shard : parts) {
          FrequencyParts.RowPart part = shard.get(asked);
          if (part != null) {
            formCounts.add(part.forms());
            dispersionParts.add(part.dispersion());
          }
        }
        asked++;
        tableForms.add(
            query.ngram() == 1
                ? FrequencyParts.forms(row.term(), row.count(), formCounts)
                : List.of());
        tableDispersions.add(
            query.ngram() == 1 && query.parts() != DispersionParts.NONE
                ? FrequencyParts.dispersion(
                    row.count(), tables.dispersion().get(t), dispersionParts)
                : null);
      }
      forms.add(tableForms);
      dispersions.add(tableDispersions);
    }
  }
}
