package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.jupiter.api.Test;

class ChineseTokenizerTest {

  private static final UserDictionary NAMES = UserDictionary.of(List.of("米舒斯京"));

  /** One token: its term, offsets and type. */
  record Token(String term, int start, int end, String type) {}

  /**
   * Runs the tokenizer over the text the way Lucene does (setReader, reset, incrementToken until
   * false, end, close) and checks, for every token, that the offsets give back the exact term, that
   * the position increment is 1, and that end() reports the text's length.
   */
  static List<Token> tokens(Tokenizer tokenizer, String text) throws IOException {
    CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
    PositionIncrementAttribute increment = tokenizer.getAttribute(PositionIncrementAttribute.class);
    TypeAttribute type = tokenizer.getAttribute(TypeAttribute.class);
    List<Token> tokens = new ArrayList<>();
    tokenizer.setReader(new StringReader(text));
    tokenizer.reset();
    int lastEnd = 0;
    while (tokenizer.incrementToken()) {
      Token token =
          new Token(term.toString(), offset.startOffset(), offset.endOffset(), type.type());
      assertEquals(token.term(), text.substring(token.start(), token.end()), token.toString());
      assertEquals(1, increment.getPositionIncrement(), token.toString());
      assertTrue(token.start() >= lastEnd, "tokens in order, not overlapping: " + token);
      lastEnd = token.end();
      tokens.add(token);
    }
    tokenizer.end();
    assertEquals(text.length(), offset.startOffset());
    assertEquals(text.length(), offset.endOffset());
    tokenizer.close();
    return tokens;
  }

  static List<String> words(Tokenizer tokenizer, String text) throws IOException {
    return tokens(tokenizer, text).stream().map(Token::term).toList();
  }

  static List<String> words(String text) throws IOException {
    return words(new ChineseTokenizer(UserDictionary.EMPTY), text);
  }

  @Test
  void keepsTheNamesOfBothPresidentsWhole() throws IOException {
    assertEquals(
        List.of("国家", "主席", "习近平", "同", "俄罗斯", "总统", "普京", "举行会谈"), words("国家主席习近平同俄罗斯总统普京举行会谈。"));
  }

  @Test
  void keepsNamesFromHanLpsNameRecognitionAndBundledDictionary() throws IOException {
    assertEquals(
        List.of("俄罗斯", "外长", "拉夫罗夫", "和", "克里姆林宫", "发言人", "佩斯科夫", "出席", "记者会"),
        words("俄罗斯外长拉夫罗夫和克里姆林宫发言人佩斯科夫出席记者会。"));
    assertEquals(List.of("国务院", "总理", "李强", "会见", "了", "外交部长", "王毅"), words("国务院总理李强会见了外交部长王毅"));
  }

  @Test
  void splitsMishustinWithoutTheUserDictionaryAndKeepsHimWholeWithIt() throws IOException {
    String text = "新华社莫斯科3月21日电 俄罗斯总理米舒斯京在莫斯科会见中国客人。";
    assertEquals(
        List.of(
            "新华社", "莫斯科", "3", "月", "21", "日", "电", "俄罗斯", "总理", "米舒斯", "京在", "莫斯科", "会见", "中国",
            "客人"),
        words(text));
    assertEquals(
        List.of(
            "新华社", "莫斯科", "3", "月", "21", "日", "电", "俄罗斯", "总理", "米舒斯京", "在", "莫斯科", "会见", "中国",
            "客人"),
        words(new ChineseTokenizer(NAMES), text));
    assertEquals(List.of("俄罗斯", "总理", "米舒斯京"), words(new ChineseTokenizer(NAMES), "俄罗斯总理米舒斯京"));
  }

  @Test
  void neverCutsBeijingToJing() throws IOException {
    for (String text :
        List.of(
            "新华社北京3月21日电",
            "北京时间21日晚",
            "北京市人民政府",
            "会谈在北京举行",
            "北京冬奥会",
            "从南京到北京",
            "习近平在北京人民大会堂会见米舒斯京",
            "北京，北京！")) {
      assertBeijingWhole(text, tokens(new ChineseTokenizer(UserDictionary.EMPTY), text));
      // With 米舒斯京 a user word, no 京 is left anywhere.
      List<Token> tokens = tokens(new ChineseTokenizer(NAMES), text);
      assertFalse(tokens.stream().anyMatch(t -> t.term().equals("京")), text + " " + tokens);
      assertBeijingWhole(text, tokens);
    }
  }

  /** Every 北京 in the text lies inside one token. */
  private static void assertBeijingWhole(String text, List<Token> tokens) {
    for (int at = text.indexOf("北京"); at >= 0; at = text.indexOf("北京", at + 1)) {
      int start = at;
      assertTrue(
          tokens.stream().anyMatch(t -> t.start() <= start && start + 2 <= t.end()),
          "北京 at " + at + " cut in " + tokens);
    }
  }

  @Test
  void neverEmitsPunctuationSymbolsOrSpaces() throws IOException {
    String text =
        "“一带一路”倡议（BRI）——十年来，成果丰硕！是吗？《人民日报》报道：中方、俄方；……好。"
            + "「引号」『书名』〈篇名〉【注】〔按〕｛括号｝［方括号］！？，．：；～＠＃％＆＊＋－＝／＼｜"
            + " ASCII: \"quoted\", (round) [square] {curly} <angle> - _ / \\ | ~ ` @ # $ % ^ & * + = ! ? ; : ..."
            + "\t\n\r\u3000\u00A0 ·•・ ° ℃ ¥ $ € → ★ ☆ ※ © ® ™ 😀 ";
    List<String> words = words(text);
    assertEquals(
        List.of(
            "一带", "一路", "倡议", "BRI", "十", "年", "来", "成果", "丰硕", "是", "吗", "人民日报", "报道", "中方", "俄方",
            "好", "引号", "书名", "篇名", "注", "按", "括号", "方括号", "ASCII", "quoted", "round", "square",
            "curly", "angle"),
        words);
    for (String word : words) {
      word.codePoints().forEach(c -> assertTrue(Character.isLetterOrDigit(c), word));
    }
  }

  @Test
  void keepsLatinWordsAndNumbersInChineseTextWhole() throws IOException {
    List<Token> tokens =
        tokens(
            new ChineseTokenizer(UserDictionary.EMPTY),
            "亚太经合组织（APEC）第三十次领导人非正式会议于2023年11月在旧金山举行，APEC会议和G20峰会，"
                + "增长3.5%，达到1,000亿元；Россия和ＡＰＥＣ１２３");
    assertEquals(
        List.of(
            "亚太", "经合", "组织", "APEC", "第", "三十", "次", "领导人", "非正式", "会议", "于", "2023", "年", "11",
            "月", "在", "旧金山", "举行", "APEC", "会议", "和", "G20", "峰会", "增长", "3.5", "达到", "1,000", "亿元",
            "Россия", "和", "ＡＰＥＣ１２３"),
        tokens.stream().map(Token::term).toList());
    assertEquals(ChineseTokenizer.TYPE_ALPHANUM, type(tokens, "G20"));
    assertEquals(ChineseTokenizer.TYPE_NUM, type(tokens, "2023"));
    assertEquals(ChineseTokenizer.TYPE_NUM, type(tokens, "3.5"));
    assertEquals(ChineseTokenizer.TYPE_HAN, type(tokens, "旧金山"));
  }

  private static String type(List<Token> tokens, String term) {
    return tokens.stream().filter(t -> t.term().equals(term)).findFirst().orElseThrow().type();
  }

  @Test
  void keepsTraditionalCharactersAsWrittenAndSegmentsThemLikeSimplified() throws IOException {
    assertEquals(
        List.of("國家", "主席", "習近平", "同", "俄羅斯", "總統", "普京", "舉行會談"), words("國家主席習近平同俄羅斯總統普京舉行會談。"));
    assertEquals(List.of("俄羅斯", "總理", "米舒斯京"), words(new ChineseTokenizer(NAMES), "俄羅斯總理米舒斯京"));
  }

  @Test
  void userWordsDoNotLeakBetweenTokenizers() throws IOException {
    Tokenizer mishustin = new ChineseTokenizer(NAMES);
    Tokenizer zelensky = new ChineseTokenizer(UserDictionary.of(List.of("泽连斯基")));
    Tokenizer none = new ChineseTokenizer(UserDictionary.EMPTY);
    String text = "俄罗斯总理米舒斯京和乌克兰总统泽连斯基";
    for (int round = 0; round < 2; round++) {
      assertEquals(
          List.of("俄罗斯", "总理", "米舒斯京", "和", "乌克兰", "总统", "泽", "连", "斯", "基"),
          words(mishustin, text));
      assertEquals(List.of("俄罗斯", "总理", "米舒斯", "京和", "乌克兰", "总统", "泽连斯基"), words(zelensky, text));
      assertEquals(
          List.of("俄罗斯", "总理", "米舒斯", "京和", "乌克兰", "总统", "泽", "连", "斯", "基"), words(none, text));
    }
  }

  @Test
  void aUserWordCanRepairAFalseName() throws IOException {
    // Name recognition takes 国元首 for a name; a user word 两国 puts it right.
    assertEquals(List.of("中", "俄", "两", "国元首", "会晤"), words("中俄两国元首会晤"));
    assertEquals(
        List.of("中", "俄", "两国", "元首", "会晤"),
        words(new ChineseTokenizer(UserDictionary.of(List.of("两国"))), "中俄两国元首会晤"));
  }

  @Test
  void passesLucenesTokenStreamContractChecks() throws IOException {
    Tokenizer tokenizer = new ChineseTokenizer(NAMES);
    for (int round = 0; round < 2; round++) {
      tokenizer.setReader(new StringReader("俄罗斯总理米舒斯京（Mishustin）说：“G20！”"));
      BaseTokenStreamTestCase.assertTokenStreamContents(
          tokenizer,
          new String[] {"俄罗斯", "总理", "米舒斯京", "Mishustin", "说", "G20"},
          new int[] {0, 3, 5, 10, 20, 23},
          new int[] {3, 5, 9, 19, 21, 26},
          new String[] {"<HAN>", "<HAN>", "<HAN>", "<ALPHANUM>", "<HAN>", "<ALPHANUM>"},
          new int[] {1, 1, 1, 1, 1, 1},
          null,
          28);
    }
  }

  @Test
  void isReusableForAnotherTextAfterClose() throws IOException {
    Tokenizer tokenizer = new ChineseTokenizer(UserDictionary.EMPTY);
    String first = "国家主席习近平同俄罗斯总统普京举行会谈。";
    String second = "APEC会议在旧金山举行";
    List<String> firstWords = words(tokenizer, first);
    assertEquals(List.of("APEC", "会议", "在", "旧金山", "举行"), words(tokenizer, second));
    assertEquals(firstWords, words(tokenizer, first));
    tokenizer.setReader(new StringReader(""));
    tokenizer.reset();
    assertFalse(tokenizer.incrementToken());
    tokenizer.end();
    assertEquals(0, tokenizer.getAttribute(OffsetAttribute.class).endOffset());
    tokenizer.close();
  }

  @Test
  void correctsOffsetsThroughACharFilter() throws IOException {
    // A char filter that drops every ASCII space: tokens must point into the original text (an end
    // offset takes in the dropped space after the word, as Lucene's own char filters do).
    String original = "习 近 平 会 见 普 京 , APEC";
    Tokenizer tokenizer = new ChineseTokenizer(UserDictionary.EMPTY);
    tokenizer.setReader(new SpaceDroppingFilter(new StringReader(original)));
    tokenizer.reset();
    OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
    CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
    List<String> seen = new ArrayList<>();
    while (tokenizer.incrementToken()) {
      seen.add(term + "@" + original.substring(offset.startOffset(), offset.endOffset()).strip());
    }
    tokenizer.end();
    assertEquals(original.length(), offset.endOffset());
    tokenizer.close();
    assertEquals(List.of("习近平@习 近 平", "会见@会 见", "普京@普 京", "APEC@APEC"), seen);
  }

  /** Drops ASCII spaces and maps offsets back. */
  private static final class SpaceDroppingFilter extends CharFilter {
    private final List<Integer> originalOfOutput = new ArrayList<>();
    private int originalPosition;

    SpaceDroppingFilter(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int written = 0;
      while (written < length) {
        int c = input.read();
        if (c < 0) {
          break;
        }
        if (c != ' ') {
          originalOfOutput.add(originalPosition);
          buffer[offset + written++] = (char) c;
        }
        originalPosition++;
      }
      return written == 0 && length > 0 ? -1 : written;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff < originalOfOutput.size()
          ? originalOfOutput.get(currentOff)
          : originalPosition;
    }
  }

  @Test
  void handlesTwoHundredKilobytesInOneInput() throws IOException {
    String paragraph =
        "新华社北京3月21日电 国家主席习近平21日在克里姆林宫同俄罗斯总统普京举行会谈。两国元首就中俄关系"
            + "以及共同关心的国际和地区问题深入交换意见，APEC、G20等多边机制也在议程之中。";
    StringBuilder text = new StringBuilder();
    int paragraphs = 0;
    while (text.toString().getBytes(StandardCharsets.UTF_8).length < 200_000) {
      text.append(paragraph).append('\n');
      paragraphs++;
    }
    List<String> one = words(paragraph);
    List<String> all = words(text.toString());
    assertEquals(one.size() * paragraphs, all.size());
    assertEquals(one, all.subList(all.size() - one.size(), all.size()));

    // Without punctuation HanLP gets runs of at most MAX_HAN_RUN characters; no text is lost.
    String unbroken = paragraph.replaceAll("[^\\p{IsHan}]", "").repeat(1_000);
    List<Token> tokens = tokens(new ChineseTokenizer(UserDictionary.EMPTY), unbroken);
    assertEquals(unbroken, String.join("", tokens.stream().map(Token::term).toList()));
  }

  @Test
  void keepsSurrogatePairsWhole() throws IOException {
    String text = "𠮷野家在北京𠀋开店";
    for (Token token : tokens(new ChineseTokenizer(UserDictionary.EMPTY), text)) {
      assertFalse(Character.isLowSurrogate(token.term().charAt(0)), token.toString());
      assertFalse(
          Character.isHighSurrogate(token.term().charAt(token.term().length() - 1)),
          token.toString());
    }
  }

  @Test
  void offsetsGiveBackTheTermOverManyRandomSentences() throws IOException {
    String[] pieces = {
      "国家主席习近平",
      "俄罗斯总统普京",
      "国务院总理李强",
      "俄罗斯总理米舒斯京",
      "外交部长王毅",
      "拉夫罗夫",
      "佩斯科夫",
      "在北京",
      "北京时间",
      "新华社北京电",
      "举行会谈",
      "两国元首",
      "APEC",
      "G20",
      "2023年",
      "11月",
      "3.5%",
      "1,000亿元",
      "國家主席習近平",
      "會談",
      "克里姆林宫",
      "上海合作组织",
      "一带一路",
      "高质量发展",
      "的",
      "了",
      "和",
      "，",
      "。",
      "！",
      "？",
      "、",
      "；",
      "：",
      "“",
      "”",
      "《",
      "》",
      "（",
      "）",
      "——",
      "……",
      " ",
      "\n",
      "ＡＰＥＣ",
      "Russia's",
      "𠮷",
      "·",
      "%"
    };
    Random random = new Random(20231121L);
    Tokenizer plain = new ChineseTokenizer(UserDictionary.EMPTY);
    Tokenizer named = new ChineseTokenizer(NAMES);
    for (int sentence = 0; sentence < 400; sentence++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.toString();
      for (Tokenizer tokenizer : List.of(plain, named)) {
        List<Token> tokens = tokens(tokenizer, input); // asserts substring == term
        assertBeijingWhole(input, tokens);
        for (Token token : tokens) {
          if (tokenizer == named) {
            assertNotEquals("京", token.term(), input);
          }
          int first = token.term().codePointAt(0);
          assertTrue(Character.isLetterOrDigit(first), token + " in " + input);
        }
      }
    }
  }

  @Test
  void tokenizersOnSeveralThreadsAtOnceGiveTheSameWordsAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    Random random = new Random(7L);
    String[] pieces = {
      "国家主席习近平同俄罗斯总统普京举行会谈。",
      "俄罗斯总理米舒斯京在北京会见王毅，",
      "國家主席習近平",
      "APEC会议于2023年举行；",
      "外交部发言人毛宁主持例行记者会",
      "克里姆林宫发言人佩斯科夫表示"
    };
    for (int i = 0; i < 50; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 20; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    List<List<String>> expected = new ArrayList<>();
    Tokenizer reference = new ChineseTokenizer(NAMES);
    for (String text : texts) {
      expected.add(words(reference, text));
    }
    var pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(
            pool.submit(
                () -> {
                  Tokenizer own = new ChineseTokenizer(NAMES);
                  List<List<String>> got = new ArrayList<>();
                  for (String text : texts) {
                    got.add(words(own, text));
                  }
                  return got;
                }));
      }
      for (var result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
