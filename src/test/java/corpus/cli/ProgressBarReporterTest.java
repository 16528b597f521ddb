package corpus.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressBarReporterTest {
  @Test
  void theBarShowsItsRateWithALeadingDigitAndKeepsItsWidth() throws InterruptedException {
    ByteArrayOutputStream drawn = new ByteArrayOutputStream();
    ProgressBarReporter bar =
        new ProgressBarReporter(new PrintStream(drawn, true, StandardCharsets.UTF_8));

    bar.start(300, 300L * 1024);
    for (int i = 0; i < 300; i++) {
      bar.fileDone(1024);
    }
    // Not a timing assertion: a rate needs some elapsed time, and 0.3 MB over about a second is
    // a rate below one, the case that was drawn ".3 MB/s".
    Thread.sleep(1_100);
    bar.finish();

    String text = drawn.toString(StandardCharsets.UTF_8);
    assertTrue(Pattern.compile("[0-9]\\.[0-9] MB/s").matcher(text).find(), text);
    assertFalse(Pattern.compile("(^|[^0-9])\\.[0-9]+ ?MB/s").matcher(text).find(), text);
    for (String frame : text.split("[\r\n]")) {
      assertTrue(
          frame.length() <= ProgressBarReporter.WIDTH, "a frame wider than the bar: " + frame);
    }
  }
}
