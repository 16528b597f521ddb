package corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import corpus.query.KwicLine;
import corpus.query.KwicResult;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a cell may hold must not break the terminal table around it. */
class TableCellsTest {
  @Test
  void lineBreaksAndControlCharactersStayInsideTheirRow() throws IOException {
    KwicResult kwic =
        new KwicResult(
            1,
            List.of(
                new KwicLine("a\nb.txt", null, "TASS", "left\r\n", "\u001b[31mPutin", "\tright")));

    StringWriter out = new StringWriter();
    new TableRenderer(false).render(new KwicLayout().sections(kwic, true), out);

    List<String> lines = out.toString().lines().toList();
    assertEquals(3, lines.size(), out.toString()); // heading, header, the one line
    assertEquals("a b.txt  -     TASS    left  ?[31mPutin right", lines.get(2));
    assertFalse(out.toString().contains("\u001b"));
  }

  @Test
  void aCutCellNeverEndsInHalfACharacter() {
    String text = "ab\uD835\uDD18cd"; // 𝔘 is two chars
    assertEquals("ab", Cells.prefix(text, 3));
    assertEquals("ab\uD835\uDD18", Cells.prefix(text, 4));
    assertEquals(text, Cells.prefix(text, 10));
  }
}
