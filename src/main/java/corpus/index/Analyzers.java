package corpus.index;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of one index, per {@link TextAnalysis}: what indexing writes, what a query is
 * analysed with, what {@code form:} looks for and what word sequences are counted from. The index
 * and its queries build them from the same user dictionary, so a query word always meets the
 * indexed word in the same form. Shareable between threads: each analyzer keeps its token streams
 * per thread.
 */
public final class Analyzers {
  private final Map<TextAnalysis, Analyzer> indexing = new EnumMap<>(TextAnalysis.class);
  private final Map<TextAnalysis, Analyzer> query = new EnumMap<>(TextAnalysis.class);
  private final Map<TextAnalysis, Analyzer> exactForms = new EnumMap<>(TextAnalysis.class);
  private final Map<TextAnalysis, Analyzer> sequences = new EnumMap<>(TextAnalysis.class);

  public Analyzers(UserDictionary dictionary) {
    Analyzer standard = new CorpusAnalyzer();
    Analyzer chinese = new ChineseAnalyzer(dictionary);
    Analyzer stems = new RussianAnalyzer(RussianAnalyzer.Output.STEMS);
    for (Map<TextAnalysis, Analyzer> each :
        java.util.List.of(indexing, query, exactForms, sequences)) {
      each.put(TextAnalysis.STANDARD, standard);
      each.put(TextAnalysis.CHINESE, chinese);
    }
    indexing.put(TextAnalysis.RUSSIAN, new RussianAnalyzer(RussianAnalyzer.Output.STEMS_AND_FORMS));
    query.put(TextAnalysis.RUSSIAN, stems);
    exactForms.put(TextAnalysis.RUSSIAN, new RussianAnalyzer(RussianAnalyzer.Output.MARKED_FORMS));
    sequences.put(TextAnalysis.RUSSIAN, new RussianAnalyzer(RussianAnalyzer.Output.FORMS));
  }

  /** What an article's title and text are indexed with. */
  public Analyzer indexing(TextAnalysis analysis) {
    return indexing.get(analysis);
  }

  /** What a query word is analysed with for the articles of this analysis. */
  public Analyzer query(TextAnalysis analysis) {
    return query.get(analysis);
  }

  /** What a {@code form:} word is analysed with: the exact form, for analyses that group forms. */
  public Analyzer exactForms(TextAnalysis analysis) {
    return exactForms.get(analysis);
  }

  /** What word sequences are counted from: the words as written (lower case), never stems. */
  public Analyzer sequences(TextAnalysis analysis) {
    return sequences.get(analysis);
  }

  /** The Russian stem of a lower-case word, exactly as indexed. */
  public static String russianStem(String word) {
    return RussianAnalyzer.stem(word);
  }
}
