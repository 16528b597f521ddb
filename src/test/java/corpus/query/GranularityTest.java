package corpus.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GranularityTest {

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    // ISO weeks: Monday first, the year of their Thursday. 2020 has 53 weeks, 2021 has 52.
    "2020-12-31, 2020-W53",
    "2021-01-03, 2020-W53",
    "2021-01-04, 2021-W01",
    "2024-12-30, 2025-W01",
    "2027-01-01, 2026-W53",
    "2023-05-24, 2023-W21",
    "2016-02-29, 2016-W09",
  })
  void isoWeeks(LocalDate date, String week) {
    assertEquals(week, Granularity.WEEK.periodOf(date));
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "2023-01-01, 2023-Q1",
    "2023-03-31, 2023-Q1",
    "2023-04-01, 2023-Q2",
    "2023-06-30, 2023-Q2",
    "2023-07-01, 2023-Q3",
    "2023-12-31, 2023-Q4",
    "2024-02-29, 2024-Q1",
  })
  void quarters(LocalDate date, String quarter) {
    assertEquals(quarter, Granularity.QUARTER.periodOf(date));
  }

  @Test
  void otherLabels() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertEquals("2024", Granularity.YEAR.periodOf(leapDay));
    assertEquals("2024-02", Granularity.MONTH.periodOf(leapDay));
    assertEquals("2024-02-29", Granularity.DAY.periodOf(leapDay));
    assertEquals("0996-07", Granularity.MONTH.periodOf(LocalDate.of(996, 7, 1)));
    assertEquals(null, Granularity.NONE.periodOf(leapDay));
  }

  @Test
  void periodStarts() {
    LocalDate date = LocalDate.of(2021, 1, 3); // a Sunday, in 2020-W53
    assertEquals(LocalDate.of(2020, 12, 28), Granularity.WEEK.startOf(date));
    assertEquals(LocalDate.of(2021, 1, 1), Granularity.QUARTER.startOf(date));
    assertEquals(LocalDate.of(2024, 4, 1), Granularity.QUARTER.startOf(LocalDate.of(2024, 6, 30)));
    assertEquals(LocalDate.of(2024, 2, 1), Granularity.MONTH.startOf(LocalDate.of(2024, 2, 29)));
    assertEquals(LocalDate.of(2024, 1, 1), Granularity.YEAR.startOf(LocalDate.of(2024, 2, 29)));
    assertEquals(LocalDate.of(2024, 3, 1), Granularity.MONTH.next(LocalDate.of(2024, 2, 1)));
    assertEquals(LocalDate.of(2025, 1, 1), Granularity.QUARTER.next(LocalDate.of(2024, 10, 1)));
    assertThrows(IllegalStateException.class, () -> Granularity.NONE.startOf(date));
  }

  /**
   * Walking period by period over forty years: every day lands in the period just walked into, each
   * period starts on its start day (Monday for weeks), and labels rise strictly, so sorting labels
   * sorts periods.
   */
  @ParameterizedTest
  @EnumSource(value = Granularity.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void periodsTileTheCalendarAndTheirLabelsSortInOrder(Granularity by) {
    LocalDate day = LocalDate.of(1990, 1, 1);
    LocalDate end = LocalDate.of(2030, 1, 1);
    LocalDate start = by.startOf(day);
    String label = by.periodOf(start);
    for (; day.isBefore(end); day = day.plusDays(1)) {
      if (!day.isBefore(by.next(start))) {
        start = by.next(start);
        String next = by.periodOf(start);
        assertTrue(next.compareTo(label) > 0, next + " after " + label);
        label = next;
      }
      assertEquals(start, by.startOf(day), day.toString());
      assertEquals(label, by.periodOf(day), day.toString());
    }
    if (by == Granularity.WEEK) {
      assertEquals(DayOfWeek.MONDAY, start.getDayOfWeek());
    }
  }

  @Test
  void randomDatesLieInsideTheirPeriod() {
    Random random = new Random(20261123);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(200_000) - 50_000);
      for (Granularity by :
          new Granularity[] {
            Granularity.YEAR, Granularity.QUARTER, Granularity.MONTH, Granularity.WEEK
          }) {
        LocalDate start = by.startOf(date);
        assertTrue(!start.isAfter(date) && date.isBefore(by.next(start)), by + " " + date);
      }
    }
  }
}
