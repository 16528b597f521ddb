package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.load.ArticleReader;
import corpus.load.LoadOutcome;
import corpus.load.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Any bytes as an article file: an article or a skip with its reason, never an exception. */
class LoaderFuzzTest {
  private static final ArticleReader READER = new ArticleReader();

  @FuzzTest(maxDuration = "60s")
  void anyBytesLoadOrAreSkippedWithAReason(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("corpus-fuzz-", ".txt");
    try {
      Files.write(file, bytes);
      LoadOutcome outcome =
          READER.read(
              new SourceFile(
                  file,
                  "2024/" + file.getFileName(),
                  bytes.length,
                  Files.getLastModifiedTime(file).toMillis()));
      if (outcome instanceof LoadOutcome.Loaded loaded) {
        assertFalse(loaded.article().text().isBlank(), "an article has text");
        assertTrue(loaded.article().title() != null);
      } else {
        String reason = ((LoadOutcome.NotLoaded) outcome).skipped().reason();
        assertFalse(reason.isBlank());
        assertFalse(reason.startsWith("failed:"), "a skip is a known reason, not a bug: " + reason);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
