package corpus.query.lucene;

import corpus.index.Analyzers;
import corpus.index.Schema;
import corpus.query.WordForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The written forms behind a row of a frequency table or comparison. A Russian word is indexed by
 * its stem, with each form marked beside it ({@link Schema#EXACT_FORM}); a stem is a prefix of its
 * forms, so they are the marked terms starting with it whose stem it is. Counted only for the rows
 * shown, over the same articles as the row.
 */
final class WordForms {
  private final IndexReader reader;
  private final Terms terms;

  /** Forms already found per row term: a row is in several tables of one answer. */
  private final Map<String, List<BytesRef>> candidates = new HashMap<>();

  WordForms(IndexReader reader) throws IOException {
    this.reader = reader;
    this.terms = MultiTerms.getTerms(reader, Schema.BODY);
  }

  /**
   * @param term a row's term
   * @param count the row's count
   * @param selected the row's articles, by global doc id
   * @return the forms, most frequent first (then alphabetical), or an empty list when the term has
   *     no marked forms: its articles index words as written
   */
  List<WordForm> of(String term, long count, IntPredicate selected) throws IOException {
    return finish(term, count, counts(term, selected));
  }

  /**
   * How often each marked form of the term occurs in the selected articles, by form as written: a
   * shard's part of {@link #finish}.
   */
  Map<String, Long> counts(String term, IntPredicate selected) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    List<BytesRef> marked = markedForms(term);
    if (marked.isEmpty()) {
      return counts;
    }
    TermsEnum termsEnum = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef form : marked) {
      if (!termsEnum.seekExact(form)) {
        continue;
      }
      postings = termsEnum.postings(postings, PostingsEnum.FREQS);
      long found = 0;
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (selected.test(doc)) {
          found += postings.freq();
        }
      }
      if (found > 0) {
        counts.merge(form.utf8ToString().substring(1), found, Long::sum);
      }
    }
    return counts;
  }

  /**
   * The forms of a row from the counts of its marked forms (one index's, or several shards' added
   * up): most frequent first, then alphabetical; empty when no marked form was counted, as the
   * term's articles index words as written.
   *
   * @param count the row's count
   */
  static List<WordForm> finish(String term, long count, Map<String, Long> formCounts) {
    if (formCounts.isEmpty()) {
      return List.of();
    }
    Map<String, Long> counts = new HashMap<>(formCounts);
    long counted = counts.values().stream().mapToLong(Long::longValue).sum();
    // The rest was counted in articles that index words as written: the term itself.
    if (count > counted) {
      counts.merge(term, count - counted, Long::sum);
    }
    List<WordForm> forms = new ArrayList<>();
    counts.forEach((form, n) -> forms.add(new WordForm(form, n)));
    forms.sort(Comparator.comparingLong(WordForm::count).reversed().thenComparing(WordForm::form));
    return List.copyOf(forms);
  }

  private List<BytesRef> markedForms(String term) throws IOException {
    List<BytesRef> known = candidates.get(term);
    if (known != null) {
      return known;
    }
    List<BytesRef> forms = new ArrayList<>();
    if (terms != null && reader.maxDoc() > 0) {
      BytesRef prefix = new BytesRef(Schema.EXACT_FORM + term);
      TermsEnum termsEnum = terms.iterator();
      if (termsEnum.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
        for (BytesRef form = termsEnum.term();
            form != null && StringHelper.startsWith(form, prefix);
            form = termsEnum.next()) {
          String written = form.utf8ToString().substring(1);
          if (Analyzers.russianStem(written).equals(term)) {
            forms.add(BytesRef.deepCopyOf(form));
          }
        }
      }
    }
    candidates.put(term, List.copyOf(forms));
    return forms;
  }
}
