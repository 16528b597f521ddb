package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every enumerated option takes its values in any case and shows them in lower case. */
class ChoicesTest {
  @TempDir static Path temp;
  private static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    CliChecks.indexBundledCorpus(Path.of(index));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "search putin --sort DATE",
        "search putin --sort -Date",
        "search putin --sort Relevance",
        "kwic putin --sort LEFT",
        "freq --by MONTH",
        "trend putin --by Quarter",
        "stats --format JSON"
      })
  void valuesAreTakenInAnyCase(String commandLine) {
    CliRunner.Run run = CliChecks.runOn(index, commandLine.split(" "));

    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aWrongValueListsTheRightOnesInLowerCase() {
    CliRunner.Run run = CliChecks.runOn(index, "freq", "--by", "fortnight");

    assertEquals(2, run.exitCode());
    assertTrue(
        run.err().contains("expected none, year, quarter, month, week, day or source"), run.err());
    assertFalse(run.err().contains("NONE"), run.err());
  }

  @Test
  void completionOffersTheValuesInLowerCase() {
    String script = new CliRunner().run("generate-completion").out();

    assertTrue(script.contains("(\"none\" \"year\" \"quarter\" \"month\" \"week\" \"day\")"));
    assertTrue(script.contains("(\"relevance\" \"date\" \"-date\")"));
    assertTrue(script.contains("(\"left\" \"right\" \"date\")"));
    assertTrue(script.contains("(\"table\" \"json\" \"jsonl\" \"csv\")"));
    assertFalse(script.contains("\"NONE\""));
    assertFalse(script.contains("\"TABLE\""));
  }
}
