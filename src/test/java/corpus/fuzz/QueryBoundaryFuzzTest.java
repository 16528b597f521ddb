package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.query.InvalidQueryException;
import corpus.query.lucene.LuceneCorpus;

/** Any query text: accepted, or refused with one line; no other exception, no stack overflow. */
class QueryBoundaryFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void anyQueryIsAcceptedOrRefusedInOneLine(String query) {
    try {
      LuceneCorpus.checkSyntax(query);
    } catch (InvalidQueryException refused) {
      assertFalse(refused.getMessage().isBlank());
      assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
    }
  }
}
