package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees in a terminal: colour only where it can be shown and is wanted. */
class TerminalOutputTest {
  private static final String RED = "\u001b[1;31m";

  @TempDir static Path temp;
  static String index;

  @BeforeAll
  static void indexTheSample() {
    index = temp.resolve("index").toString();
    assertEquals(0, new CliRunner().run("index", "corpus", "--index", index).exitCode());
  }

  @Test
  void matchesAreColouredOnATerminal() {
    CliRunner.Run run =
        new CliRunner().stdoutTerminal(true).run("search", "putin", "--index", index);
    assertTrue(run.out().contains(RED + "Putin"), run.out());
  }

  @Test
  void noColorTurnsColourOffAndMatchesAreBracketed() {
    CliRunner.Run run =
        new CliRunner()
            .stdoutTerminal(true)
            .variable("NO_COLOR", "1")
            .run("search", "putin", "--index", index);
    assertFalse(run.out().contains("\u001b["), run.out());
    assertTrue(run.out().contains("[Putin]"), run.out());
  }

  @Test
  void aPipeGetsNoColour() {
    CliRunner.Run run = new CliRunner().run("kwic", "putin", "--index", index);
    assertFalse(run.out().contains("\u001b["), run.out());
  }

  @Test
  void jsonNeverCarriesColourEvenOnATerminal() {
    CliRunner.Run run =
        new CliRunner()
            .stdoutTerminal(true)
            .run("search", "putin", "--index", index, "--format", "json");
    assertFalse(run.out().contains("\u001b["), run.out());
  }

  @Test
  void theCompletionScriptCoversEverySubcommand() {
    CliRunner.Run run = new CliRunner().run("generate-completion");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("complete -F"), "a bash completion function is registered");
    for (String command : new String[] {"index", "docs", "search", "kwic", "freq", "stats"}) {
      assertTrue(run.out().contains(command), command);
    }
  }

  @Test
  void noHitsAndNoMatchesPrintTheirCountWithoutAnEmptyHeader() {
    CliRunner.Run search = new CliRunner().run("search", "xylophone", "--index", index);
    CliRunner.Run kwic = new CliRunner().run("kwic", "xylophone", "--index", index);

    assertEquals("0 hits\n", search.out());
    assertEquals("0 matches\n", kwic.out());
  }
}
