package corpus.query.lucene;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts word sequences (n-grams) table by table, exactly, within a memory budget. Counts gather in
 * one hash map per table until their estimated size reaches the budget; then every entry is sorted
 * by (sequence, table) and written to a run file, and the maps start again. At the end the runs and
 * what is left in memory are merged in that order (an external merge sort, as in Knuth, TAOCP vol.
 * 3, 5.4.1), equal keys summed, so each sequence reaches the sink once per table with its whole
 * count; and since a sequence's entries of every table come out together, {@link #forEachSequence}
 * can hand over its counts in all tables at once (compare's sets A and B).
 *
 * <p>A sequence's documents stay exact across runs: the caller marks only an article's first
 * occurrence of a sequence as a new document, and that mark lands in exactly one run.
 *
 * <p>Run files go to a folder of temporary files and are deleted when merged and by {@link #close},
 * also after a failure.
 */
final class SequenceCount implements Closeable {
  /** Runs merged at once; more are first merged into fewer (buffers and open files stay few). */
  static final int FAN_IN = 64;

  /** What the files are called, so a look at the folder can find (and count) them. */
  static final String PREFIX = "corpus-ngrams-";

  /** Bytes of buffer per run file read or written. */
  private static final int BUFFER = 1 << 16;

  /**
   * Estimated heap bytes of one entry besides its characters: the string and its array headers, the
   * map's node and slot, the counts' array.
   */
  private static final long ENTRY_BYTES = 120;

  /** The merged entries, one per (table, sequence). */
  interface Sink {
    void accept(int table, String sequence, long count, long documents) throws IOException;
  }

  /** Each sequence once, with its count and documents in every table (0 where it was not seen). */
  interface AcrossTables {
    void accept(String sequence, long[] counts, long[] documents) throws IOException;
  }

  private final List<Map<String, long[]>> perTable = new ArrayList<>();
  private final long budget;
  private final Path folder;
  private final List<Path> runs = new ArrayList<>();
  private final List<Path> created = new ArrayList<>();
  private long estimated;
  private int spills;

  /**
   * @param tables how many tables the counts are kept in
   * @param budget estimated heap bytes the counts may take before they are spilled to disk
   * @param folder where run files are written
   */
  SequenceCount(int tables, long budget, Path folder) {
    if (budget < 1) {
      throw new IllegalArgumentException("budget must be positive, not " + budget);
    }
    this.budget = budget;
    this.folder = folder;
    for (int t = 0; t < tables; t++) {
      perTable.add(new HashMap<>());
    }
  }

  /** A quarter of the heap the JVM may grow to, in the system's folder of temporary files. */
  static SequenceCount withDefaults(int tables) {
    return new SequenceCount(
        tables,
        Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 4),
        Path.of(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Counts one occurrence of a sequence.
   *
   * @param newDocument whether this is the sequence's first occurrence in its article
   */
  void add(int table, String sequence, boolean newDocument) throws IOException {
    long[] countAndDocuments = perTable.get(table).get(sequence);
    if (countAndDocuments == null) {
      countAndDocuments = new long[2];
      perTable.get(table).put(sequence, countAndDocuments);
      estimated += ENTRY_BYTES + 2L * sequence.length();
    }
    countAndDocuments[0]++;
    if (newDocument) {
      countAndDocuments[1]++;
    }
    if (estimated >= budget) {
      spill();
    }
  }

  /** Run files written so far. */
  int spills() {
    return spills;
  }

  /**
   * Hands every (table, sequence) to the sink once, with its count and documents summed over all
   * runs. Without a run, the maps are handed over as they are, in no order.
   */
  void forEach(Sink sink) throws IOException {
    if (runs.isEmpty()) {
      for (int t = 0; t < perTable.size(); t++) {
        for (Map.Entry<String, long[]> entry : perTable.get(t).entrySet()) {
          sink.accept(t, entry.getKey(), entry.getValue()[0], entry.getValue()[1]);
        }
      }
      return;
    }
    mergeEverything(sink);
  }

  /**
   * Hands every sequence to the sink once, in sequence order, with its count and documents in each
   * table summed over all runs: one row per sequence however many tables it was counted in.
   */
  void forEachSequence(AcrossTables sink) throws IOException {
    Gathering gathering = new Gathering(perTable.size(), sink);
    mergeEverything(gathering);
    gathering.flush();
  }

  /**
   * Merges the runs, first into at most {@link #FAN_IN}, then with what is in memory into the sink,
   * in (sequence, table) order.
   */
  private void mergeEverything(Sink sink) throws IOException {
    while (runs.size() > FAN_IN) {
      List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
      runs.subList(0, FAN_IN).clear();
      Path merged = newRun();
      try (RunWriter writer = new RunWriter(merged)) {
        List<Source> sources = new ArrayList<>();
        for (Path run : group) {
          sources.add(new RunReader(run));
        }
        merge(sources, writer::write);
      }
      for (Path run : group) {
        delete(run);
      }
      runs.add(merged);
    }
    List<Source> sources = new ArrayList<>();
    for (Path run : runs) {
      sources.add(new RunReader(run));
    }
    sources.addAll(inMemory());
    merge(sources, sink);
  }

  /** Deletes every run file still there. */
  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (Path file : created) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    created.clear();
    runs.clear();
    if (failure != null) {
      throw failure;
    }
  }

  private void spill() throws IOException {
    Path run = newRun();
    try (RunWriter writer = new RunWriter(run)) {
      merge(inMemory(), writer::write);
    }
    runs.add(run);
    spills++;
    for (Map<String, long[]> counts : perTable) {
      counts.clear();
    }
    estimated = 0;
  }

  private Path newRun() throws IOException {
    Path run = Files.createTempFile(folder, PREFIX, ".run");
    created.add(run);
    return run;
  }

  private void delete(Path run) throws IOException {
    Files.deleteIfExists(run);
    created.remove(run);
  }

  /** One source per table that has entries in memory, of them sorted by sequence. */
  private List<Source> inMemory() {
    List<Source> sources = new ArrayList<>();
    for (int t = 0; t < perTable.size(); t++) {
      if (perTable.get(t).isEmpty()) {
        continue; // many tables (--by day) may have nothing since the last spill
      }
      @SuppressWarnings("unchecked")
      Map.Entry<String, long[]>[] entries = perTable.get(t).entrySet().toArray(new Map.Entry[0]);
      Arrays.sort(entries, Map.Entry.comparingByKey());
      sources.add(new MemorySource(t, entries));
    }
    return sources;
  }

  /** Merges sources sorted by (sequence, table), summing equal keys, and closes them. */
  private static void merge(List<Source> sources, Sink sink) throws IOException {
    PriorityQueue<Source> queue = new PriorityQueue<>(Math.max(1, sources.size()), SOURCE_ORDER);
    try {
      for (Source source : sources) {
        if (source.next()) {
          queue.add(source);
        }
      }
      while (!queue.isEmpty()) {
        Source head = queue.poll();
        int table = head.table;
        String sequence = head.sequence;
        long count = head.count;
        long documents = head.documents;
        advance(head, queue);
        while (!queue.isEmpty()
            && queue.peek().table == table
            && queue.peek().sequence.equals(sequence)) {
          Source same = queue.poll();
          count += same.count;
          documents += same.documents;
          advance(same, queue);
        }
        sink.accept(table, sequence, count, documents);
      }
    } finally {
      for (Source source : sources) {
        source.close();
      }
    }
  }

  private static void advance(Source source, PriorityQueue<Source> queue) throws IOException {
    if (source.next()) {
      queue.add(source);
    }
  }

  /** By sequence, then table: a sequence's entries of every table come out one after another. */
  private static final Comparator<Source> SOURCE_ORDER =
      Comparator.<Source, String>comparing(source -> source.sequence)
          .thenComparingInt(source -> source.table);

  /**
   * Gathers the merged entries of one sequence, which come one after another, into one row per
   * sequence.
   */
  private static final class Gathering implements Sink {
    private final AcrossTables sink;
    private final long[] counts;
    private final long[] documents;
    private String sequence;

    Gathering(int tables, AcrossTables sink) {
      this.sink = sink;
      this.counts = new long[tables];
      this.documents = new long[tables];
    }

    @Override
    public void accept(int table, String next, long count, long inDocuments) throws IOException {
      if (sequence != null && !sequence.equals(next)) {
        flush();
      }
      sequence = next;
      counts[table] = count;
      documents[table] = inDocuments;
    }

    /** Hands over the sequence gathered last, if any. */
    void flush() throws IOException {
      if (sequence == null) {
        return;
      }
      sink.accept(sequence, counts.clone(), documents.clone());
      Arrays.fill(counts, 0);
      Arrays.fill(documents, 0);
      sequence = null;
    }
  }

  /** Entries in (sequence, table) order, one at a time in its fields. */
  private abstract static class Source implements Closeable {
    int table;
    String sequence;
    long count;
    long documents;

    /**
     * @return whether there was another entry
     */
    abstract boolean next() throws IOException;

    @Override
    public void close() throws IOException {}
  }

  /** One table's entries in memory, sorted by sequence. */
  private static final class MemorySource extends Source {
    private final Map.Entry<String, long[]>[] entries;
    private int i = -1;

    MemorySource(int table, Map.Entry<String, long[]>[] entries) {
      this.table = table;
      this.entries = entries;
    }

    @Override
    boolean next() {
      if (++i >= entries.length) {
        return false;
      }
      sequence = entries[i].getKey();
      count = entries[i].getValue()[0];
      documents = entries[i].getValue()[1];
      return true;
    }
  }

  /** Record: table (int), length of the UTF-8 sequence (int), its bytes, count, documents. */
  private static final class RunReader extends Source {
    private final DataInputStream in;

    RunReader(Path run) throws IOException {
      this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), BUFFER));
    }

    @Override
    boolean next() throws IOException {
      int nextTable;
      try {
        nextTable = in.readInt();
      } catch (EOFException end) {
        return false;
      }
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      table = nextTable;
      sequence = new String(bytes, StandardCharsets.UTF_8);
      count = in.readLong();
      documents = in.readLong();
      return true;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final class RunWriter implements Closeable {
    private final DataOutputStream out;

    RunWriter(Path run) throws IOException {
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), BUFFER));
    }

    void write(int table, String sequence, long count, long documents) throws IOException {
      byte[] bytes = sequence.getBytes(StandardCharsets.UTF_8);
      out.writeInt(table);
      out.writeInt(bytes.length);
      out.write(bytes);
      out.writeLong(count);
      out.writeLong(documents);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
