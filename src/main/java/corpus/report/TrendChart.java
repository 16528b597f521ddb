package corpus.report;

import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
import java.awt.Color;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
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

  /** Up to this many points a series gets a marker at each, so single points can be seen. */
  private static final int MARKED_POINTS = 60;

  static JFreeChart chart(TrendResult trend, Measure measure) {
    // The time axis counts periods, not days: each tick is a period, labelled as the period is,
    // whatever its length (a quarter, an ISO week), and every point sits on its own tick.
    XYSeriesCollection lines = new XYSeriesCollection();
    List<String> periods = new ArrayList<>();
    for (TrendSeries series : trend.series()) {
      XYSeries line = new XYSeries(series.label(), false, true);
      List<TrendPoint> points = series.points();
      for (int p = 0; p < points.size(); p++) {
        line.add(p, value(points.get(p), measure));
        if (periods.size() == p) {
          periods.add(points.get(p).period());
        }
      }
      lines.addSeries(line);
    }
    String terms = String.join(", ", trend.series().stream().map(TrendSeries::term).toList());
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            terms + ": " + measure.label + " by " + trend.by(),
            trend.by(),
            measure.label,
            lines,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    NumberAxis time = (NumberAxis) plot.getDomainAxis();
    time.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    time.setNumberFormatOverride(new PeriodLabels(periods));
    time.setAutoRangeIncludesZero(false);
    if (measure == Measure.COUNT) {
      ((NumberAxis) plot.getRangeAxis())
          .setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    }
    ((XYLineAndShapeRenderer) plot.getRenderer())
        .setDefaultShapesVisible(periods.size() <= MARKED_POINTS);
    return chart;
  }

  /**
   * What a point shows. A period without articles has no rate, so it is a gap in the line, not a
   * drop to zero; its count is a true zero.
   */
  private static Number value(TrendPoint point, Measure measure) {
    if (measure == Measure.COUNT) {
      return point.count();
    }
    return point.periodDocuments() > 0 ? point.perMillion() : null;
  }

  /** Names a tick on the time axis (a period's position) by its period's label. */
  private static final class PeriodLabels extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final List<String> periods;

    PeriodLabels(List<String> periods) {
      this.periods = List.copyOf(periods);
    }

    @Override
    public StringBuffer format(double position, StringBuffer to, FieldPosition field) {
      long index = Math.round(position);
      // Ticks between periods or beyond the ends (the axis's margins) are left unlabelled.
      return index == position && index >= 0 && index < periods.size()
          ? to.append(periods.get((int) index))
          : to;
    }

    @Override
    public StringBuffer format(long position, StringBuffer to, FieldPosition field) {
      return format((double) position, to, field);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
      throw new UnsupportedOperationException("chart labels are never parsed");
    }
  }
}
