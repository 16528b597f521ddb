package corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import corpus.query.TrendPoint;
import corpus.query.TrendResult;
import corpus.query.TrendSeries;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            "month (first day)",
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
}
