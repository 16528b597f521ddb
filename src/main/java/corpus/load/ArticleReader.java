package corpus.load;

import corpus.load.date.DateExtractor;
import corpus.load.date.DateSource;
import corpus.load.date.DatedText;
import corpus.load.date.FieldDates;
import corpus.load.html.DeclaredCharset;
import corpus.load.html.HtmlArticleExtractor;
import corpus.load.html.HtmlPage;
import corpus.load.lang.LanguageCodes;
import corpus.load.lang.LanguageDetector;
import corpus.load.records.BadRecord;
import corpus.load.records.FieldMapping;
import corpus.load.records.MappedRecord;
import corpus.load.records.RawRecord;
import corpus.load.records.RecordOutcome;
import corpus.load.records.RecordShape;
import corpus.load.records.RecordStream;
import corpus.load.records.Role;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one listed file into its articles: a text file or a web page is one article; a JSON, JSON
 * lines or CSV export holds one per record; any of them may be gzipped.
 *
 * <p>Each article's language is the one its record's {@code language} field or its page's {@code
 * <html lang>} declares, when {@link LanguageCodes#normalize} understands it; else the one {@link
 * LanguageDetector} finds in its title and text; else unknown.
 *
 * <p>A bad file (unreadable, too large, binary, empty) or a bad record becomes a {@link
 * LoadOutcome.NotLoaded} rather than an exception. Thread-safe: it holds no mutable state, so the
 * indexer may call it from several threads at once.
 */
public final class ArticleReader {

  private static final long MIB = 1024L * 1024;

  /**
   * Larger single-article files are almost certainly not articles (a dump, a log), and each costs
   * the heap several times its size while it is indexed: two threads at this cap fit in
   * bin/corpus's 1 GiB. Record files are streamed, so their size has no limit.
   */
  public static final long MAX_BYTES = 64 * MIB;

  private final BiFunction<String, String, DatedText> dateStep;
  private final FieldMapping fields;
  private final TextDecoder decoder = new TextDecoder();
  private final TitleExtractor titles = new TitleExtractor();
  private final HtmlArticleExtractor pages = new HtmlArticleExtractor();
  // Shared by every reader: its model is read once, the first time a text needs it.
  private final LanguageDetector languages = new LanguageDetector();

  public ArticleReader() {
    this(FieldMapping.detect());
  }

  /**
   * @param fields where a record's text, title, date, source, id and language are
   */
  public ArticleReader(FieldMapping fields) {
    this(new DateExtractor()::extract, fields);
  }

  /**
   * @param dateStep finds the date in (id, decoded text) and returns the body without its date
   *     header; normally {@link DateExtractor#extract}, replaceable so that tests need not depend
   *     on the date rules
   */
  public ArticleReader(BiFunction<String, String, DatedText> dateStep) {
    this(dateStep, FieldMapping.detect());
  }

  private ArticleReader(BiFunction<String, String, DatedText> dateStep, FieldMapping fields) {
    this.dateStep = Objects.requireNonNull(dateStep, "dateStep");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /** Records carry their own ids ({@code --field id=...}) instead of their file and number. */
  public boolean idsGiven() {
    return fields.givesId();
  }

  /** The kinds of file an article can come in, by extension. */
  private enum Kind {
    TEXT,
    HTML,
    RECORDS
  }

  /**
   * The kind a file name says; none for a name the default pattern does not take (a user's {@code
   * --glob '*.text'}), which is read as text.
   */
  private static Optional<Kind> kind(String fileName) {
    String name = withoutGzip(fileName.toLowerCase(Locale.ROOT));
    if (name.endsWith(".txt")) {
      return Optional.of(Kind.TEXT);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(Kind.HTML);
    }
    return RecordShape.of(name).map(shape -> Kind.RECORDS);
  }

  private static String withoutGzip(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  private static boolean gzipped(SourceFile file) {
    return file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /**
   * Which fields of a record file served as what ({@code text} from {@code maintext}), each role
   * with every field that served it in some record; empty for other files.
   */
  public record FieldsUsed(Map<String, TreeSet<String>> byRole) {
    static final FieldsUsed NONE = new FieldsUsed(Map.of());
  }

  /**
   * The one article of a text file or web page; a record file's first outcome. Never throws for a
   * bad file. Exceptions from the date step are not caught here: they are bugs in a date rule; the
   * indexer reports the file as failed, with the exception, and goes on.
   */
  public LoadOutcome read(SourceFile file) {
    LoadOutcome[] first = new LoadOutcome[1];
    readAll(
        file,
        outcome -> {
          if (first[0] == null) {
            first[0] = outcome;
          }
        });
    return first[0] != null ? first[0] : skipped(file.id(), "no records");
  }

  /**
   * Every article of the file, in order, each handed to {@code each} as soon as it is read, so a
   * record file of any size passes through in constant memory.
   */
  public FieldsUsed readAll(SourceFile file, Consumer<LoadOutcome> each) {
    Kind kind = kind(file.path().getFileName().toString()).orElse(Kind.TEXT);
    if (kind == Kind.RECORDS) {
      return readRecords(file, each);
    }
    each.accept(readOne(file, kind));
    return FieldsUsed.NONE;
  }

  private LoadOutcome readOne(SourceFile file, Kind kind) {
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_BYTES) {
        return skipped(file.id(), tooLarge(size));
      }
      bytes = gzipped(file) ? gunzip(file) : Files.readAllBytes(file.path());
    } catch (TooLarge e) {
      return skipped(file.id(), tooLarge(e.size));
    } catch (EOFException | ZipException damaged) {
      return skipped(file.id(), "damaged gzip stream: " + IoProblems.describe(damaged));
    } catch (IOException unreadable) {
      return skipped(file.id(), "unreadable: " + IoProblems.describe(unreadable));
    }
    if (bytes.length > MAX_BYTES) {
      // It grew between the size check and the read.
      return skipped(file.id(), tooLarge(bytes.length));
    }

    Decoding decoding =
        decoder.decode(bytes, kind == Kind.HTML ? DeclaredCharset.of(bytes).orElse(null) : null);
    if (decoding instanceof Decoding.Rejected rejected) {
      return skipped(file.id(), rejected.reason());
    }
    var decoded = (Decoding.Decoded) decoding;
    String hash = Digests.hex(Digests.sha256().digest(bytes));
    if (kind == Kind.HTML) {
      return fromPage(file, pages.extract(decoded.text()), decoded.encoding(), hash);
    }
    DatedText dated = dateStep.apply(file.id(), decoded.text());
    if (TextDecoder.isBlank(dated.body())) {
      return skipped(file.id(), "empty after date header");
    }
    Source source = fromText(dated);
    String title = title(null, dated);
    Language language = language(null, null, title, dated);
    return loaded(file, file.id(), title, dated, source, language, decoded.encoding(), hash);
  }

  private LoadOutcome fromPage(SourceFile file, HtmlPage page, String encoding, String hash) {
    if (TextDecoder.isBlank(page.text())) {
      return skipped(file.id(), "no article text found in the page");
    }
    DatedText dated = dated(file.id(), page.text(), page.date(), DateSource.HTML);
    Source source = source(page.source(), SourceOrigin.HTML, dated);
    String title = title(page.title(), dated);
    Language language = language(page.language(), LanguageOrigin.HTML, title, dated);
    return loaded(file, file.id(), title, dated, source, language, encoding, hash);
  }

  private FieldsUsed readRecords(SourceFile file, Consumer<LoadOutcome> each) {
    String name = withoutGzip(file.path().getFileName().toString().toLowerCase(Locale.ROOT));
    RecordShape shape = RecordShape.of(name).orElseThrow();
    Map<Role, TreeSet<String>> used = new EnumMap<>(Role.class);
    int last = 0;
    try (StopAtDamage in = new StopAtDamage(open(file));
        RecordStream records = shape.open(in)) {
      // One record behind the reader: when the stream turns out damaged, the last record read
      // is the one the damage cut off, and it is reported with the damage, not as bad JSON.
      RecordOutcome pending = null;
      while (records.hasNext()) {
        RecordOutcome outcome = records.next();
        if (pending != null) {
          handOn(file, pending, used, each);
          last = pending.number();
        }
        pending = outcome;
      }
      if (pending != null && (in.damage == null || pending instanceof RawRecord)) {
        handOn(file, pending, used, each);
        last = pending.number();
      }
      if (in.damage != null) {
        each.accept(skipped(file.id(), damagedAfter(last, in.damage)));
      } else if (last == 0) {
        // As an empty text file is: an export with nothing in it is worth a line in the summary.
        each.accept(skipped(file.id(), "no records"));
      }
    } catch (IOException unreadable) {
      each.accept(skipped(file.id(), "unreadable: " + IoProblems.describe(unreadable)));
    }
    Map<String, TreeSet<String>> byRole = new LinkedHashMap<>();
    used.forEach((role, paths) -> byRole.put(role.label(), paths));
    return new FieldsUsed(byRole);
  }

  /**
   * A gzip stream cut short (a download that stopped, a full disk) ends where the damage is, as if
   * the file ended there, so the records before it are read; the damage is kept to report. Readers
   * fill large buffers, so letting the exception through would lose those records too.
   */
  private static final class StopAtDamage extends FilterInputStream {
    IOException damage;

    StopAtDamage(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (damage != null) {
        return -1;
      }
      try {
        return super.read(buffer, offset, length);
      } catch (EOFException | ZipException e) {
        damage = e;
        return -1;
      }
    }
  }

  private void handOn(
      SourceFile file,
      RecordOutcome outcome,
      Map<Role, TreeSet<String>> used,
      Consumer<LoadOutcome> each) {
    if (outcome instanceof BadRecord bad) {
      each.accept(
          skipped(recordId(file, bad.number()), "line " + bad.line() + ": " + bad.reason()));
    } else {
      each.accept(fromRecord(file, (RawRecord) outcome, used));
    }
  }

  private static String damagedAfter(int record, IOException damaged) {
    return "damaged gzip stream after record "
        + record
        + " (those before it are indexed): "
        + IoProblems.describe(damaged);
  }

  private LoadOutcome fromRecord(
      SourceFile file, RawRecord record, Map<Role, TreeSet<String>> used) {
    MappedRecord mapped = fields.map(record.fields());
    String where = "line " + record.line() + ": ";
    String id = recordId(file, record.number());
    if (fields.givesId()) {
      if (blank(mapped.id())) {
        return skipped(id, where + "no id in the field " + fields.path(Role.ID));
      }
      id = mapped.id();
    }
    if (blank(mapped.text())) {
      return skipped(id, where + "no text (" + fields.describe(Role.TEXT) + ")");
    }
    mapped
        .from()
        .forEach(
            (role, path) -> {
              // A record's url is no id of ours unless the user said so.
              if (role != Role.ID || fields.givesId()) {
                used.computeIfAbsent(role, r -> new TreeSet<>()).add(path);
              }
            });
    DatedText dated = dated(id, mapped.text(), mapped.date(), DateSource.FIELD);
    if (TextDecoder.isBlank(dated.body())) {
      return skipped(id, where + "empty after date header");
    }
    Source source = source(mapped.source(), SourceOrigin.FIELD, dated);
    // The mapping is part of what was indexed: another --field gives another article.
    String hash =
        Digests.hex(
            Digests.sha256()
                .digest(
                    (fields.describeAll() + "\n" + record.fields())
                        .getBytes(StandardCharsets.UTF_8)));
    String title = title(mapped.title(), dated);
    Language language = language(mapped.language(), LanguageOrigin.FIELD, title, dated);
    return loaded(file, id, title, dated, source, language, "UTF-8", hash);
  }

  /** An outlet and where it was read. */
  private record Source(String name, SourceOrigin origin) {
    static final Source NONE = new Source(null, null);
  }

  /** A language and where it was found. */
  private record Language(String code, LanguageOrigin origin) {
    static final Language UNKNOWN = new Language(null, null);
  }

  /**
   * The language stated beside the text (a record's field, a page's {@code lang}) when it names
   * one, else the one the title and text are written in, else unknown. A stated value that is no
   * language ({@code und}, {@code x-default}, a typo) is passed over, not stored.
   */
  private Language language(String stated, LanguageOrigin statedIn, String title, DatedText dated) {
    String declared = LanguageCodes.normalize(stated);
    if (declared != null) {
      return new Language(declared, statedIn);
    }
    String detected = languages.detect(title, dated.body());
    return detected == null ? Language.UNKNOWN : new Language(detected, LanguageOrigin.DETECTED);
  }

  /**
   * The date the publisher stated (a record's field, a page's metadata) when it reads as one; else
   * what the text rules find, as for a text file.
   */
  private DatedText dated(String id, String text, String statedDate, DateSource statedIn) {
    Optional<LocalDate> stated = FieldDates.parse(statedDate);
    return stated.isPresent()
        ? new DatedText(text, stated.get(), statedIn, null)
        : dateStep.apply(id, text);
  }

  /** The outlet stated beside the text when there is one, else the one the text names. */
  private static Source source(String stated, SourceOrigin statedIn, DatedText dated) {
    return blank(stated) ? fromText(dated) : new Source(stated.strip(), statedIn);
  }

  /** A text's own outlet: its header's {@code Source:} line, else the agency in its dateline. */
  private static Source fromText(DatedText dated) {
    if (!blank(dated.headerSource())) {
      return new Source(dated.headerSource().strip(), SourceOrigin.HEADER);
    }
    return WireAgency.find(dated.body())
        .map(agency -> new Source(agency, SourceOrigin.DATELINE))
        .orElse(Source.NONE);
  }

  private String title(String stated, DatedText dated) {
    return blank(stated) ? titles.title(dated.body(), dated.headerTitle()) : stated.strip();
  }

  private static LoadOutcome loaded(
      SourceFile file,
      String id,
      String title,
      DatedText dated,
      Source source,
      Language language,
      String encoding,
      String hash) {
    return new LoadOutcome.Loaded(
        new Article(
            id,
            file.id(),
            title,
            dated.body(),
            dated.date(),
            dated.source(),
            source.name(),
            source.origin(),
            language.code(),
            language.origin(),
            encoding,
            hash,
            file.size(),
            file.modifiedMillis()));
  }

  /** A record's id: its file and its 1-based number, {@code exports/2023.jsonl#17}. */
  static String recordId(SourceFile file, int number) {
    return file.id() + "#" + number;
  }

  private static InputStream open(SourceFile file) throws IOException {
    InputStream in = Files.newInputStream(file.path());
    return gzipped(file) ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** A gzipped single article, decompressed up to the size limit. */
  private static byte[] gunzip(SourceFile file) throws IOException {
    try (InputStream in = open(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BYTES) {
          throw new TooLarge(out.size());
        }
      }
      return out.toByteArray();
    }
  }

  /** A decompressed article past the limit: its size so far. */
  private static final class TooLarge extends IOException {
    final long size;

    TooLarge(long size) {
      super("too large");
      this.size = size;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Rounded up, so that a file just over the limit does not read "too large (64 MiB)". */
  private static String tooLarge(long size) {
    return "too large (" + ((size + MIB - 1) / MIB) + " MiB)";
  }

  private static LoadOutcome skipped(String id, String reason) {
    return new LoadOutcome.NotLoaded(new Skipped(id, reason));
  }
}
