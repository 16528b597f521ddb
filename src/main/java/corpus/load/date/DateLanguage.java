package corpus.load.date;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one language writes a date with a month name: one table of month names (full, abbreviated,
 * and where the language declines them both the nominative and the genitive or partitive) and the
 * few words and marks that may stand around them. Every language writes the day before the month
 * except English, which also writes it after ({@code September 17, 2022}).
 *
 * <p>Names are in lower case ({@link java.util.Locale#ROOT}) and matched in any case; where writers
 * often drop accents the plain spelling is listed too ({@code fevrier}, {@code wrzesnia}).
 *
 * @param tag the language's BCP 47 tag, for messages and tests
 * @param months month names and abbreviations → month number 1-12
 * @param monthFirst whether the month may come before the day ({@code May 24, 2023})
 * @param dayDot whether the day may end with a full stop ({@code 2. Mai 1945}, {@code 6. joulukuuta
 *     1917})
 * @param ordinals letters a day number may carry ({@code 17th}, {@code 1er})
 * @param beforeMonth words that may stand between the day and the month ({@code 17th of September},
 *     {@code 17 de marzo})
 * @param beforeYear words that may stand between the month and the year ({@code de 1615})
 * @param afterYear words that may follow the year and belong to the date ({@code 2023 года}, {@code
 *     2023 г.}, {@code 1939 r.}); an abbreviation takes its full stop with it
 */
record DateLanguage(
    String tag,
    Map<String, Integer> months,
    boolean monthFirst,
    boolean dayDot,
    Set<String> ordinals,
    Set<String> beforeMonth,
    Set<String> beforeYear,
    Set<String> afterYear) {

  /** Builds a month table from rows of twelve names, January first; null leaves a month out. */
  private static Map<String, Integer> months(String[]... rows) {
    Map<String, Integer> months = new HashMap<>();
    for (String[] row : rows) {
      if (row.length != 12) {
        throw new IllegalArgumentException("a row of month names has twelve entries");
      }
      for (int month = 1; month <= 12; month++) {
        String name = row[month - 1];
        Integer before = name == null ? null : months.put(name, month);
        if (before != null && before != month) {
          throw new IllegalArgumentException("two months named " + name);
        }
      }
    }
    return Map.copyOf(months);
  }

  private static String[] row(String... names) {
    return names;
  }

  static final DateLanguage ENGLISH =
      new DateLanguage(
          "en",
          months(
              row(
                  "january",
                  "february",
                  "march",
                  "april",
                  "may",
                  "june",
                  "july",
                  "august",
                  "september",
                  "october",
                  "november",
                  "december"),
              row(
                  "jan", "feb", "mar", "apr", null, "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec"),
              row(null, null, null, null, null, null, null, null, "sept", null, null, null)),
          true,
          false,
          Set.of("st", "nd", "rd", "th"),
          Set.of("of"),
          Set.of(),
          Set.of());

  static final DateLanguage RUSSIAN =
      new DateLanguage(
          "ru",
          months(
              row(
                  "января",
                  "февраля",
                  "марта",
                  "апреля",
                  "мая",
                  "июня",
                  "июля",
                  "августа",
                  "сентября",
                  "октября",
                  "ноября",
                  "декабря"),
              row(
                  "январь",
                  "февраль",
                  "март",
                  "апрель",
                  "май",
                  "июнь",
                  "июль",
                  "август",
                  "сентябрь",
                  "октябрь",
                  "ноябрь",
                  "декабрь"),
              row(
                  "янв", "февр", "мар", "апр", null, "июн", "июл", "авг", "сент", "окт", "нояб",
                  "дек"),
              row(null, "фев", null, null, null, null, null, null, "сен", null, "ноя", null)),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of("года", "год", "г"));

  static final DateLanguage UKRAINIAN =
      new DateLanguage(
          "uk",
          months(
              row(
                  "січня",
                  "лютого",
                  "березня",
                  "квітня",
                  "травня",
                  "червня",
                  "липня",
                  "серпня",
                  "вересня",
                  "жовтня",
                  "листопада",
                  "грудня"),
              row(
                  "січень",
                  "лютий",
                  "березень",
                  "квітень",
                  "травень",
                  "червень",
                  "липень",
                  "серпень",
                  "вересень",
                  "жовтень",
                  "листопад",
                  "грудень"),
              row(
                  "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист",
                  "груд")),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of("року", "р"));

  static final DateLanguage GERMAN =
      new DateLanguage(
          "de",
          months(
              row(
                  "januar",
                  "februar",
                  "märz",
                  "april",
                  "mai",
                  "juni",
                  "juli",
                  "august",
                  "september",
                  "oktober",
                  "november",
                  "dezember"),
              row(
                  "jan", "feb", "mrz", "apr", null, "jun", "jul", "aug", "sep", "okt", "nov",
                  "dez"),
              row("jänner", null, "maerz", null, null, null, null, null, "sept", null, null, null),
              row("jän", null, null, null, null, null, null, null, null, null, null, null)),
          false,
          true,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage FRENCH =
      new DateLanguage(
          "fr",
          months(
              row(
                  "janvier",
                  "février",
                  "mars",
                  "avril",
                  "mai",
                  "juin",
                  "juillet",
                  "août",
                  "septembre",
                  "octobre",
                  "novembre",
                  "décembre"),
              row(
                  "janv", "févr", null, "avr", null, null, "juil", null, "sept", "oct", "nov",
                  "déc"),
              row(
                  null,
                  "fevrier",
                  null,
                  null,
                  null,
                  null,
                  null,
                  "aout",
                  null,
                  null,
                  null,
                  "decembre"),
              row(null, "fevr", null, null, null, null, null, null, null, null, null, "dec"),
              row(null, "fév", null, null, null, null, null, null, null, null, null, null)),
          false,
          false,
          Set.of("er"),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage SPANISH =
      new DateLanguage(
          "es",
          months(
              row(
                  "enero",
                  "febrero",
                  "marzo",
                  "abril",
                  "mayo",
                  "junio",
                  "julio",
                  "agosto",
                  "septiembre",
                  "octubre",
                  "noviembre",
                  "diciembre"),
              row(
                  "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov",
                  "dic"),
              row(null, null, null, null, null, null, null, null, "setiembre", null, null, null),
              row(null, null, null, null, null, null, null, null, "sept", null, null, null)),
          false,
          false,
          Set.of(),
          Set.of("de"),
          Set.of("de", "del"),
          Set.of());

  static final DateLanguage ITALIAN =
      new DateLanguage(
          "it",
          months(
              row(
                  "gennaio",
                  "febbraio",
                  "marzo",
                  "aprile",
                  "maggio",
                  "giugno",
                  "luglio",
                  "agosto",
                  "settembre",
                  "ottobre",
                  "novembre",
                  "dicembre"),
              row(
                  "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov",
                  "dic"),
              row(null, null, null, null, null, null, null, null, "sett", null, null, null)),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage PORTUGUESE =
      new DateLanguage(
          "pt",
          months(
              row(
                  "janeiro",
                  "fevereiro",
                  "março",
                  "abril",
                  "maio",
                  "junho",
                  "julho",
                  "agosto",
                  "setembro",
                  "outubro",
                  "novembro",
                  "dezembro"),
              row(
                  "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov",
                  "dez"),
              row(null, null, "marco", null, null, null, null, null, null, null, null, null)),
          false,
          false,
          Set.of(),
          Set.of("de"),
          Set.of("de"),
          Set.of());

  static final DateLanguage DUTCH =
      new DateLanguage(
          "nl",
          months(
              row(
                  "januari",
                  "februari",
                  "maart",
                  "april",
                  "mei",
                  "juni",
                  "juli",
                  "augustus",
                  "september",
                  "oktober",
                  "november",
                  "december"),
              row(
                  "jan", "feb", "mrt", "apr", null, "jun", "jul", "aug", "sep", "okt", "nov",
                  "dec"),
              row(null, null, null, null, null, null, null, null, "sept", null, null, null)),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage POLISH =
      new DateLanguage(
          "pl",
          months(
              row(
                  "stycznia",
                  "lutego",
                  "marca",
                  "kwietnia",
                  "maja",
                  "czerwca",
                  "lipca",
                  "sierpnia",
                  "września",
                  "października",
                  "listopada",
                  "grudnia"),
              row(
                  "styczeń",
                  "luty",
                  "marzec",
                  "kwiecień",
                  "maj",
                  "czerwiec",
                  "lipiec",
                  "sierpień",
                  "wrzesień",
                  "październik",
                  "listopad",
                  "grudzień"),
              row(
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  "wrzesnia",
                  "pazdziernika",
                  null,
                  null),
              row(
                  "sty", "lut", "mar", "kwi", null, "cze", "lip", "sie", "wrz", "paź", "lis",
                  "gru")),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of("roku", "r"));

  static final DateLanguage DANISH =
      new DateLanguage(
          "da",
          months(
              row(
                  "januar",
                  "februar",
                  "marts",
                  "april",
                  "maj",
                  "juni",
                  "juli",
                  "august",
                  "september",
                  "oktober",
                  "november",
                  "december"),
              row(
                  "jan", "feb", "mar", "apr", null, "jun", "jul", "aug", "sep", "okt", "nov",
                  "dec")),
          false,
          true,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage SWEDISH =
      new DateLanguage(
          "sv",
          months(
              row(
                  "januari",
                  "februari",
                  "mars",
                  "april",
                  "maj",
                  "juni",
                  "juli",
                  "augusti",
                  "september",
                  "oktober",
                  "november",
                  "december"),
              row(
                  "jan", "feb", "mar", "apr", null, "jun", "jul", "aug", "sep", "okt", "nov",
                  "dec")),
          false,
          false,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  static final DateLanguage FINNISH =
      new DateLanguage(
          "fi",
          months(
              row(
                  "tammikuuta",
                  "helmikuuta",
                  "maaliskuuta",
                  "huhtikuuta",
                  "toukokuuta",
                  "kesäkuuta",
                  "heinäkuuta",
                  "elokuuta",
                  "syyskuuta",
                  "lokakuuta",
                  "marraskuuta",
                  "joulukuuta"),
              row(
                  "tammikuu",
                  "helmikuu",
                  "maaliskuu",
                  "huhtikuu",
                  "toukokuu",
                  "kesäkuu",
                  "heinäkuu",
                  "elokuu",
                  "syyskuu",
                  "lokakuu",
                  "marraskuu",
                  "joulukuu"),
              row(
                  null,
                  null,
                  null,
                  null,
                  null,
                  "kesakuuta",
                  "heinakuuta",
                  null,
                  null,
                  null,
                  null,
                  null)),
          false,
          true,
          Set.of(),
          Set.of(),
          Set.of(),
          Set.of());

  /** Every language, English first: the order in which a name's languages are tried. */
  static final List<DateLanguage> ALL =
      List.of(
          ENGLISH,
          RUSSIAN,
          UKRAINIAN,
          GERMAN,
          FRENCH,
          SPANISH,
          ITALIAN,
          PORTUGUESE,
          DUTCH,
          POLISH,
          DANISH,
          SWEDISH,
          FINNISH);

  /** Every month name of every language → the languages that have it, in {@link #ALL}'s order. */
  private static final Map<String, List<DateLanguage>> BY_NAME = byName();

  /** The longest month name of any language ({@code października}). */
  static final int LONGEST_NAME =
      BY_NAME.keySet().stream().mapToInt(String::length).max().orElseThrow();

  private static Map<String, List<DateLanguage>> byName() {
    Map<String, List<DateLanguage>> byName = new HashMap<>();
    for (DateLanguage language : ALL) {
      for (String name : language.months().keySet()) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(language);
      }
    }
    byName.replaceAll((name, languages) -> List.copyOf(languages));
    return Map.copyOf(byName);
  }

  /** The languages with a month called {@code name} (in lower case); empty when none has one. */
  static List<DateLanguage> withMonth(String name) {
    return BY_NAME.getOrDefault(name, List.of());
  }
}
