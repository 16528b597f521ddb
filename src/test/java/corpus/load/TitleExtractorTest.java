package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleExtractorTest {

  private final TitleExtractor extractor = new TitleExtractor();

  private static String sampleBody(String prefix) throws IOException {
    String text = Files.readString(SampleCorpus.file(prefix), StandardCharsets.UTF_8);
    return SampleCorpus.withoutDateHeader(text);
  }

  private static void assertFits(String title) {
    assertTrue(
        title.length() <= TitleExtractor.MAX_LENGTH, () -> title.length() + " chars: " + title);
  }

  @Test
  void sample000DropsTheTassDatelineAndShortensTheFirstSentence() throws IOException {
    String body = sampleBody("000_");
    assertTrue(body.startsWith("BEIJING, August 22. /TASS/. Top officials"), body);
    String title = extractor.title(body);
    assertEquals(
        "Top officials in Russia and China have total faith that bilateral relations will continue"
            + " to progress no matter what difficulties they…",
        title);
    assertFits(title);
  }

  @Test
  void sample001TakesTheFirstSentenceOfALongFirstLine() throws IOException {
    assertEquals(
        "Russian-Chinese relations are capable of overcoming any obstacles in an era of colossal"
            + " changes throughout the world.",
        extractor.title(sampleBody("001_")));
  }

  @Test
  void sample002TakesTheShortFirstLine() throws IOException {
    assertEquals(
        "Western pressure is strengthening Russian-Chinese relations, Mishustin said in Beijing",
        extractor.title(sampleBody("002_")));
  }

  @Test
  void sample003DropsThePrNewswireDatelineWithItsAbbreviatedMonth() throws IOException {
    String title = extractor.title(sampleBody("003_"));
    assertEquals(
        "On the afternoon of September 15 local time, Chinese President Xi Jinping held a bilateral"
            + " meeting with Russian President Vladimir Putin in…",
        title);
    assertFits(title);
  }

  @Test
  void sample004TakesTheWhole128CharacterFirstLine() throws IOException {
    String title = extractor.title(sampleBody("004_"));
    assertEquals(128, title.length());
    assertEquals(
        "Russian President Vladimir Putin stressed the importance of China-Russia bilateral"
            + " relations in stabilizing the world situation.",
        title);
  }

  @Test
  void headerTitleWinsOverTheFirstLine() {
    assertEquals(
        "The header's headline",
        extractor.title("A short first line\nmore", "  The header's\theadline "));
  }

  @Test
  void blankHeaderTitleIsIgnored() {
    assertEquals("A short first line", extractor.title("A short first line\nmore", " "));
  }

  @Test
  void blankLinesBeforeTheFirstLineAreSkippedAndWhitespaceCollapsed() {
    assertEquals("A short headline", extractor.title("\n  \r\n\u00a0 A   short\theadline  \nbody"));
  }

  @Test
  void firstLineOfExactly140CharsIsKeptWhole() {
    String line = "a".repeat(60) + ". " + "b".repeat(78);
    assertEquals(140, line.length());
    assertEquals(line, extractor.title(line + "\nbody"));
  }

  @Test
  void firstLineOf141CharsIsCutToItsFirstSentence() {
    String line = "a".repeat(60) + ". " + "B".repeat(79);
    assertEquals("a".repeat(60) + ".", extractor.title(line));
  }

  private static String longLine(String firstSentence) {
    return firstSentence + " " + "Then a second sentence goes on and on. ".repeat(5);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Mr. Smith went to Washington on Monday.",
        "Dr. Li met Gov. Newsom and Sen. Jones in Sept. last year.",
        "The U.S. and the U.K. signed it.",
        "John F. Kennedy spoke at 10 a.m. on Friday.",
        "Apple Inc. said profits rose!",
        "Was it \"over?\" she asked.",
        "He said: \"It is over.\"",
        "Shares rose 2.5 per cent on Friday?",
        "The Commission. of the Central Committee met."
      })
  void firstSentenceDoesNotEndAtAbbreviationsOrInitials(String sentence) {
    assertEquals(sentence, extractor.title(longLine(sentence)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BEIJING, Aug. 22 (Xinhua) -- Chinese officials met on Thursday.",
        "LONDON (Reuters) - Britain's economy grew in May.",
        "NEW YORK, March 3, 2021 /PRNewswire/ — Acme Corp. announced results.",
        "MOSCOW, August 22. /TASS/. The talks ended."
      })
  void wireDatelinesAreDropped(String line) {
    String title = extractor.title(longLine(line));
    assertTrue(!title.isEmpty() && Character.isUpperCase(title.charAt(0)), title);
    assertEquals(line.substring(line.length() - title.length()), title);
    assertTrue(title.length() < 50, title);
  }

  @Test
  void aNameFollowedByABracketIsNotADateline() {
    // The date rule takes mixed-case places (Moscow, Russia); a title's dateline is in capitals.
    String sentence = "Russian President Vladimir Putin (left) met Xi Jinping in Moscow.";
    assertEquals(sentence, extractor.title(longLine(sentence)));
  }

  @Test
  void upperCaseStartWithoutAnAgencyMarkerIsNotADateline() {
    String sentence = "NATO, the alliance, met in Brussels.";
    assertEquals(sentence, extractor.title(longLine(sentence)));
  }

  @Test
  void longSentenceIsCutAtTheLastWordBoundaryWithAnEllipsis() {
    String sentence = "word ".repeat(40) + "end.";
    String title = extractor.title(sentence);
    assertTrue(title.endsWith(" word…"), title);
    assertFits(title);
    assertTrue(title.length() >= TitleExtractor.MAX_LENGTH - 5, title);
  }

  @Test
  void trailingCommaIsDroppedBeforeTheEllipsis() {
    String sentence = "x".repeat(130) + ", " + "y".repeat(20) + " z.";
    assertEquals("x".repeat(130) + "…", extractor.title(sentence));
  }

  @Test
  void sentenceWithoutSpacesIsCutHard() {
    String title = extractor.title("http://example.com/" + "a".repeat(300));
    assertEquals(TitleExtractor.MAX_LENGTH, title.length());
    assertTrue(title.endsWith("a…"), title);
  }

  @Test
  void hardCutDoesNotSplitASurrogatePair() {
    String title = extractor.title("a".repeat(138) + "😀".repeat(10));
    assertEquals("a".repeat(138) + "…", title);
  }

  @Test
  void emptyBodyHasAnEmptyTitle() {
    assertEquals("", extractor.title(" \n \n"));
  }

  @Test
  void anArticleOnOneHugeLineGetsTheTitleOfItsFirstSentence() {
    String sentence =
        "The committee   approved\u00A0the budget after a long debate in the chamber on Tuesday. ";
    String huge = sentence + "More words follow here. ".repeat(50_000);
    assertEquals(
        "The committee approved the budget after a long debate in the chamber on Tuesday.",
        extractor.title(huge, null));
    String noStop = "word ".repeat(100_000);
    String title = extractor.title(noStop, null);
    assertEquals(TitleExtractor.MAX_LENGTH, title.length(), title);
    assertTrue(title.endsWith("word…"), title);
  }
}
