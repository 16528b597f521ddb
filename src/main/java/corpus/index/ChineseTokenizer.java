package corpus.index;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Splits Chinese text into words with HanLP's Viterbi segmenter (HanLP portable 1.8.6), and other
 * text into runs of letters and digits. Punctuation, symbols and spaces are never tokens.
 *
 * <p>The input is cut into runs first, by character class: a run of Han characters goes to HanLP; a
 * run of other letters and digits (Latin, Cyrillic, full-width Latin, digits, with {@code .} or
 * {@code ,} between digits and an apostrophe between letters) is one token, so {@code APEC}, {@code
 * 2023}, {@code G20} and {@code 3.5} come out whole and {@code APEC会议} is {@code APEC} + {@code
 * 会议}; everything else separates runs. HanLP therefore never sees punctuation, and a Han run longer
 * than {@value #MAX_HAN_RUN} characters (text without a single punctuation mark) is cut there,
 * which bounds the segmenter's time and memory per call.
 *
 * <p>Words are emitted as written: traditional characters stay traditional and full-width forms
 * stay full-width; lower-casing is a later filter's job. HanLP is given a copy of the run mapped
 * character for character to simplified, half-width, lower-case forms (its {@code CharTable}), so
 * 習近平 is segmented like 习近平; as the mapping never changes the length, every word's offsets are
 * positions in the original text.
 *
 * <p>Settings: HanLP's bundled custom dictionary on (it holds many transliterated names: 拉夫罗夫,
 * 佩斯科夫); Chinese person name and transliterated name recognition on (王毅, 李强, 马克龙); Japanese names,
 * places, organisations, number-and-quantifier merging, part-of-speech tagging and index mode off.
 * The user dictionary is this tokenizer's own ({@code DynamicCustomDictionary} on the shared,
 * read-only bundled one), never HanLP's global {@code CustomDictionary}, so tokenizers with
 * different user dictionaries do not see each other's words.
 *
 * <p>Not thread-safe, as no Lucene tokenizer is; Lucene gives each indexing thread its own. The
 * HanLP segment object belongs to this tokenizer; HanLP's dictionaries are static, loaded once per
 * JVM (about half a second) and only read afterwards.
 */
public final class ChineseTokenizer extends Tokenizer {

  /** Token type of a word of Chinese (Han) characters. */
  public static final String TYPE_HAN = "<HAN>";

  /** Token type of a run of letters, or letters and digits, of other scripts. */
  public static final String TYPE_ALPHANUM = "<ALPHANUM>";

  /** Token type of a number: digits, with {@code .} or {@code ,} between digits. */
  public static final String TYPE_NUM = "<NUM>";

  /** The longest run of Han characters given to HanLP in one call. */
  static final int MAX_HAN_RUN = 1024;

  /** The longest non-Han token; a longer run is cut, as StandardTokenizer does. */
  static final int MAX_OTHER_TOKEN = 255;

  private static final int INITIAL_BUFFER = 4096;

  private static final int KEPT_BUFFER = 1 << 16;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

  /**
   * Made at the first run of Han characters: HanLP's dictionaries take a few hundred milliseconds
   * to load, which a query or an article without Chinese characters need never pay.
   */
  private final Supplier<Segment> segments;

  private Segment segment;

  /** The whole input, read at reset. */
  private char[] text = new char[INITIAL_BUFFER];

  private int length;

  /** Where scanning for the next run starts. */
  private int next;

  /** Start and end (exclusive) of each word of the current Han run, in text positions. */
  private int[] wordStarts = new int[64];

  private int[] wordEnds = new int[64];

  private int wordCount;

  private int wordIndex;

  /** A tokenizer with the given user dictionary on top of HanLP's dictionaries. */
  public ChineseTokenizer(UserDictionary userDictionary) {
    this.segments = () -> newSegment(userDictionary);
  }

  /** A tokenizer over a segment configured elsewhere: for the segmenter benchmark. */
  ChineseTokenizer(Segment segment) {
    Objects.requireNonNull(segment);
    this.segments = () -> segment;
  }

  /** A Viterbi segment with the settings in the class comment and this user dictionary. */
  static Segment newSegment(UserDictionary userDictionary) {
    return configure(new ViterbiSegment(), userDictionary);
  }

  /** Applies the settings in the class comment to a segment of any kind. */
  static Segment configure(Segment segment, UserDictionary userDictionary) {
    return segment
        .enableCustomDictionary(customDictionary(userDictionary))
        .enableNameRecognize(true)
        .enableTranslatedNameRecognize(true)
        .enableJapaneseNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableNumberQuantifierRecognize(false)
        .enablePartOfSpeechTagging(false)
        .enableIndexMode(false)
        .enableOffset(false)
        .enableNormalization(false) // done here, on a copy, so the words keep their written form
        .enableMultithreading(1);
  }

  /**
   * HanLP's bundled custom dictionary (shared, never written) plus this user dictionary's words in
   * a trie of its own. A word the bundled dictionary already holds is not added: adding would write
   * into the shared array.
   */
  private static DynamicCustomDictionary customDictionary(UserDictionary userDictionary) {
    DynamicCustomDictionary bundled = CustomDictionary.DEFAULT;
    BinTrie<CoreDictionary.Attribute> own = null;
    for (String word : userDictionary.words()) {
      String key = CharTable.convert(word);
      if (bundled.dat.exactMatchSearch(key) >= 0) {
        continue;
      }
      if (own == null) {
        own = new BinTrie<>();
      }
      own.put(key, new CoreDictionary.Attribute(Nature.nz, 1));
    }
    return new DynamicCustomDictionary(bundled.dat, own, null);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    while (true) {
      if (length == text.length) {
        text = ArrayUtil.grow(text, length + 1);
      }
      int read = input.read(text, length, text.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    next = 0;
    wordCount = 0;
    wordIndex = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (wordIndex == wordCount && !nextRun()) {
      return false;
    }
    int start = wordStarts[wordIndex];
    int end = wordEnds[wordIndex];
    wordIndex++;
    termAtt.copyBuffer(text, start, end - start);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(type(start, end));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offsetAtt.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    if (text.length > KEPT_BUFFER) {
      text = new char[INITIAL_BUFFER]; // one long article should not pin its buffer for good
    }
    length = 0;
    wordCount = 0;
    wordIndex = 0;
  }

  /** Finds the next run and fills the word list with its words; false at the end of the text. */
  private boolean nextRun() {
    wordCount = 0;
    wordIndex = 0;
    int i = next;
    while (i < length) {
      int c = Character.codePointAt(text, i, length);
      if (isHan(c)) {
        segmentHan(i);
        return true;
      }
      if (startsOther(c)) {
        scanOther(i);
        return true;
      }
      i += Character.charCount(c);
    }
    next = length;
    return false;
  }

  private void segmentHan(int start) {
    int end = start;
    while (end < length && end - start < MAX_HAN_RUN) {
      int c = Character.codePointAt(text, end, length);
      if (!isHan(c) || end - start + Character.charCount(c) > MAX_HAN_RUN) {
        break;
      }
      end += Character.charCount(c);
    }
    next = end;
    int runLength = end - start;
    char[] copy = new char[runLength]; // HanLP segments the whole array
    for (int i = 0; i < runLength; i++) {
      copy[i] = CharTable.convert(text[start + i]);
    }
    if (segment == null) {
      segment = segments.get();
    }
    List<Term> terms = segment.seg(copy);
    int at = start;
    for (Term term : terms) {
      int wordEnd = at + term.length();
      if (term.length() <= 0 || wordEnd > end) {
        break; // HanLP words always tile their input; if not, the rest goes out by character
      }
      if (Character.isLowSurrogate(text[at]) && wordCount > 0) {
        wordEnds[wordCount - 1] = wordEnd; // never cut a surrogate pair: join to the last word
      } else {
        addWord(at, wordEnd);
      }
      at = wordEnd;
    }
    while (at < end) {
      int c = Character.codePointAt(text, at, end);
      addWord(at, at + Character.charCount(c));
      at += Character.charCount(c);
    }
  }

  private void addWord(int start, int end) {
    if (wordCount == wordStarts.length) {
      wordStarts = ArrayUtil.grow(wordStarts, wordCount + 1);
      wordEnds = ArrayUtil.growExact(wordEnds, wordStarts.length);
    }
    wordStarts[wordCount] = start;
    wordEnds[wordCount] = end;
    wordCount++;
  }

  /** One token of letters and digits (not Han), with connectors inside numbers and words. */
  private void scanOther(int start) {
    int end = start + Character.charCount(Character.codePointAt(text, start, length));
    while (end < length && end - start < MAX_OTHER_TOKEN) {
      int c = Character.codePointAt(text, end, length);
      int width = Character.charCount(c);
      if (continuesOther(c)) {
        if (end - start + width > MAX_OTHER_TOKEN) {
          break;
        }
        end += width;
      } else if (end + 1 < length && isConnector(text, end)) {
        end += 1;
      } else {
        break;
      }
    }
    next = end;
    addWord(start, end);
  }

  /** A {@code .} or {@code ,} between digits, or an apostrophe between letters. */
  private boolean isConnector(char[] chars, int at) {
    char c = chars[at];
    int before = Character.codePointBefore(chars, at);
    int after = Character.codePointAt(chars, at + 1, length);
    if (c == '.' || c == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    if (c == '\'' || c == '\u2019') {
      return Character.isLetter(before) && Character.isLetter(after);
    }
    return false;
  }

  private String type(int start, int end) {
    int first = Character.codePointAt(text, start, end);
    if (isHan(first)) {
      return TYPE_HAN;
    }
    for (int i = start; i < end; ) {
      int c = Character.codePointAt(text, i, end);
      if (Character.isLetter(c)) {
        return TYPE_ALPHANUM;
      }
      i += Character.charCount(c);
    }
    return TYPE_NUM;
  }

  static boolean isHan(int c) {
    // Below U+2E80 (CJK Radicals Supplement) nothing is Han: skip the script table's search.
    return c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** A letter, digit or letter-like number (Ⅻ) of a script other than Han. */
  private static boolean startsOther(int c) {
    return (Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER)
        && !isHan(c);
  }

  /** What may follow inside such a token: the same, or a combining mark (accents). */
  private static boolean continuesOther(int c) {
    if (startsOther(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
