package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decimal field is written the same way whatever its value: with a decimal point, so a score of
 * exactly 1 (a wildcard query scores every hit alike) is {@code 1.0} and an empty period's rate is
 * {@code 0.0}, in JSON, JSON lines and CSV alike; and with at most its four decimals.
 */
class DecimalFieldsTest {
  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(index));
  }

  private static String run(String... args) {
    CliRunner.Run run = CliChecks.runOn(index, args);
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv"})
  void aConstantScoreIsWrittenAsADecimal(String format) {
    String out = run("search", "putin*", "--format", format);

    String score = format.equals("csv") ? ",1.0," : "\"score\":\\s?1.0\\b";
    assertTrue(Pattern.compile(score).matcher(out).find(), out);
    assertTrue(!Pattern.compile("\"score\":\\s?1[,}\\s]").matcher(out).find(), out);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonl", "csv"})
  void anEmptyPeriodsRateIsWrittenAsADecimalAndNoRateHasMoreThanFourDecimals(String format) {
    String out = run("trend", "putin", "--by", "quarter", "--format", format);

    String zero = format.equals("csv") ? ",0,0,0,0,0.0\n" : "\"per_million\":\\s?0.0\\b";
    assertTrue(Pattern.compile(zero).matcher(out).find(), out);
    Matcher rate = Pattern.compile("\"per_million\":\\s?([0-9.]+)").matcher(out);
    while (rate.find()) {
      String value = rate.group(1);
      assertTrue(value.contains("."), value);
      assertTrue(value.length() - value.indexOf('.') - 1 <= 4, value);
    }
  }
}
