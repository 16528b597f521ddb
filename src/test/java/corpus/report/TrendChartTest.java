package corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.Granularity;
import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendChartTest {
  @TempDir Path temp;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static TrendResult twoSeries() {
    List<TrendPoint> rising = new ArrayList<>();
    List<TrendPoint> flat = new ArrayList<>();
    LocalDate month = LocalDate.of(2023, 1, 1);
    for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
      String label = month.toString().substring(0, 7);
      rising.add(new TrendPoint(label, month, i * 10L, i, 20, 100_000, i * 100.0));
      flat.add(new TrendPoint(label, month, 300, 10, 20, 100_000, 3000.0));
    }
    return new TrendResult(
        "month",
        List.of(
            new TrendSeries("strike", 660, 0, null, "n/a", rising),
            new TrendSeries("harbour", 3600, 2, null, "n/a", flat)));
  }

  @Test
  void aPngHasTheSizeAndIsNotBlank() throws IOException {
    Path png = temp.resolve("trend.png");
    TrendChart.write(twoSeries(), TrendChart.Measure.PER_MILLION, png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(TrendChart.WIDTH, image.getWidth());
    assertEquals(TrendChart.HEIGHT, image.getHeight());
    long inked = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        inked += rgb == 0xFFFFFF ? 0 : 1;
      }
    }
    assertTrue(
        inked > image.getWidth() * image.getHeight() / 100,
        "more than 1% of pixels drawn: " + inked);
    assertTrue(colours.size() > 10, "text, grid and two coloured lines: " + colours.size());
    assertTrue(Files.size(png) > 10_000);
  }

  @Test
  void anSvgHasTheTitleAxesAndLegend() throws IOException {
    Path svg = temp.resolve("trend.SVG");
    TrendChart.write(twoSeries(), TrendChart.Measure.COUNT, svg);
    String document = Files.readString(svg);
    assertTrue(document.contains("<svg"), document.substring(0, 80));
    for (String text :
        List.of(
            "strike, harbour: occurrences by month",
            "month",
            "occurrences",
            ">strike<",
            ">harbour<")) {
      assertTrue(document.contains(text), text);
    }
  }

  @Test
  void otherExtensionsAndMissingFoldersAreRefusedLeavingNoFile() throws IOException {
    assertThrows(
        IllegalArgumentException.class, () -> TrendChart.format(temp.resolve("trend.gif")));
    assertThrows(IllegalArgumentException.class, () -> TrendChart.format(temp.resolve("png")));
    Path missing = temp.resolve("no-such-folder/trend.png");
    assertThrows(
        IOException.class,
        () -> TrendChart.write(twoSeries(), TrendChart.Measure.PER_MILLION, missing));
    assertFalse(Files.exists(missing.getParent()));
    try (var left = Files.list(temp)) {
      assertEquals(0, left.count(), "no temporary file left behind");
    }
  }

  /** A series of {@code count} periods of {@code by} from {@code first}, every other one empty. */
  private static TrendResult periods(Granularity by, LocalDate first, int count) {
    List<TrendPoint> points = new ArrayList<>();
    LocalDate start = by.startOf(first);
    for (int i = 0; i < count; i++, start = by.next(start)) {
      boolean articles = i % 2 == 0;
      points.add(
          new TrendPoint(
              by.periodOf(start),
              start,
              articles ? i : 0,
              articles ? 1 : 0,
              articles ? 1 : 0,
              articles ? 1000 : 0,
              articles ? i * 1000.0 : 0.0));
    }
    return new TrendResult(
        by.label(), List.of(new TrendSeries("strike", 0, 0, null, "n/a", points)));
  }

  /** The tick labels the chart's time axis draws, read from the axis model after a real draw. */
  private static List<String> tickLabels(JFreeChart chart) {
    BufferedImage image =
        new BufferedImage(TrendChart.WIDTH, TrendChart.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    ChartRenderingInfo info = new ChartRenderingInfo();
    chart.draw(g2, new Rectangle(0, 0, TrendChart.WIDTH, TrendChart.HEIGHT), info);
    ValueAxis axis = chart.getXYPlot().getDomainAxis();
    List<String> labels = new ArrayList<>();
    for (Object tick :
        axis.refreshTicks(
            g2, new AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.BOTTOM)) {
      String text = ((ValueTick) tick).getText();
      if (!text.isEmpty()) { // the axis's margins beyond the first and last period
        labels.add(text);
      }
    }
    g2.dispose();
    return labels;
  }

  @ParameterizedTest
  @CsvSource({
    "YEAR, 2001-01-01, 20, '\\d{4}'",
    "QUARTER, 2019-01-01, 16, '\\d{4}-Q[1-4]'",
    "MONTH, 2022-01-01, 30, '\\d{4}-\\d{2}'",
    "WEEK, 2023-01-02, 40, '\\d{4}-W\\d{2}'",
    "DAY, 2023-05-01, 25, '\\d{4}-\\d{2}-\\d{2}'"
  })
  void theTimeAxisIsLabelledByPeriod(String period, String first, int count, String pattern) {
    Granularity by = Granularity.valueOf(period);
    TrendResult trend = periods(by, LocalDate.parse(first), count);
    Set<String> periodsShown = new HashSet<>();
    trend.series().get(0).points().forEach(p -> periodsShown.add(p.period()));

    List<String> labels = tickLabels(TrendChart.chart(trend, TrendChart.Measure.PER_MILLION));

    assertTrue(labels.size() >= 2, "at least two ticks: " + labels);
    for (String label : labels) {
      assertTrue(label.matches(pattern), period + " tick '" + label + "' in " + labels);
      assertTrue(periodsShown.contains(label), label + " is one of the chart's periods");
    }
  }

  @Test
  void aPeriodWithoutArticlesIsAGapAndFewPointsHaveMarkers() {
    TrendResult trend = periods(Granularity.QUARTER, LocalDate.of(2022, 1, 1), 6);

    JFreeChart chart = TrendChart.chart(trend, TrendChart.Measure.PER_MILLION);

    var line = ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0);
    assertEquals(0.0, line.getY(0).doubleValue(), "a period with articles and no mention");
    assertEquals(null, line.getY(1), "a period without articles has no rate: a gap");
    assertTrue(
        ((XYLineAndShapeRenderer) chart.getXYPlot().getRenderer()).getDefaultShapesVisible());
  }

  @Test
  void countsGetWholeNumberTicks() {
    JFreeChart chart =
        TrendChart.chart(
            periods(Granularity.MONTH, LocalDate.of(2023, 1, 1), 5), TrendChart.Measure.COUNT);

    NumberAxis counts = (NumberAxis) chart.getXYPlot().getRangeAxis();

    tickLabels(chart); // lays the chart out, so the axis chooses its tick unit
    assertEquals(
        counts.getTickUnit().getSize(),
        Math.rint(counts.getTickUnit().getSize()),
        "a whole number of occurrences per tick");
  }
}
