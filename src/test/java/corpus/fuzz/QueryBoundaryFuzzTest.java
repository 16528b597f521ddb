package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.backend.Backends;
import corpus.query.CorpusStore;
import corpus.query.InvalidQueryException;
import java.nio.file.Path;

/** Any query text: accepted, or refused with one line; no other exception, no stack overflow. */
class QueryBoundaryFuzzTest {
  /** The syntax check needs no index: the store is never opened. */
  private static final CorpusStore STORE = Backends.local(Path.of("no-index-needed"));

  @FuzzTest(maxDuration = "60s")
  void anyQueryIsAcceptedOrRefusedInOneLine(String query) {
    try {
      STORE.checkQuery(query);
    } catch (InvalidQueryException refused) {
      assertFalse(refused.getMessage().isBlank());
      assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
    }
  }
}
