package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.CorpusStats;
import corpus.query.Granularity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/** Corpus totals from doc values and the term dictionary; stored text is never read. */
final class StatsSummary {
  private final IndexReader reader;

  StatsSummary(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * @param selected the articles counted, as a {@link Selection}
   * @param everyArticle the selection is every live article, so the term dictionary alone can count
   *     distinct terms when nothing is deleted
   */
  CorpusStats compute(FixedBitSet selected, boolean everyArticle) throws IOException {
    StatsPart part = part(selected, everyArticle);
    return StatsPart.finish(List.of(part), part.distinctTerms());
  }

  /** This index's counts, to finish alone or with other shards' ({@link StatsPart#finish}). */
  StatsPart part(FixedBitSet selected, boolean everyArticle) throws IOException {
    Buckets years = Buckets.occupiedPeriods(reader, selected, Granularity.YEAR);
    Map<Integer, StatsPart.Count> perYear = new TreeMap<>();
    for (int y = 0; y < years.labels.size(); y++) {
      perYear.put(
          years.starts.get(y).getYear(), new StatsPart.Count(years.documents[y], years.tokens[y]));
    }
    Buckets sources = Buckets.bySource(reader, selected);
    Buckets languages = Buckets.byLanguage(reader, selected);
    return new StatsPart(
        perYear,
        new StatsPart.Count(years.undatedDocuments, years.undatedTokens()),
        years.firstDay == null ? null : years.firstDay.toString(),
        years.lastDay == null ? null : years.lastDay.toString(),
        counts(sources),
        sources.undatedDocuments, // for buckets per source: the articles with no source
        counts(languages),
        languages.undatedDocuments,
        distinctTerms(selected, everyArticle));
  }

  private static Map<String, StatsPart.Count> counts(Buckets buckets) {
    Map<String, StatsPart.Count> counts = new TreeMap<>();
    for (int b = 0; b < buckets.labels.size(); b++) {
      counts.put(
          buckets.labels.get(b), new StatsPart.Count(buckets.documents[b], buckets.tokens[b]));
    }
    return counts;
  }

  /** Terms that occur in at least one selected article; a deleted article's words do not count. */
  private long distinctTerms(FixedBitSet selected, boolean everyArticle) throws IOException {
    long[] distinct = new long[1];
    forEachWord(selected, everyArticle, null, Long.MAX_VALUE, word -> distinct[0]++);
    return distinct[0];
  }

  /**
   * A page of the different words of the selected articles, in byte order: those after {@code
   * after} (null for the first page), among the next {@code size} words of the dictionary.
   */
  WordsPage words(FixedBitSet selected, boolean everyArticle, String after, int size)
      throws IOException {
    List<String> words = new ArrayList<>();
    WordsPage page =
        forEachWord(selected, everyArticle, after, size, word -> words.add(word.utf8ToString()));
    return new WordsPage(words, page.last(), page.done());
  }

  /**
   * Hands each word of the dictionary after {@code after} that a selected article holds to the
   * action, looking at {@code size} words at most.
   *
   * @return where it stopped (its words left empty)
   */
  private WordsPage forEachWord(
      FixedBitSet selected,
      boolean everyArticle,
      String after,
      long size,
      Consumer<BytesRef> action)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.BODY);
    if (terms == null) {
      return new WordsPage(List.of(), after, true);
    }
    boolean dictionaryIsExact = everyArticle && MultiBits.getLiveDocs(reader) == null;
    TermsEnum termsEnum = terms.iterator();
    BytesRef term = TermRanges.after(termsEnum, after);
    PostingsEnum postings = null;
    String last = after;
    for (long looked = 0; term != null && looked < size; term = termsEnum.next(), looked++) {
      if (size != Long.MAX_VALUE) { // only a page says where it stopped: no string per word
        last = term.utf8ToString();
      }
      if (Schema.isExactForm(term)) {
        continue; // the form beside a stem: the stem is the word
      }
      if (dictionaryIsExact) {
        action.accept(term);
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (selected.get(doc)) {
          action.accept(term);
          break;
        }
      }
    }
    return new WordsPage(List.of(), last, term == null);
  }
}
