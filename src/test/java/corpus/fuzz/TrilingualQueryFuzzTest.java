package corpus.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import corpus.backend.Backends;
import corpus.query.Corpus;
import corpus.query.CorpusStore;
import corpus.query.DateRange;
import corpus.query.IndexProgress;
import corpus.query.IndexRequest;
import corpus.query.InvalidQueryException;
import corpus.query.KwicQuery;
import corpus.query.KwicSort;
import corpus.query.SearchQuery;
import corpus.query.SearchSort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any query text against an index holding Russian, Chinese and English articles: each analysis
 * reads it (the Russian stemmer, the Chinese segmenter, the standard tokenizer), and the answer is
 * hits or one refusing line; no other exception.
 */
class TrilingualQueryFuzzTest {
  private static Corpus corpus;

  private static synchronized Corpus corpus() {
    if (corpus == null) {
      try {
        Path root = Files.createTempDirectory("trilingual");
        Path folder = Files.createDirectories(root.resolve("news"));
        Files.writeString(
            folder.resolve("tass.txt"),
            "МОСКВА, 19 декабря 2023. /ТАСС/. Президент России Владимир Путин провел телефонный"
                + " разговор с председателем КНР. Пресс-секретарь Путина отметил, что Путину"
                + " передали приглашение посетить Пекин, а встреча с Путиным будет весной.\n");
        Files.writeString(
            folder.resolve("xinhua.txt"),
            "新华社北京2023年12月19日电 国家主席习近平同俄罗斯总统普京通电话。习近平指出，中俄关系"
                + "保持高水平发展。普京表示，俄方愿同中方加强合作，双方将在北京举行会谈。\n");
        Files.writeString(
            folder.resolve("wire.txt"),
            "date 2023-12-20\nRussian President Vladimir Putin and Chinese President Xi Jinping"
                + " spoke by telephone on Tuesday, the Kremlin said, and discussed trade.\n");
        CorpusStore store = Backends.local(root.resolve("index"));
        store.index(
            new IndexRequest(folder, IndexRequest.DEFAULT_GLOB, true, 1), IndexProgress.NONE);
        corpus = store.open();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return corpus;
  }

  @FuzzTest(maxDuration = "60s")
  void anyQueryFindsHitsOrIsRefusedInOneLine(String query) throws IOException {
    if (query == null) {
      return; // the command line never passes one; the query records refuse it
    }
    try {
      long hits =
          corpus()
              .search(new SearchQuery(query, DateRange.ALL, 3, SearchSort.RELEVANCE))
              .totalHits();
      assertTrue(hits >= 0 && hits <= 3);
      corpus().kwic(new KwicQuery(query, DateRange.ALL, 20, KwicSort.LEFT, 5));
    } catch (InvalidQueryException refused) {
      assertFalse(refused.getMessage().isBlank());
      assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
    }
  }
}
