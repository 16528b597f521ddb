package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.load.date.DateExtractor;
import corpus.load.date.DatedText;

/** Any text in, a date within reason or none out, never an exception. */
class DateExtractorFuzzTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor();

  @FuzzTest(maxDuration = "60s")
  void anyTextGivesAValidDateOrNone(FuzzedDataProvider data) {
    String fileName = data.consumeString(60);
    String text = data.consumeRemainingAsString();
    DatedText dated = EXTRACTOR.extract(fileName, text);
    if (dated.date() != null) {
      int year = dated.date().getYear();
      assertTrue(year >= 1000 && year <= 9999, "a four-digit year: " + dated.date());
      assertTrue(dated.source() != null, "a date always says which rule found it");
    }
  }
}
