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
    String text = "ab\uD835\uDD18cd"; // 𝔘 is two chars, one column
    assertEquals("ab", Cells.prefix(text, 2));
    assertEquals("ab\uD835\uDD18", Cells.prefix(text, 3));
    assertEquals(text, Cells.prefix(text, 10));
    assertEquals("习近", Cells.prefix("习近平", 5), "a wide character that would not fit stays out");
  }

  @Test
  void widthsAreTerminalColumnsNotUtf16Units() {
    assertEquals(6, Cells.width("习近平"));
    assertEquals(1, Cells.width("e\u0301"), "a combining accent takes no column");
    assertEquals(2, Cells.width("\uD83D\uDE00"), "an emoji takes two");
    assertEquals(5, Cells.width("Путин"));
  }

  @Test
  void chineseCellsLineUpWithLatinOnes() throws IOException {
    KwicResult kwic =
        new KwicResult(
            2,
            List.of(
                new KwicLine("a.txt", null, "新华社", "左边 ", "习近平", " 右边"),
                new KwicLine("bb.txt", null, "TASS", "left ", "Putin", " right")));

    StringWriter out = new StringWriter();
    new TableRenderer(false).render(new KwicLayout().sections(kwic, true), out);

    List<String> lines = out.toString().lines().toList();
    // The left context is right-aligned: both lines end it in the same column.
    int chinese = Cells.width(lines.get(2).substring(0, lines.get(2).indexOf("习近平")));
    int latin = Cells.width(lines.get(3).substring(0, lines.get(3).indexOf("Putin")));
    assertEquals(latin, chinese, out.toString());
  }
}
