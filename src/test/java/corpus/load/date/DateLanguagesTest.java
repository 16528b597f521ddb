package corpus.load.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Day-month-year dates in Russian and the other European languages of {@link DateLanguage}. */
class DateLanguagesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Russian: genitive and nominative, full and abbreviated, any case, with года or г.
          19 декабря 2023                         | 2023-12-19
          19 декабря 2023 года                    | 2023-12-19
          19 дек. 2023 г.                         | 2023-12-19
          19 дек 2023                             | 2023-12-19
          19 Декабря 2023                         | 2023-12-19
          19 ДЕКАБРЯ 2023 ГОДА                    | 2023-12-19
          19 декабрь 2023                         | 2023-12-19
          16 мая 2024                             | 2024-05-16
          16 май 2024 г.                          | 2024-05-16
          21 марта 2023                           | 2023-03-21
          21 март 2023                            | 2023-03-21
          21 мар. 2023                            | 2023-03-21
          1 января 2024                           | 2024-01-01
          1 янв. 2024 г.                          | 2024-01-01
          29 февраля 2024                         | 2024-02-29
          9 февр. 2024                            | 2024-02-09
          9 фев. 2024                             | 2024-02-09
          12 апреля 1961 года                     | 1961-04-12
          12 июня 2023                            | 2023-06-12
          4 июля 2023                             | 2023-07-04
          22 августа 2024                         | 2024-08-22
          22 авг. 2024                            | 2024-08-22
          1 сентября 2023                         | 2023-09-01
          1 сент. 2023 г.                         | 2023-09-01
          1 сен 2023                              | 2023-09-01
          7 октября 2023                          | 2023-10-07
          7 ноября 1917 года                      | 1917-11-07
          7 нояб. 1917 г.                         | 1917-11-07
          '19 декабря 2023 г., 10:31'             | 2023-12-19
          # Ukrainian
          24 серпня 1991 року                     | 1991-08-24
          24 серпня 1991 р.                       | 1991-08-24
          1 грудня 1991                           | 1991-12-01
          # German, with and without the full stop after the day
          2. Mai 1945                             | 1945-05-02
          8. März 1945                            | 1945-03-08
          8. Maerz 1945                           | 1945-03-08
          9. November 1989                        | 1989-11-09
          3. Okt. 1990                            | 1990-10-03
          3 Oktober 1990                          | 1990-10-03
          1. Jänner 2024                          | 2024-01-01
          # French, with 1er and without accents
          1 septembre 1939                        | 1939-09-01
          1er septembre 1939                      | 1939-09-01
          14 juillet 1789                         | 1789-07-14
          6 févr. 2024                            | 2024-02-06
          6 fevrier 2024                          | 2024-02-06
          15 août 2023                            | 2023-08-15
          15 aout 2023                            | 2023-08-15
          25 décembre 2023                        | 2023-12-25
          25 DÉCEMBRE 2023                        | 2023-12-25
          # Spanish and Portuguese, with de and del
          17 de marzo de 1615                     | 1615-03-17
          17 de marzo del 2023                    | 2023-03-17
          12 de octubre de 1492                   | 1492-10-12
          2 de mayo de 2023                       | 2023-05-02
          1 de septiembre de 2023                 | 2023-09-01
          1 de setiembre de 2023                  | 2023-09-01
          25 de abril de 1974                     | 1974-04-25
          25 de Abril de 1974                     | 1974-04-25
          7 de setembro de 1822                   | 1822-09-07
          15 de março de 2023                     | 2023-03-15
          # Italian
          2 giugno 1946                           | 1946-06-02
          25 aprile 1945                          | 1945-04-25
          4 novembre 1918                         | 1918-11-04
          # Dutch
          5 mei 1945                              | 1945-05-05
          27 april 2023                           | 2023-04-27
          3 mrt 2023                              | 2023-03-03
          # Polish: genitive, with r. or roku, with and without diacritics
          1 września 1939                         | 1939-09-01
          1 wrzesnia 1939                         | 1939-09-01
          1 września 1939 r.                      | 1939-09-01
          11 listopada 1918 roku                  | 1918-11-11
          3 maja 1791                             | 1791-05-03
          4 czerwca 1989                          | 1989-06-04
          13 października 2023                    | 2023-10-13
          # Danish, Swedish, Finnish
          5. maj 1945                             | 1945-05-05
          4. marts 2023                           | 2023-03-04
          6 juni 1523                             | 1523-06-06
          17 augusti 2023                         | 2023-08-17
          6. joulukuuta 1917                      | 1917-12-06
          24. kesäkuuta 2023                      | 2023-06-24
          1. toukokuuta 2024                      | 2024-05-01
          """)
  void readsEachLanguagesDayMonthYear(String whole, LocalDate expected) {
    assertEquals(Optional.of(expected), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is not a date")
  @ValueSource(
      strings = {
        // a month name alone, or a day and month without a year
        "марта",
        "май",
        "Май",
        "19 декабря",
        "в марте 2023",
        "декабрь 2023",
        // impossible days in every language
        "31 февраля 2023",
        "30 февраля 2024 года",
        "31 апреля 2023",
        "29 февраля 2023 г.",
        "31. April 2023",
        "31 septembre 2023",
        "30 de febrero de 2024",
        "31 czerwca 2023",
        // the month before the day is English only
        "декабря 19, 2023",
        "Mai 2, 1945",
        "septembre 17 2022",
        // each language's own marks only: English takes no dot after the day, no "de"
        "2. May 1945",
        "17 de September 2022",
        "17 of marzo 2023",
        "1er September 1939",
        "2nd Mai 1945",
        // two-digit years
        "19 декабря 23",
        "17 de marzo de 15"
      })
  void rejects(String whole) {
    assertEquals(Optional.empty(), DateParser.parse(whole));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" contains {1} as \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Встреча прошла 19 декабря 2023 года в Пекине.          | 2023-12-19 | 19 декабря 2023 года
          Договор подписан 19 дек. 2023 г. в Москве.             | 2023-12-19 | 19 дек. 2023 г.
          В марте и в мае, а затем 16 мая 2024 года.             | 2024-05-16 | 16 мая 2024 года
          Am 8. Mai 1945 endete der Krieg.                       | 1945-05-08 | 8. Mai 1945
          Le 1er septembre 1939, l'Allemagne envahit la Pologne. | 1939-09-01 | 1er septembre 1939
          El 17 de marzo de 1615 se publicó.                     | 1615-03-17 | 17 de marzo de 1615
          W dniu 1 września 1939 r. Niemcy                       | 1939-09-01 | 1 września 1939 r.
          """)
  void findsDatesInRunningText(String text, LocalDate expected, String matched) {
    Optional<DateMatch> found = DateParser.find(text, 0);
    assertTrue(found.isPresent(), () -> "no date in: " + text);
    assertEquals(expected, found.get().date());
    assertEquals(matched, text.substring(found.get().start(), found.get().end()));
  }

  @ParameterizedTest(name = "[{index}] nothing in \"{0}\"")
  @ValueSource(
      strings = {
        "Пленум пройдёт в марта, а не в мае.",
        "МОСКВА, 19 декабря. /ТАСС/. Президент России заявил",
        "В 2023 году, 19 декабря, он сказал",
        "In May 2023 they met; in March, 17 delegates came.",
        "Item 2. May 1945 was a turning point"
      })
  void findsNothingWithoutACompleteDate(String text) {
    assertEquals(Optional.empty(), DateParser.find(text, 0));
  }

  @Test
  void aMonthNameWithACombiningAccentIsComposedFirst() {
    assertEquals(Optional.of(LocalDate.of(2023, 8, 15)), DateParser.parse("15 aou\u0302t 2023"));
  }

  @Test
  void readsMonthNamesUnderATurkishLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      assertEquals(Optional.of(LocalDate.of(2023, 1, 6)), DateParser.parse("6 JANVIER 2023"));
      assertEquals(Optional.of(LocalDate.of(2023, 4, 6)), DateParser.parse("6 APRILE 2023"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void everyLanguagesTableHasTwelveMonths() {
    for (DateLanguage language : DateLanguage.ALL) {
      assertEquals(
          12,
          language.months().values().stream().distinct().count(),
          () -> language.tag() + " lacks a month");
    }
  }
}
