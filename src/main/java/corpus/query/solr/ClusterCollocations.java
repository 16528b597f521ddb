package corpus.query.solr;

import com.fasterxml.jackson.databind.JavaType;
import corpus.query.CollocateChange;
import corpus.query.CollocateComparison;
import corpus.query.CollocateComparisonQuery;
import corpus.query.CollocateRow;
import corpus.query.CollocateTable;
import corpus.query.CollocatesQuery;
import corpus.query.CollocatesResult;
import corpus.query.FrequencyQuery;
import corpus.query.Granularity;
import corpus.query.lucene.CollocationParts;
import corpus.query.lucene.FrequencyParts;
import corpus.query.lucene.NodeWindows;
import corpus.query.lucene.TermCount;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The collocates of a node ({@code collocates}) from a cluster's shards, exact. A window lies in
 * one article, so the shards' windows add up to the cluster's; each candidate's frequency in the
 * tables is then counted by every shard (a frequency question over the same articles), and the rows
 * are ranked by the local backend's code. A comparison of two sets is answered the same way, set by
 * set.
 */
final class ClusterCollocations {
  private final Cluster cluster;

  ClusterCollocations(Cluster cluster) {
    this.cluster = cluster;
  }

  CollocatesResult answer(CollocatesQuery query) throws IOException {
    List<CollocationParts.Tables> shards =
        cluster.askShards(
            Wire.Op.COLLOCATE_WINDOWS,
            query,
            Wire.JSON.constructType(CollocationParts.Tables.class));
    Map<String, List<CollocationParts.Table>> byLabel = new LinkedHashMap<>();
    Map<String, LocalDate> starts = new HashMap<>();
    long outside = 0;
    for (CollocationParts.Tables shard : shards) {
      for (CollocationParts.Table table : shard.tables()) {
        byLabel.computeIfAbsent(table.label(), label -> new ArrayList<>()).add(table);
        starts.put(table.label(), table.start());
      }
      outside += shard.outside();
    }
    List<String> labels = new ArrayList<>(byLabel.keySet());
    if (query.by() != Granularity.NONE) {
      labels.sort(Comparator.comparing(starts::get));
    }
    List<NodeWindows> windows = new ArrayList<>();
    List<List<String>> candidates = new ArrayList<>();
    for (String label : labels) {
      List<NodeWindows> parts = new ArrayList<>();
      byLabel.get(label).forEach(table -> parts.add(table.windows()));
      NodeWindows table = NodeWindows.sum(parts);
      windows.add(table);
      candidates.add(List.copyOf(CollocationParts.candidates(query, table)));
    }
    FrequencyQuery sameTables = CollocationParts.tablesOf(query);
    List<Map<String, Long>> frequencies = frequencies(sameTables, labels, candidates);
    List<List<CollocateRow>> ranked = new ArrayList<>();
    List<FrequencyParts.RowAsk> asks = new ArrayList<>();
    for (int t = 0; t < labels.size(); t++) {
      long tokens = sum(byLabel.get(labels.get(t)), CollocationParts.Table::tokens);
      Map<String, Long> ofTable = frequencies.get(t);
      List<CollocateRow> rows =
          CollocationParts.ranked(
              query, windows.get(t), tokens, word -> ofTable.getOrDefault(word, 0L));
      ranked.add(rows);
      for (CollocateRow row : rows) {
        asks.add(new FrequencyParts.RowAsk(t, row.collocate(), row.collocateFrequency()));
      }
    }
    List<List<FrequencyParts.RowPart>> forms =
        asks.isEmpty()
            ? List.of()
            : cluster.askShards(
                Wire.Op.FREQ_ROWS,
                new Wire.FrequencyRows(
                    sameTables, labels, Collections.nCopies(labels.size(), null), asks),
                Wire.JSON
                    .getTypeFactory()
                    .constructCollectionType(List.class, FrequencyParts.RowPart.class));
    List<CollocateTable> tables = new ArrayList<>();
    int asked = 0;
    for (int t = 0; t < labels.size(); t++) {
      List<CollocateRow> shown = new ArrayList<>();
      for (CollocateRow row : ranked.get(t)) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (List<FrequencyParts.RowPart> shard : forms) {
          if (shard.get(asked) != null) {
            counts.add(shard.get(asked).forms());
          }
        }
        asked++;
        shown.add(
            CollocationParts.shown(
                row, FrequencyParts.forms(row.collocate(), row.collocateFrequency(), counts)));
      }
      List<CollocationParts.Table> parts = byLabel.get(labels.get(t));
      tables.add(
          new CollocateTable(
              labels.get(t),
              sum(parts, CollocationParts.Table::documents),
              windows.get(t).nodeFrequency(),
              windows.get(t).windowTokens(),
              sum(parts, CollocationParts.Table::tokens),
              shown));
    }
    return new CollocatesResult(query.node(), query.sort().label(), tables, outside);
  }

  CollocateComparison answer(CollocateComparisonQuery query) throws IOException {
    List<CollocationParts.Sets> shards =
        cluster.askShards(
            Wire.Op.COLLOCATE_SETS, query, Wire.JSON.constructType(CollocationParts.Sets.class));
    List<CollocationParts.SetWindows> aParts = new ArrayList<>();
    List<CollocationParts.SetWindows> bParts = new ArrayList<>();
    shards.forEach(
        shard -> {
          aParts.add(shard.a());
          bParts.add(shard.b());
        });
    CollocationParts.SetWindows a = sumOf(aParts);
    CollocationParts.SetWindows b = sumOf(bParts);
    Set<String> candidates = CollocationParts.candidates(query, a.windows(), b.windows());
    List<String> words = List.copyOf(candidates);
    Map<String, Long> inA = wholeTable(CollocationParts.tableOf(query.a()), words);
    Map<String, Long> inB = wholeTable(CollocationParts.tableOf(query.b()), words);
    List<List<CollocateChange>> changes =
        CollocationParts.changes(
            query,
            a,
            b,
            candidates,
            word -> inA.getOrDefault(word, 0L),
            word -> inB.getOrDefault(word, 0L));
    List<String> shownWords = new ArrayList<>();
    changes.forEach(side -> side.forEach(change -> shownWords.add(change.collocate())));
    var types = Wire.JSON.getTypeFactory();
    List<List<Map<String, Long>>> forms =
        shownWords.isEmpty()
            ? List.of()
            : cluster.askShards(
                Wire.Op.COLLOCATE_FORMS,
                new Wire.CollocateForms(query, shownWords),
                types.constructCollectionType(
                    List.class, types.constructMapType(Map.class, String.class, Long.class)));
    List<List<CollocateChange>> shown = new ArrayList<>();
    int asked = 0;
    for (List<CollocateChange> side : changes) {
      List<CollocateChange> withForms = new ArrayList<>();
      for (CollocateChange change : side) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (List<Map<String, Long>> shard : forms) {
          counts.add(shard.get(asked));
        }
        asked++;
        withForms.add(
            CollocationParts.shown(
                change,
                FrequencyParts.forms(
                    change.collocate(), CollocationParts.formsFrequency(change), counts)));
      }
      shown.add(withForms);
    }
    return new CollocateComparison(
        query.node(),
        query.sort().label(),
        CollocationParts.shown(a),
        CollocationParts.shown(b),
        shown.get(0),
        shown.get(1));
  }

  private static CollocationParts.SetWindows sumOf(List<CollocationParts.SetWindows> parts) {
    List<NodeWindows> windows = new ArrayList<>();
    parts.forEach(part -> windows.add(part.windows()));
    return new CollocationParts.SetWindows(
        parts.stream().mapToLong(CollocationParts.SetWindows::documents).sum(),
        parts.stream().mapToLong(CollocationParts.SetWindows::tokens).sum(),
        NodeWindows.sum(windows));
  }

  /** Each word's frequency in a set's articles (one table, of the whole set). */
  private Map<String, Long> wholeTable(FrequencyQuery set, List<String> words) throws IOException {
    List<String> whole = new ArrayList<>();
    whole.add(null);
    return frequencies(set, whole, List.of(words)).get(0);
  }

  /** Per table, each word's frequency in the table's articles, added up over the shards. */
  private List<Map<String, Long>> frequencies(
      FrequencyQuery tables, List<String> labels, List<List<String>> words) throws IOException {
    List<Map<String, Long>> frequencies = new ArrayList<>();
    labels.forEach(label -> frequencies.add(new HashMap<>()));
    if (words.stream().allMatch(List::isEmpty)) {
      return frequencies;
    }
    var types = Wire.JSON.getTypeFactory();
    JavaType rows =
        types.constructCollectionType(
            List.class, types.constructCollectionType(List.class, TermCount.class));
    List<List<List<TermCount>>> shards =
        cluster.askShards(
            Wire.Op.FREQ_COUNTS, new Wire.FrequencyCounts(tables, labels, words), rows);
    for (List<List<TermCount>> shard : shards) {
      for (int t = 0; t < shard.size(); t++) {
        Map<String, Long> table = frequencies.get(t);
        shard.get(t).forEach(row -> table.merge(row.term(), row.count(), Long::sum));
      }
    }
    return frequencies;
  }

  private static long sum(
      List<CollocationParts.Table> parts, ToLongFunction<CollocationParts.Table> value) {
    return parts.stream().mapToLong(value).sum();
  }
}
