package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random strings that look a little like dates, headers and datelines, mixed with
 * punctuation and awkward Unicode (lone surrogates, combining marks, Turkish dotted and dotless i,
 * non-ASCII digits). Fixed seeds make every failure reproducible.
 */
class RandomInputTest {

  private static final int STRINGS_PER_SEED = 1_000;

  private static final List<String> FRAGMENTS =
      List.of(
          "date ",
          "Date: ",
          "Published: ",
          "Updated: ",
          "Title: ",
          "URL: ",
          "\n",
          "\r\n",
          "\n\n",
          " ",
          "  ",
          "\t",
          ",",
          ", ",
          ".",
          "-",
          "--",
          "/",
          "_",
          ":",
          "T",
          "Z",
          "+02:00",
          "st",
          "nd",
          "th",
          " of ",
          "\u2014",
          "\u2013",
          "/PRNewswire/",
          "(Reuters)",
          "BEIJING",
          "New York",
          "January",
          "feb",
          "MAR",
          "Sept.",
          "sep",
          "May",
          "mayday",
          "December",
          "Tuesday",
          "Mon",
          "wed.",
          "AM",
          "EST",
          "UTC",
          "2024",
          "2023",
          "1987",
          "0999",
          "3000",
          "20240822",
          "02",
          "29",
          "30",
          "31",
          "12",
          "1",
          "10:00",
          "23:59:59",
          "2022-09-17",
          "2024-02-30",
          "17.09.2022",
          "09/17/2022",
          "26-FEB-1987",
          "\u00A0",
          "\u0130",
          "\u0131",
          "\u0301",
          "\uD83D\uDE00",
          "\uD83D",
          "\uDE00",
          "\u0663",
          "\uFF11",
          "\u0000",
          "\u202E",
          "\uFEFF",
          "\u00DF");

  private static final List<String> MONTH_NAMES =
      List.of("January", "SEPT", "sep.", "February", "feb", "April", "jun", "December", "Mayday");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 20240822})
  void extractNeverThrowsAndOnlyReturnsPlausibleDates(long seed) {
    Random random = new Random(seed);
    DateExtractor extractor = new DateExtractor();
    int dated = 0;
    for (int n = 0; n < STRINGS_PER_SEED; n++) {
      String text = randomText(random);
      String path = randomPath(random);
      DatedText result = extractor.extract(path, text);
      String context = "seed " + seed + " #" + n + ": " + path + " | " + text;
      if (result.date() == null) {
        assertEquals(null, result.source(), context);
        assertSame(text, result.body(), context);
        continue;
      }
      dated++;
      assertPlausible(result.date(), context);
      if (result.source() == DateSource.HEADER) {
        assertTrue(text.endsWith(result.body()), context);
        assertTrue(result.body().length() < text.length(), context);
      } else {
        assertSame(text, result.body(), context);
        assertEquals(null, result.headerTitle(), context);
      }
    }
    // the fragments are chosen so that dates do turn up; a parser that found nothing would fail
    assertTrue(dated > STRINGS_PER_SEED / 5, "only " + dated + " dated");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 8, 9, 2022})
  void everyFoundDateReadsBackOnItsOwn(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < STRINGS_PER_SEED; n++) {
      String text = randomText(random);
      String context = "seed " + seed + " #" + n + ": " + text;
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 2) - 1;
      Optional<DateMatch> found = DateParser.find(text, from);
      if (found.isEmpty()) {
        continue;
      }
      DateMatch match = found.get();
      assertPlausible(match.date(), context);
      assertTrue(0 <= match.start() && match.start() < match.end(), context);
      assertTrue(match.end() <= text.length(), context);
      assertEquals(
          Optional.of(match.date()),
          DateParser.parse(text.substring(match.start(), match.end())),
          context);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void parseNeverThrowsOnRandomCodeUnits(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < STRINGS_PER_SEED; n++) {
      char[] units = new char[random.nextInt(40)];
      for (int i = 0; i < units.length; i++) {
        // mostly ASCII, where dates live, sometimes anything at all
        units[i] =
            random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(128);
      }
      String text = new String(units);
      DateParser.parse(text).ifPresent(date -> assertPlausible(date, text));
      DateParser.find(text, 0).ifPresent(match -> assertPlausible(match.date(), text));
    }
  }

  private static void assertPlausible(LocalDate date, String context) {
    assertTrue(date.getYear() >= 1000 && date.getYear() <= 2999, () -> date + " in " + context);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(30);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(8)) {
        case 0 -> text.append(random.nextInt(10_000));
        case 1 -> text.append((char) (0x20 + random.nextInt(0x60)));
        case 2 -> text.append(randomDate(random));
        default -> text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
      if (random.nextBoolean()) {
        text.append(' '); // else the parts are glued together, which hides most dates
      }
    }
    return text.toString();
  }

  /** A date-shaped string whose numbers may be out of range: year 0-3999, month 0-13, day 0-32. */
  private static String randomDate(Random random) {
    int year = random.nextInt(4000);
    int month = random.nextInt(14);
    int day = random.nextInt(33);
    String name = MONTH_NAMES.get(random.nextInt(MONTH_NAMES.size()));
    return switch (random.nextInt(6)) {
      case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      case 1 -> String.format(Locale.ROOT, "%d %s %04d", day, name, year);
      case 2 -> String.format(Locale.ROOT, "%s %d, %04d", name, day, year);
      case 3 -> String.format(Locale.ROOT, "%02d.%02d.%04d", day, month, year);
      case 4 -> String.format(Locale.ROOT, "%02d-%s-%04d", day, name, year);
      default -> String.format(Locale.ROOT, "%04d/%d/%d", year, month, day);
    };
  }

  private static String randomPath(Random random) {
    StringBuilder path = new StringBuilder();
    int parts = random.nextInt(5);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> path.append('/');
        case 1 -> path.append(random.nextInt(3000));
        default -> path.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
    }
    return path.append(".txt").toString();
  }
}
