package corpus.report;

import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a trend as a line chart: one line per series, each point at its period's first day, PNG or
 * SVG by the file's extension. It draws the result as it is; it computes nothing.
 */
public final class TrendChart {
  private TrendChart() {}

  public static final int WIDTH = 1000;
  public static final int HEIGHT = 560;

  /** What the chart shows on its value axis. */
  public enum Measure {
    PER_MILLION("per million tokens"),
    COUNT("occurrences");

    final String label;

    Measure(String label) {
      this.label = label;
    }
  }

  /**
   * The image format a chart file's name asks for: "png" or "svg".
   *
   * @throws IllegalArgumentException when the name ends in neither .png nor .svg
   */
  public static String format(Path file) {
    String name =
        file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".svg")) {
      return "svg";
    }
    if (name.endsWith(".png")) {
      return "png";
    }
    throw new IllegalArgumentException(
        "the chart file must end in .png or .svg, not '" + file + "'");
  }

  /**
   * @throws IOException when the file cannot be written; nothing half-written is left behind
   */
  public static void write(TrendResult trend, Measure measure, Path file) throws IOException {
    JFreeChart chart = chart(trend, measure);
    if (format(file).equals("svg")) {
      SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
      chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
      byte[] document = graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8);
      AtomicFile.writeBytes(file, out -> out.write(document));
    } else {
      AtomicFile.writeBytes(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }
  }

  static JFreeChart chart(TrendResult trend, Measure measure) {
    TimeZone utc = TimeZone.getTimeZone(ZoneOffset.UTC);
    TimeSeriesCollection lines = new TimeSeriesCollection(utc);
    for (TrendSeries series : trend.series()) {
      TimeSeries line = new TimeSeries(series.term());
      for (TrendPoint point : series.points()) {
        Date start = Date.from(point.start().atStartOfDay(ZoneOffset.UTC).toInstant());
        double value = measure == Measure.COUNT ? point.count() : point.perMillion();
        line.add(new Day(start, utc, Locale.ROOT), value);
      }
      lines.addSeries(line);
    }
    String terms = String.join(", ", trend.series().stream().map(TrendSeries::term).toList());
    JFreeChart chart =
        ChartFactory.createTimeSeriesChart(
            terms + ": " + measure.label + " by " + trend.by(),
            trend.by() + " (first day)",
            measure.label,
            lines,
            true,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    // Dates on the axis in UTC, like the periods: the machine's zone must not shift a day.
    ((DateAxis) plot.getDomainAxis()).setTimeZone(utc);
    return chart;
  }
}
