package corpus.cli;

import static corpus.cli.CliChecks.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code -o FILE}: the file holds exactly what stdout would have shown, is replaced whole or not at
 * all, and a failed write leaves neither a changed file nor a temporary one behind.
 */
class OutputFileTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static String index;

  @TempDir Path out;

  @BeforeAll
  static void indexBundledCorpus() {
    Path dir = shared.resolve("index");
    CliChecks.indexBundledCorpus(dir);
    index = dir.toString();
  }

  private static CliRunner.Run run(String... args) {
    return runOn(index, args);
  }

  private static CliRunner.Run runOn(String indexDir, String... args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    all.add("--index");
    all.add(indexDir);
    return new CliRunner().run(all.toArray(String[]::new));
  }

  private static String[] plus(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  static Stream<Arguments> commandsAndFormats() {
    return Stream.of(List.of("docs"), List.of("freq", "--top", "5"))
        .flatMap(
            command ->
                Stream.of("json", "csv", "jsonl", "table")
                    .map(format -> Arguments.of(command, format)));
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("commandsAndFormats")
  void theFileHoldsTheSameBytesAsStdout(List<String> command, String format) throws IOException {
    Path file = out.resolve("result." + format);
    CliRunner.Run printed = run(plus(command, "--format", format));
    CliRunner.Run written = run(plus(command, "--format", format, "-o", file.toString()));

    assertEquals(0, printed.exitCode(), printed.err());
    assertEquals(0, written.exitCode(), written.err());
    assertEquals("", written.out(), "nothing on stdout when writing to a file");
    assertEquals("", written.err());
    String inFile = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(printed.out(), inFile, () -> firstDifference(printed.out(), inFile));
    assertArrayEquals(printed.out().getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    assertEquals(
        List.of("result." + format), namesIn(out), "only the file itself is left in the folder");
  }

  /** Where two outputs part, line by line, for a readable failure. */
  private static String firstDifference(String expected, String actual) {
    List<String> a = CliChecks.lines(expected);
    List<String> b = CliChecks.lines(actual);
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return "line "
            + (i + 1)
            + " differs: stdout has\n"
            + a.get(i)
            + "\nthe file has\n"
            + b.get(i);
      }
    }
    return "stdout has " + a.size() + " lines, the file " + b.size();
  }

  @Test
  void anExistingFileIsReplacedWhole() throws IOException {
    Path file = out.resolve("docs.csv");
    Files.writeString(file, "old line that is longer than the new content\n".repeat(5_000));
    CliRunner.Run printed = run("docs", "--format", "csv");

    CliRunner.Run written = run("docs", "--format", "csv", "-o", file.toString());

    assertEquals(0, written.exitCode(), written.err());
    assertEquals(printed.out(), Files.readString(file));
    assertEquals(List.of("docs.csv"), namesIn(out));
  }

  @Test
  void theWrittenFileIsReadableByOthersLikeAnyExport() throws IOException {
    assumeTrue(Files.getFileStore(out).supportsFileAttributeView(PosixFileAttributeView.class));
    Path file = out.resolve("docs.json");

    assertEquals(0, run("docs", "--format", "json", "-o", file.toString()).exitCode());

    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    assertTrue(permissions.contains(PosixFilePermission.OTHERS_READ), permissions::toString);
  }

  @Test
  void aFileInAMissingFolderIsExitCode1AndCreatesNothing() throws IOException {
    Path missing = out.resolve("missing");
    Path file = missing.resolve("docs.csv");

    CliRunner.Run run = run("docs", "--format", "csv", "-o", file.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(
        line.contains(missing.toString()),
        () -> "the message does not name the missing folder: " + line);
    assertFalse(Files.exists(missing), "the missing folder was created");
    assertEquals(List.of(), namesIn(out), "something was left in the parent folder");
  }

  @Test
  void anExistingDirectoryAsTheFileIsExitCode1AndLeftAsItWas() throws IOException {
    Path directory = Files.createDirectory(out.resolve("results"));
    Files.writeString(directory.resolve("keep.txt"), "keep\n");

    CliRunner.Run run = run("docs", "--format", "csv", "-o", directory.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    String line = assertOneErrorLine(run);
    assertTrue(line.contains(directory.toString()), line);
    assertTrue(Files.isDirectory(directory));
    assertEquals(List.of("keep.txt"), namesIn(directory));
    assertEquals("keep\n", Files.readString(directory.resolve("keep.txt")));
    assertEquals(
        List.of("results"), namesIn(out), "a temporary file was left beside the directory");
  }

  @Test
  void aFailedQueryLeavesAnExistingFileUntouched() throws IOException {
    Path file = Files.writeString(out.resolve("hits.csv"), "old content\n");

    CliRunner.Run run = run("search", "foo AND", "--format", "csv", "-o", file.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("old content\n", Files.readString(file));
    assertEquals(List.of("hits.csv"), namesIn(out));
  }

  @Test
  void aFailedWriteLeavesTheOldFileUntouchedAndNoTemporaryFile() throws IOException {
    assumeTrue(Files.getFileStore(out).supportsFileAttributeView(PosixFileAttributeView.class));
    Path folder = Files.createDirectory(out.resolve("locked"));
    Path file = Files.writeString(folder.resolve("docs.csv"), "old content\n");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(
          Files.isWritable(folder), "running as root: a read-only folder is still writable");

      CliRunner.Run run = run("docs", "--format", "csv", "-o", file.toString());

      assertEquals(1, run.exitCode(), run.err());
      assertEquals("", run.out());
      assertOneErrorLine(run);
      assertEquals("old content\n", Files.readString(file));
      assertEquals(List.of("docs.csv"), namesIn(folder));
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /**
   * 240 characters is a legal file name (the usual limit is 255 bytes); the temporary name must fit
   * too.
   */
  @Test
  void aFileWithALongButLegalNameIsWritten() throws IOException {
    Path file = out.resolve("d".repeat(236) + ".csv");
    CliRunner.Run printed = run("docs", "--format", "csv");

    CliRunner.Run written = run("docs", "--format", "csv", "-o", file.toString());

    assertEquals(0, written.exitCode(), written.err());
    assertEquals(printed.out(), Files.readString(file));
    assertEquals(List.of(file.getFileName().toString()), namesIn(out));
  }

  // ---- CSV and JSON Lines read back ----

  /**
   * Parses RFC 4180 CSV strictly: fields separated by commas, records by LF or CRLF, a field in
   * double quotes may hold commas, line breaks and doubled quotes; a quote anywhere else is an
   * error.
   */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean inQuotes = false;
    boolean afterQuotes = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c != '"') {
          field.append(c);
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          inQuotes = false;
          afterQuotes = true;
        }
        continue;
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // the LF ends the record
      }
      if (c == ',' || c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        afterQuotes = false;
        if (c == '\n') {
          records.add(record);
          record = new ArrayList<>();
        }
        continue;
      }
      if (afterQuotes) {
        throw new IllegalArgumentException("text after a closing quote at offset " + i);
      }
      if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException("a quote inside an unquoted field at offset " + i);
        }
        inQuotes = true;
        continue;
      }
      field.append(c);
    }
    if (inQuotes) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    if (field.length() > 0 || afterQuotes || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }

  @Test
  void theCsvParserUnderstandsQuotingAndRefusesStrayQuotes() {
    assertEquals(
        List.of(List.of("a", "b, \"c\"", ""), List.of("x\ny", "z", "")),
        parseCsv("a,\"b, \"\"c\"\"\",\r\n\"x\ny\",z,\n"));
    assertThrows(IllegalArgumentException.class, () -> parseCsv("a,b\"c\n"));
    assertThrows(IllegalArgumentException.class, () -> parseCsv("a,\"b\"c\n"));
    assertThrows(IllegalArgumentException.class, () -> parseCsv("a,\"b\n"));
  }

  static Stream<List<String>> csvCommands() {
    return Stream.of(
        List.of("docs"),
        List.of("freq", "--top", "5"),
        List.of("freq", "--by", "year", "--top", "3"),
        List.of("search", "putin"),
        List.of("kwic", "putin"),
        List.of("stats"));
  }

  @ParameterizedTest
  @MethodSource("csvCommands")
  void csvOutputParsesIntoAHeaderAndRowsOfTheSameWidth(List<String> command) throws IOException {
    Path file = out.resolve("result.csv");
    CliRunner.Run run = run(plus(command, "--format", "csv", "-o", file.toString()));
    assertEquals(0, run.exitCode(), run.err());

    List<List<String>> records = parseCsv(Files.readString(file));

    assertTrue(records.size() >= 2, () -> "no rows: " + records);
    List<String> header = records.get(0);
    assertTrue(
        header.stream().allMatch(name -> name.matches("[a-z_.]+")),
        () -> "not a header row: " + header);
    for (List<String> record : records) {
      assertEquals(header.size(), record.size(), () -> "a row of another width: " + record);
    }
  }

  @Test
  void docsCsvKeepsTitlesWithCommasWhole() throws IOException {
    Path csv = out.resolve("docs.csv");
    assertEquals(0, run("docs", "--format", "csv", "-o", csv.toString()).exitCode());
    CliRunner.Run jsonl = run("docs", "--format", "jsonl");

    List<List<String>> records = parseCsv(Files.readString(csv));
    assertEquals(
        List.of(
            "id",
            "path",
            "title",
            "date",
            "date_source",
            "source",
            "source_origin",
            "language",
            "language_origin",
            "tokens",
            "duplicate_of",
            "similarity"),
        records.get(0));
    List<String> titles =
        records.subList(1, records.size()).stream().map(record -> record.get(2)).toList();
    List<String> expected = new ArrayList<>();
    for (String line : CliChecks.lines(jsonl.out())) {
      expected.add(JSON.readTree(line).get("title").asText());
    }

    assertEquals(5, titles.size());
    assertEquals(expected, titles);
    assertTrue(
        titles.contains(
            "Western pressure is strengthening Russian-Chinese relations, Mishustin said in Beijing"),
        titles::toString);
  }

  @Test
  void docsCsvQuotesATitleWithQuotesAndCommas(@TempDir Path work) throws IOException {
    Path corpus = Files.createDirectory(work.resolve("news"));
    String title = "Mayor says \"no deal, no vote\", union replies";
    Files.writeString(
        corpus.resolve("quoted.txt"),
        title
            + "\n\nThe mayor said on Tuesday 2 May 2023 that there would be no deal before the vote.\n");
    String quotedIndex = work.resolve("index").toString();
    CliRunner.Run indexed = new CliRunner().run("index", corpus.toString(), "--index", quotedIndex);
    assertEquals(0, indexed.exitCode(), indexed.err());
    Path csv = out.resolve("docs.csv");

    CliRunner.Run run = runOn(quotedIndex, "docs", "--format", "csv", "-o", csv.toString());

    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(csv);
    assertTrue(text.contains("\"Mayor says \"\"no deal, no vote\"\", union replies\""), text);
    List<List<String>> records = parseCsv(text);
    assertEquals(2, records.size(), records::toString);
    assertEquals(title, records.get(1).get(records.get(0).indexOf("title")));
  }

  static Stream<Arguments> jsonlCommands() {
    return Stream.of(
        Arguments.of(List.of("docs"), 5, "id"),
        Arguments.of(List.of("freq", "--top", "3"), 3, "term"),
        Arguments.of(List.of("search", "putin"), 4, "id"),
        Arguments.of(List.of("kwic", "putin", "--limit", "6"), 6, "match"));
  }

  @ParameterizedTest
  @MethodSource("jsonlCommands")
  void jsonLinesOutputIsOneJsonObjectPerLine(List<String> command, int rows, String field)
      throws IOException {
    Path file = out.resolve("result.jsonl");
    CliRunner.Run run = run(plus(command, "--format", "jsonl", "-o", file.toString()));
    assertEquals(0, run.exitCode(), run.err());

    String text = Files.readString(file);
    assertTrue(text.endsWith("\n"), "the last line is ended");
    assertFalse(text.contains("\r"), "LF line endings");
    List<String> lines = CliChecks.lines(text);

    assertEquals(rows, lines.size(), text);
    for (String line : lines) {
      assertTrue(
          line.startsWith("{") && line.endsWith("}"), () -> "not one object on the line: " + line);
      JsonNode node = JSON.readTree(line);
      assertTrue(node.isObject(), line);
      assertTrue(node.has(field), () -> "no '" + field + "' in " + line);
    }
  }

  @ParameterizedTest
  @CsvSource({"stats.json,json", "stats.jsonl,jsonl", "stats.ndjson,jsonl", "stats.csv,csv"})
  void withoutFormatTheFilesExtensionSaysWhichFormat(String name, String format)
      throws IOException {
    Path file = out.resolve(name);

    CliRunner.Run written = run("stats", "-o", file.toString());
    CliRunner.Run printed = run("stats", "--format", format);

    assertEquals(0, written.exitCode(), written.err());
    assertEquals(printed.out(), Files.readString(file), "the same bytes as --format " + format);
  }

  @Test
  void anExplicitFormatWinsOverTheExtension() throws IOException {
    Path file = out.resolve("stats.json");

    assertEquals(0, run("stats", "--format", "csv", "-o", file.toString()).exitCode());

    assertTrue(Files.readString(file).startsWith("name,value\n"));
  }

  @Test
  void aChartInAMissingFolderFailsBeforeAnyOutput() {
    Path chart = out.resolve("nodir").resolve("x.png");

    CliRunner.Run run = run("trend", "putin", "--plot", chart.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out(), "nothing printed before the failure");
    assertTrue(assertOneErrorLine(run).contains("nodir"), run.err());
  }
}
