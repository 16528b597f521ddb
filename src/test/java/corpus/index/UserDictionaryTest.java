package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.write(dir.resolve("names.txt"), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsOneWordALineSortedWithoutDuplicates() throws IOException {
    Path file =
        file(
            "\uFEFF# Names the segmenter splits\n"
                + "米舒斯京\r\n"
                + "\n"
                + "   泽连斯基  \n"
                + "\t# indented comment\n"
                + "布林肯\r"
                + "米舒斯京\n"
                + "習近平\n");
    UserDictionary dictionary = UserDictionary.read(file);
    assertEquals(List.of("布林肯", "泽连斯基", "米舒斯京", "習近平"), dictionary.words());
    assertThrows(UnsupportedOperationException.class, () -> dictionary.words().add("普京"));
  }

  @Test
  void stripsTheByteOrderMarkFromTheFirstWord() throws IOException {
    assertEquals(List.of("米舒斯京"), UserDictionary.read(file("\uFEFF米舒斯京\n")).words());
  }

  @Test
  void anEmptyFileIsTheEmptyDictionary() throws IOException {
    assertSame(UserDictionary.EMPTY, UserDictionary.read(file("# nothing yet\n\n")));
    assertEquals(List.of(), UserDictionary.EMPTY.words());
  }

  @Test
  void ofTrimsSortsAndDeduplicates() {
    assertEquals(List.of("普京", "米舒斯京"), UserDictionary.of(List.of(" 米舒斯京", "普京", "米舒斯京")).words());
    assertEquals(UserDictionary.of(List.of("普京")), UserDictionary.of(List.of("普京", "普京")));
    assertThrows(IllegalArgumentException.class, () -> UserDictionary.of(List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> UserDictionary.of(List.of("G20峰会")));
  }

  @Test
  void aWordWithASpaceNamesTheFileAndLine() throws IOException {
    Path file = file("米舒斯京\n# comment\n弗拉基米尔 普京\n");
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(file));
    assertEquals(
        file + ":3: \"弗拉基米尔 普京\" holds a space; give one word a line (user dictionary)",
        e.getMessage());
  }

  @Test
  void aWordWithPunctuationIsAnError() throws IOException {
    Path file = file("弗拉基米尔·普京\n");
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(file));
    assertEquals(
        file
            + ":1: \"弗拉基米尔·普京\" holds '·' (U+00B7); words are Chinese characters only, without"
            + " punctuation or symbols (user dictionary)",
        e.getMessage());
    for (String bad : List.of("普京，", "《人民日报》", "中俄-关系", "普京!")) {
      assertThrows(UserDictionaryException.class, () -> UserDictionary.read(file(bad)), bad);
    }
  }

  @Test
  void aWordWithLatinLettersIsAnErrorThatSaysWhy() throws IOException {
    Path file = file("G20峰会\n");
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(file));
    assertEquals(
        file
            + ":1: \"G20峰会\" holds 'G', which is not a Chinese character; words are Chinese"
            + " characters only (Latin letters and digits are always tokens of their own) (user"
            + " dictionary)",
        e.getMessage());
  }

  @Test
  void aMissingFileSaysSo() {
    Path missing = dir.resolve("no-such-file.txt");
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(missing));
    assertEquals("user dictionary " + missing + " does not exist", e.getMessage());
  }

  @Test
  void aDirectoryIsNotADictionary() {
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(dir));
    assertEquals(
        "user dictionary " + dir + " is a directory; give a text file with one word a line",
        e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8NameTheLine() throws IOException {
    // Line 1 in UTF-8, line 2 (普京) in GBK, as a file pasted together from two editors might be.
    Path file = dir.resolve("mixed.txt");
    byte[] utf8 = "米舒斯京\n".getBytes(StandardCharsets.UTF_8);
    byte[] gbk = "普京\n".getBytes("GBK");
    byte[] bytes = new byte[utf8.length + gbk.length];
    System.arraycopy(utf8, 0, bytes, 0, utf8.length);
    System.arraycopy(gbk, 0, bytes, utf8.length, gbk.length);
    Files.write(file, bytes);
    var e = assertThrows(UserDictionaryException.class, () -> UserDictionary.read(file));
    assertTrue(e.getMessage().startsWith(file + ":2: not UTF-8 text (byte 0x"), e.getMessage());
    assertTrue(e.getMessage().endsWith("); save the user dictionary as UTF-8"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }
}
