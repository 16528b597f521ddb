package corpus.query.lucene;

import corpus.load.lang.LanguageCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOUtils;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stop words, left out of frequency tables and comparisons unless they are kept: the union of the
 * lists of the languages present, since a word of one language may be a stop word of another
 * ({@code die}, {@code war}, {@code also}) and must not vanish from an English table. Immutable and
 * thread-safe.
 *
 * <p>The lists, each compared with index terms in the form the index stores them:
 *
 * <ul>
 *   <li>English and the other languages with a Snowball list in Lucene (Danish, Dutch, Finnish,
 *       French, German, Hungarian, Indonesian, Italian, Norwegian, Portuguese, Spanish, Swedish):
 *       the Snowball project's lists as Lucene ships them (BSD licence), words as listed, in lower
 *       case. English's 174 words (contractions included) are longer than Lucene's default 33-word
 *       set, which keeps pronouns and auxiliaries that crowd a news frequency table.
 *   <li>Russian: Lucene's Snowball list run through the index's normalisation of Russian (lower
 *       case, {@code ё} folded to {@code е}, then the Snowball Russian stemmer), since Russian
 *       terms are stored as stems; less the stems it shares with common content words ({@link
 *       #RUSSIAN_STEMS_KEPT}).
 *   <li>Chinese: a short list of function words in {@code corpus/stopwords/zh.txt}, a subset of the
 *       stopwords-iso Chinese list; the file says which and why.
 * </ul>
 */
final class StopWords {

  /**
   * ISO 639-1 code → Lucene's Snowball stop list, in {@code org/apache/lucene/analysis/snowball}.
   */
  private static final Map<String, String> SNOWBALL_LISTS =
      Map.ofEntries(
          Map.entry("da", "danish_stop.txt"),
          Map.entry("de", "german_stop.txt"),
          Map.entry("en", "english_stop.txt"),
          Map.entry("es", "spanish_stop.txt"),
          Map.entry("fi", "finnish_stop.txt"),
          Map.entry("fr", "french_stop.txt"),
          Map.entry("hu", "hungarian_stop.txt"),
          Map.entry("id", "indonesian_stop.txt"),
          Map.entry("it", "italian_stop.txt"),
          Map.entry("nl", "dutch_stop.txt"),
          Map.entry("no", "norwegian_stop.txt"),
          Map.entry("pt", "portuguese_stop.txt"),
          Map.entry("ru", "russian_stop.txt"),
          Map.entry("sv", "swedish_stop.txt"));

  /** Codes read as another's: Bokmål and Nynorsk use the Norwegian list. */
  private static final Map<String, String> ALIASES = Map.of("nb", "no", "nn", "no");

  /** The Chinese list, beside this project's classes. */
  private static final String CHINESE_LIST = "/corpus/stopwords/zh.txt";

  /**
   * Stems of the Russian list that are also the stems of common content words, and so stay in
   * tables: {@code другой} → {@code друг} (friend), {@code тем} → {@code тем} ({@code тема}, {@code
   * темы}: topic), {@code после} → {@code посл} ({@code посла}, {@code послу}: ambassador), {@code
   * больше} → {@code больш} ({@code большой}: big), {@code лучше} → {@code лучш} ({@code лучший}:
   * best), {@code хорошо} → {@code хорош} ({@code хороший}: good), {@code конечно} → {@code конечн}
   * ({@code конечный}: final). Rarer clashes stay stop words, the content word being rare in news:
   * {@code быт} (быть / быт), {@code бол} (более / боль), {@code нич} (ничего / ничья), {@code им}
   * (им / имя), {@code пот} (потом / пот).
   */
  static final Set<String> RUSSIAN_STEMS_KEPT =
      Set.of("друг", "тем", "посл", "больш", "лучш", "хорош", "конечн");

  /** Every list, by language code, in the form index terms take. */
  private static final Map<String, Set<String>> LISTS = loadAll(true);

  /**
   * Every list as words are written (lower case): word sequences are counted form by form, so a
   * Russian sequence's first and last words are forms, not stems.
   */
  private static final Map<String, Set<String>> WRITTEN = loadAll(false);

  /** The English list alone: what {@code freq} and {@code compare} left out before issue 12. */
  static final StopWords ENGLISH = forLanguages(Set.of("en"));

  private final Set<String> languages;
  private final Set<String> words;
  private final Set<String> written;

  /**
   * The same words as UTF-8 bytes, so the term dictionary can be checked without decoding every
   * term.
   */
  private final Set<BytesRef> bytes;

  private StopWords(Set<String> languages, Set<String> words, Set<String> written) {
    this.languages = languages;
    this.words = words;
    this.written = written;
    Set<BytesRef> utf8 = new HashSet<>();
    for (String word : words) {
      utf8.add(new BytesRef(word));
    }
    this.bytes = Set.copyOf(utf8);
  }

  /**
   * The union of the lists of the given languages.
   *
   * @param isoCodes ISO 639-1 codes ({@code en}, {@code ru}, {@code zh}, {@code de}), any case, a
   *     region or script after {@code -} or {@code _} ignored ({@code zh-CN}, {@code pt_BR}); a
   *     null or unknown code, and a null or empty set, stand for English
   */
  static StopWords forLanguages(Set<String> isoCodes) {
    Set<String> languages = new TreeSet<>();
    if (isoCodes == null || isoCodes.isEmpty()) {
      languages.add("en");
    } else {
      for (String code : isoCodes) {
        String language = language(code);
        languages.add(LISTS.containsKey(language) ? language : "en");
      }
    }
    Set<String> union = new HashSet<>();
    Set<String> writtenUnion = new HashSet<>();
    for (String language : languages) {
      union.addAll(LISTS.get(language));
      writtenUnion.addAll(WRITTEN.get(language));
    }
    return new StopWords(Set.copyOf(languages), Set.copyOf(union), Set.copyOf(writtenUnion));
  }

  /**
   * The stop words of the languages of the selected articles; an article of unknown language counts
   * as English, the standard analysis's language.
   */
  static StopWords forSelection(IndexReader reader, FixedBitSet selected) throws IOException {
    return forLanguages(languagesOf(reader, selected));
  }

  /**
   * The language codes of the selected articles, English for the unknown: a cluster takes the stop
   * words of its shards' codes together.
   */
  static Set<String> languagesOf(IndexReader reader, FixedBitSet selected) throws IOException {
    Buckets languages = Buckets.byLanguage(reader, selected);
    Set<String> codes = new TreeSet<>(languages.labels);
    if (languages.undatedDocuments > 0) { // for buckets per language: the unknown
      codes.add("en");
    }
    return codes;
  }

  /** The ISO 639-1 codes that have a list, in alphabetical order. */
  static Set<String> languagesWithLists() {
    return LISTS.keySet();
  }

  /** The languages whose lists this holds (English for the unknown), in alphabetical order. */
  Set<String> languages() {
    return languages;
  }

  /** Compares by content: a BytesRef's equality and hash cover only its slice of bytes. */
  boolean contains(BytesRef term) {
    return bytes.contains(term);
  }

  /**
   * @param term a term as the index stores it (lower case; a stem for Russian)
   */
  boolean contains(String term) {
    return words.contains(term);
  }

  /**
   * @param word a word as written, lower case (a Russian word in any form, {@code ё} as {@code е})
   */
  boolean containsWritten(String word) {
    return written.contains(word);
  }

  /** How many distinct words the union holds. */
  int size() {
    return words.size();
  }

  @Override
  public String toString() {
    return "StopWords" + languages;
  }

  /** The list a code names: read as every declared language is, Bokmål and Nynorsk as Norwegian. */
  private static String language(String code) {
    String language = LanguageCodes.normalize(code);
    return language == null ? "" : ALIASES.getOrDefault(language, language);
  }

  /**
   * @param asIndexed Russian as the index stores it (stems); else as written
   */
  private static Map<String, Set<String>> loadAll(boolean asIndexed) {
    Map<String, Set<String>> lists = new TreeMap<>();
    for (Map.Entry<String, String> list : SNOWBALL_LISTS.entrySet()) {
      Set<String> words =
          readSnowballList(SnowballFilter.class.getResourceAsStream(list.getValue()));
      boolean russian = list.getKey().equals("ru");
      lists.put(
          list.getKey(), !russian ? words : asIndexed ? russianStems(words) : yoFolded(words));
    }
    lists.put("zh", readSnowballList(StopWords.class.getResourceAsStream(CHINESE_LIST)));
    // Map.copyOf would lose the order; an unmodifiable view of a private TreeMap keeps it.
    return Collections.unmodifiableMap(lists);
  }

  /**
   * The Russian list in the index's form: lower case, {@code ё} as {@code е}, stemmed by the same
   * Snowball stemmer as Lucene's {@link SnowballFilter}; less {@link #RUSSIAN_STEMS_KEPT}.
   */
  static Set<String> russianStems(Collection<String> words) {
    RussianStemmer stemmer = new RussianStemmer();
    Set<String> stems = new HashSet<>();
    for (String word : words) {
      stemmer.setCurrent(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
      stemmer.stem();
      stems.add(stemmer.getCurrent());
    }
    stems.removeAll(RUSSIAN_STEMS_KEPT);
    return Set.copyOf(stems);
  }

  private static Set<String> yoFolded(Collection<String> words) {
    Set<String> folded = new HashSet<>();
    for (String word : words) {
      folded.add(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }
    return Set.copyOf(folded);
  }

  /** A list in Snowball's format: words separated by white space, comments after {@code |}. */
  private static Set<String> readSnowballList(InputStream stream) {
    if (stream == null) {
      throw new IllegalStateException("a stop-word list is missing from the class path");
    }
    try (Reader list = IOUtils.getDecodingReader(stream, StandardCharsets.UTF_8)) {
      CharArraySet words = WordlistLoader.getSnowballWordSet(list);
      Set<String> strings = new HashSet<>();
      for (Object word : words) {
        strings.add(new String((char[]) word).toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(strings);
    } catch (IOException e) {
      throw new UncheckedIOException("a stop-word list could not be read", e);
    }
  }
}
