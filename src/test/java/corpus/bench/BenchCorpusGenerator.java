package corpus.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a benchmark corpus: one article file per Europarl speech ({@link EuroparlLines}), each
 * with its real date, until the files add up to the size asked for.
 *
 * <p>Each article carries its date in one of the three ways the tool's loader reads, rotating from
 * file to file: a {@code date} header ({@link Style#HEADER}), the file name ({@link
 * Style#FILENAME}) or a wire dateline ({@link Style#DATELINE}). Files go into {@code YYYY/MM/}
 * folders (at most a few hundred files each per pass over the source), and names outside the
 * file-name style hold no date the loader could read: {@code ep000012345.txt}, digits glued to
 * letters.
 *
 * <p>After the first pass over the source (about 21 MB) the speeches come again with two
 * deterministic changes, so sizes and dates stay realistic: the year moves on by a shift that
 * cycles through 0, 15, 14, ..., 1 years (February 29 becomes February 28 in a year that is not a
 * leap year) and the sentences are shuffled. Every date stays within {@value #FIRST_YEAR}-{@value
 * #LAST_YEAR}, so a per-month table has the few hundred months a real news feed has, and the
 * folders fill up again with each pass.
 *
 * <p>The same articles can be written in other shapes ({@link Shape}): as JSON lines records or CSV
 * rows, many to a file, or as news pages in HTML. {@code --size} counts the bytes the {@code .txt}
 * files would take in every shape, so the shapes of one size and seed hold the same articles with
 * the same text, and indexing rates compare as rates of article text.
 *
 * <p>With {@code --wire-copies SHARE} that share of the articles are republished copies of earlier
 * ones, edited as wire copies are, and {@code --truth FILE} says which copies which ({@link
 * WireCopies}). They count towards {@code --size} as any article does.
 *
 * <p>The same arguments write byte-identical files. {@code .manifest.tsv} in the output folder
 * (hidden, so the tool skips it) lists every article, sorted by path: {@code
 * relative_path<TAB>expected_date<TAB>style}, after a header row with those names; the path is the
 * article's id as the tool gives it ({@code europarl-00001.jsonl#17} or {@code
 * europarl-00001.csv#17} for a record, a file's records in their order) and the style the tool's
 * {@code date_source} for it ({@code field} for a record, {@code html} for a page). Files are
 * written as they are made: the corpus is never held in memory, only a date per article.
 */
@Command(
    name = "bench-corpus",
    mixinStandardHelpOptions = true,
    description = "Write a benchmark corpus of dated articles made from Europarl speeches.")
public final class BenchCorpusGenerator implements Callable<Integer> {

  /** Where the source lines come from; the tests substitute a few lines to reach later passes. */
  interface Source {
    BufferedReader open() throws IOException;
  }

  /** How an article states its date; the names are the tool's {@code date_source} values. */
  enum Style {
    HEADER,
    FILENAME,
    DATELINE;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * How the articles are written: one {@code .txt} file each; JSON lines records ({@link
   * JsonLinesFiles}) or CSV rows ({@link CsvFiles}) in files of about {@value
   * RecordFiles#FILE_BYTES} bytes; one HTML news page each ({@link NewsPage}).
   */
  enum Shape {
    TXT,
    JSONL,
    CSV,
    HTML;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a run wrote: files and their bytes; articles and the bytes of their text alone (UTF-8),
   * the same in every shape.
   */
  record Summary(int files, long bytes, int articles, long textBytes, int copies) {
    Summary(int files, long bytes, int articles, long textBytes) {
      this(files, bytes, articles, textBytes, 0);
    }

    static final String TSV_HEADER = "shape\tfiles\tfile_bytes\tarticles\ttext_bytes";

    String tsvRow(Shape shape) {
      return String.join(
          "\t",
          shape.label(),
          Integer.toString(files),
          Long.toString(bytes),
          Integer.toString(articles),
          Long.toString(textBytes));
    }
  }

  static final String MANIFEST = ".manifest.tsv";

  /** The truth file's name in the output folder when {@code --truth} names none. */
  static final String TRUTH = ".wire-copies.tsv";

  static final String MANIFEST_HEADER = "relative_path\texpected_date\tstyle";

  /** The span every generated date stays in: Europarl's first year to the year of this corpus. */
  static final int FIRST_YEAR = EuroparlLines.FIRST_YEAR;

  static final int LAST_YEAR = 2026;

  /** The largest shift that keeps Europarl's last speech within {@link #LAST_YEAR}. */
  static final int MAX_SHIFT = LAST_YEAR - EuroparlLines.LAST_YEAR;

  /** Wire services abbreviate the long month names and spell out the short ones (AP style). */
  private static final String[] WIRE_MONTHS = {
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
  };

  /**
   * Places of EU institutions and capitals, some with a country, some with letters beyond ASCII.
   */
  private static final String[] PLACES = {
    "BRUSSELS",
    "STRASBOURG",
    "LUXEMBOURG",
    "THE HAGUE",
    "FRANKFURT AM MAIN",
    "LISBON",
    "ATHENS",
    "DUBLIN",
    "VIENNA",
    "HELSINKI",
    "MADRID",
    "WARSAW",
    "TALLINN, Estonia",
    "VALLETTA, Malta",
    "ŁÓDŹ, Poland",
    "SAN SEBASTIÁN, Spain",
  };

  /** A sentence ends at ., ! or ? followed by whitespace; the whitespace goes. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The folder to write; it must not exist or be empty.")
  Path out;

  @Option(
      names = "--size",
      required = true,
      paramLabel = "BYTES",
      description =
          "Stop once the articles add up to at least this many bytes as .txt files, whatever the"
              + " shape, so every shape holds the same articles.")
  long size;

  @Option(
      names = "--shape",
      defaultValue = "txt",
      paramLabel = "SHAPE",
      converter = ShapeConverter.class,
      description =
          "txt (a file per article), jsonl or csv (records, many files of them) or html (a news"
              + " page per article); default: ${DEFAULT-VALUE}.")
  Shape shape;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description =
          "Also write what was written as two lines of TSV: shape, files, file_bytes, articles,"
              + " text_bytes.")
  Path summaryFile;

  @Option(
      names = "--wire-copies",
      defaultValue = "0",
      paramLabel = "SHARE",
      description =
          "Make this share of the articles (0 to 0.5) wire copies of earlier ones: a new first"
              + " line, a dropped paragraph, typos, another outlet, a later date (default:"
              + " ${DEFAULT-VALUE}, none).")
  double wireCopies;

  @Option(
      names = "--truth",
      paramLabel = "FILE",
      description =
          "With --wire-copies: write which article each copy copies, as TSV (copy, original,"
              + " edits, days); default: .wire-copies.tsv in the output folder.")
  Path truthFile;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Picks the styles' rotation, the places and the sentence order (default: ${DEFAULT-VALUE}).")
  long seed;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Lower-case names on the command line, as the tool's own options take them. */
  static final class ShapeConverter implements CommandLine.ITypeConverter<Shape> {
    @Override
    public Shape convert(String value) {
      for (Shape shape : Shape.values()) {
        if (shape.label().equals(value)) {
          return shape;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected txt, jsonl, csv or html, not '" + value + "'");
    }
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCorpusGenerator()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    Summary summary;
    try {
      if (truthFile != null && wireCopies == 0) {
        throw new IllegalArgumentException("--truth needs --wire-copies above 0");
      }
      Path truth = wireCopies == 0 ? null : truthFile != null ? truthFile : out.resolve(TRUTH);
      summary = generate(out, size, seed, shape, new EuroparlLines(), wireCopies, truth);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "bench corpus %s (%s): %d files, %d bytes (%.1f MB); %d articles%s, %.1f MB of article"
            + " text; %.1f s%n",
        out,
        shape.label(),
        summary.files(),
        summary.bytes(),
        summary.bytes() / 1e6,
        summary.articles(),
        wireCopies == 0 ? "" : " (" + summary.copies() + " wire copies)",
        summary.textBytes() / 1e6,
        seconds);
    if (summaryFile != null) {
      Files.writeString(
          summaryFile,
          Summary.TSV_HEADER + "\n" + summary.tsvRow(shape) + "\n",
          StandardCharsets.UTF_8);
    }
    return 0;
  }

  /** Writes the corpus as {@code .txt} files, with its manifest, into {@code out}. */
  static Summary generate(Path out, long targetBytes, long seed, Source source) throws IOException {
    return generate(out, targetBytes, seed, Shape.TXT, source);
  }

  /**
   * Writes the corpus in {@code shape}, with its manifest, into {@code out}, which must not exist
   * or be empty.
   */
  static Summary generate(Path out, long targetBytes, long seed, Shape shape, Source source)
      throws IOException {
    return generate(out, targetBytes, seed, shape, source, 0, null);
  }

  /**
   * Writes the corpus in {@code shape}, {@code wireCopies} of its articles wire copies of earlier
   * ones ({@link WireCopies}), with its manifest, into {@code out}, which must not exist or be
   * empty; the truth about the copies goes to {@code truth} (null: nowhere).
   */
  static Summary generate(
      Path out,
      long targetBytes,
      long seed,
      Shape shape,
      Source source,
      double wireCopies,
      Path truth)
      throws IOException {
    if (targetBytes <= 0) {
      throw new IllegalArgumentException("size must be positive: " + targetBytes);
    }
    if (!(wireCopies >= 0 && wireCopies <= WireCopies.MAX_SHARE)) {
      throw new IllegalArgumentException(
          "--wire-copies is a share from 0 to " + WireCopies.MAX_SHARE + ", not " + wireCopies);
    }
    requireEmpty(out);
    Files.createDirectories(out);
    if (truth != null && truth.toAbsolutePath().getParent() != null) {
      Files.createDirectories(truth.toAbsolutePath().getParent());
    }
    Map<String, IntStream.Builder> filesByFolder = new TreeMap<>();
    int[] epochDays = new int[1 << 12];
    int articles = 0;
    long txtBytes = 0;
    long fileBytes = 0;
    long textBytes = 0;
    int copies = 0;
    Deque<String> recentTitles = new ArrayDeque<>();
    try (WireCopies wire = new WireCopies(wireCopies, seed, truth);
        RecordFiles records =
            switch (shape) {
              case JSONL -> new JsonLinesFiles(out);
              case CSV -> new CsvFiles(out);
              case TXT, HTML -> null;
            }) {
      Writer writer = new Writer(out, shape, records, filesByFolder, recentTitles);
      for (int pass = 0; txtBytes < targetBytes; pass++) {
        int articlesBefore = articles;
        try (BufferedReader lines = source.open()) {
          long lineNumber = 0;
          for (String line = lines.readLine();
              line != null && txtBytes < targetBytes;
              line = lines.readLine()) {
            lineNumber++;
            EuroparlLines.Line speech = EuroparlLines.Line.parse(line, lineNumber);
            // Copies take their places before the speech's; they count as articles do.
            for (WireCopies.Copy copy = wire.copyAt(articles);
                copy != null && txtBytes < targetBytes;
                copy = wire.copyAt(articles)) {
              int n = articles;
              Style style = styleOf(n, seed);
              byte[] txt =
                  article(style, copy.date(), copy.text(), copy.random())
                      .getBytes(StandardCharsets.UTF_8);
              fileBytes +=
                  writer.write(
                      n,
                      style,
                      copy.of().title(),
                      copy.date(),
                      copy.text(),
                      copy.outlet(),
                      txt,
                      copy.random());
              wire.written(copy, writer.lastId);
              epochDays = dated(epochDays, n, copy.date());
              articles++;
              txtBytes += txt.length;
              textBytes += copy.text().getBytes(StandardCharsets.UTF_8).length;
            }
            if (txtBytes >= targetBytes) {
              break;
            }
            int n = articles;
            Random random = new Random(mix(seed, n));
            Style style = styleOf(n, seed);
            LocalDate date = shifted(speech.date(), pass);
            String text = pass == 0 ? speech.text() : shuffleSentences(speech.text(), random);
            // Made in every shape, as it counts towards --size; the other shapes draw from the
            // same random numbers only after it, so the .txt files are as they always were.
            byte[] txt = article(style, date, text, random).getBytes(StandardCharsets.UTF_8);
            int outlet = random.nextInt(NewsPage.OUTLETS.length);
            fileBytes += writer.write(n, style, speech.title(), date, text, outlet, txt, random);
            wire.original(
                new WireCopies.Original(writer.lastId, speech.title(), text, date, outlet));
            epochDays = dated(epochDays, n, date);
            articles++;
            txtBytes += txt.length;
            textBytes += text.getBytes(StandardCharsets.UTF_8).length;
          }
        }
        if (articles == articlesBefore) {
          throw new IllegalStateException("the source has no lines");
        }
      }
      if (records != null) {
        records.writeManifest(out.resolve(MANIFEST), epochDays);
        return new Summary(records.files(), fileBytes, articles, textBytes, wire.copies());
      }
      copies = wire.copies();
    }
    writeManifest(out, filesByFolder, epochDays, seed, shape);
    return new Summary(articles, fileBytes, articles, textBytes, copies);
  }

  /** The article dates, with article {@code n}'s; grown when full. */
  private static int[] dated(int[] epochDays, int n, LocalDate date) {
    int[] days = n == epochDays.length ? Arrays.copyOf(epochDays, n * 2) : epochDays;
    days[n] = (int) date.toEpochDay();
    return days;
  }

  /**
   * Writes articles in the shape asked for: a record, or a file in its date's folder. Remembers the
   * id the tool will give the last one written.
   */
  private static final class Writer {
    private final Path out;
    private final Shape shape;
    private final RecordFiles records;
    private final Map<String, IntStream.Builder> filesByFolder;
    // Pages link to the stories published just before them, as "related" lists do.
    private final Deque<String> recentTitles;
    String lastId;

    Writer(
        Path out,
        Shape shape,
        RecordFiles records,
        Map<String, IntStream.Builder> filesByFolder,
        Deque<String> recentTitles) {
      this.out = out;
      this.shape = shape;
      this.records = records;
      this.filesByFolder = filesByFolder;
      this.recentTitles = recentTitles;
    }

    /** Writes article {@code n}; returns the bytes written. */
    long write(
        int n,
        Style style,
        String title,
        LocalDate date,
        String text,
        int outlet,
        byte[] txt,
        Random random)
        throws IOException {
      long bytes;
      if (records != null) {
        bytes = records.add(title, date, text, NewsPage.OUTLETS[outlet]);
        lastId = records.lastId();
      } else {
        String folder = folderOf(date);
        IntStream.Builder inFolder = filesByFolder.get(folder);
        if (inFolder == null) {
          Files.createDirectories(out.resolve(folder));
          inFolder = IntStream.builder();
          filesByFolder.put(folder, inFolder);
        }
        byte[] content =
            shape == Shape.TXT
                ? txt
                : NewsPage.html(title, date, text, outlet, recentTitles, n, random)
                    .getBytes(StandardCharsets.UTF_8);
        String name = fileName(shape, style, date, n);
        Files.write(out.resolve(folder).resolve(name), content, StandardOpenOption.CREATE_NEW);
        inFolder.add(n);
        bytes = content.length;
        lastId = folder + "/" + name;
      }
      recentTitles.addFirst(title);
      if (recentTitles.size() > NewsPage.RELATED) {
        recentTitles.removeLast();
      }
      return bytes;
    }
  }

  private static void requireEmpty(Path out) throws IOException {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new IllegalArgumentException("not a folder: " + out);
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("not empty: " + out);
      }
    }
  }

  /**
   * Rows sorted by relative path: folders ({@code YYYY/MM}, all the same width) in order, then the
   * names within each folder.
   */
  private static void writeManifest(
      Path out,
      Map<String, IntStream.Builder> filesByFolder,
      int[] epochDays,
      long seed,
      Shape shape)
      throws IOException {
    try (BufferedWriter manifest =
        Files.newBufferedWriter(out.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.write(MANIFEST_HEADER);
      manifest.write('\n');
      for (Map.Entry<String, IntStream.Builder> folder : filesByFolder.entrySet()) {
        List<String> rows = new ArrayList<>();
        for (int n : folder.getValue().build().toArray()) {
          LocalDate date = LocalDate.ofEpochDay(epochDays[n]);
          Style style = styleOf(n, seed);
          rows.add(
              folder.getKey()
                  + "/"
                  + fileName(shape, style, date, n)
                  + "\t"
                  + date
                  + "\t"
                  + (shape == Shape.HTML ? "html" : style.label()));
        }
        Collections.sort(rows); // the tab after the name sorts before any character of a name
        for (String row : rows) {
          manifest.write(row);
          manifest.write('\n');
        }
      }
    }
  }

  static Style styleOf(int n, long seed) {
    return Style.values()[(int) Math.floorMod(n + seed, (long) Style.values().length)];
  }

  /**
   * The date of pass {@code pass}: shifted by 0 years, then {@value #MAX_SHIFT}, {@value
   * #MAX_SHIFT} - 1, ... down to 1, and round again, so the passes spread over the whole span
   * instead of piling onto two halves. {@link LocalDate#plusYears} turns February 29 into February
   * 28 when the new year is not a leap year.
   */
  static LocalDate shifted(LocalDate date, int pass) {
    return date.plusYears(Math.floorMod(-pass, MAX_SHIFT + 1));
  }

  static String shuffleSentences(String text, Random random) {
    List<String> sentences = Arrays.asList(SENTENCE_END.split(text.strip()));
    Collections.shuffle(sentences, random);
    return String.join(" ", sentences);
  }

  private static String folderOf(LocalDate date) {
    return String.format(Locale.ROOT, "%04d/%02d", date.getYear(), date.getMonthValue());
  }

  /**
   * {@code 2002-09-17_000012345.txt} for the file-name style, else {@code ep000012345.txt}; a page
   * is {@code ep000012345.html} whatever the style, as it states its date in its metadata.
   */
  static String fileName(Shape shape, Style style, LocalDate date, int n) {
    if (shape == Shape.HTML) {
      return String.format(Locale.ROOT, "ep%09d.html", n);
    }
    return style == Style.FILENAME
        ? String.format(Locale.ROOT, "%s_%09d.txt", date, n)
        : String.format(Locale.ROOT, "ep%09d.txt", n);
  }

  private static String article(Style style, LocalDate date, String text, Random random) {
    return switch (style) {
      case HEADER -> " date " + date + " " + text + "\n";
      case FILENAME -> text + "\n";
      case DATELINE ->
          PLACES[random.nextInt(PLACES.length)]
              + ", "
              + WIRE_MONTHS[date.getMonthValue() - 1]
              + " "
              + date.getDayOfMonth()
              + ", "
              + date.getYear()
              + " (Europarl) - "
              + text
              + "\n";
    };
  }

  /** SplitMix64's finaliser over seed and file number: unrelated streams for neighbouring files. */
  static long mix(long seed, int n) {
    long z = seed * 0x9E3779B97F4A7C15L + n;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
