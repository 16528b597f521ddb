package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles of Chinese (Xinhua) and Russian (TASS) articles: the same rules as English. */
class TitleExtractorLanguagesTest {

  private final TitleExtractor extractor = new TitleExtractor();

  private static final String XINHUA_LEAD =
      "新华社北京12月19日电（记者 张三）国家主席习近平19日在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。"
          + "两国元首就中俄关系和共同关心的国际和地区问题深入交换意见。"
          + "习近平指出，今年是中俄建交75周年。";

  private static final String TASS_LEAD =
      "МОСКВА, 19 декабря. /ТАСС/. Президент России Владимир Путин проведет ежегодную"
          + " пресс-конференцию 19 декабря. Об этом сообщил пресс-секретарь главы государства"
          + " Дмитрий Песков.";

  private static void assertFits(String title) {
    assertTrue(
        TitleExtractor.weight(title) <= TitleExtractor.MAX_LENGTH,
        () -> TitleExtractor.weight(title) + " weighs too much: " + title);
  }

  @Test
  void aWideCharacterWeighsThreeAndEverythingElseItsJavaChars() {
    assertEquals(9, TitleExtractor.weight("习近平"));
    assertEquals(3, TitleExtractor.weight("。"));
    assertEquals(3, TitleExtractor.weight("（"));
    assertEquals(6, TitleExtractor.weight("Путин "));
    assertEquals(2, TitleExtractor.weight("😀"), "an emoji keeps the two chars of its pair");
    assertEquals(3, TitleExtractor.weight("𠮷"), "a Han character past the BMP is one character");
    assertEquals(3 * 4 + 2, TitleExtractor.weight("19日在北京"));
  }

  @Test
  void shortChineseFirstLineIsTheTitle() {
    assertEquals("习近平同俄罗斯总统普京举行会谈", extractor.title("习近平同俄罗斯总统普京举行会谈\n" + XINHUA_LEAD));
  }

  @Test
  void chineseFirstLineOf46CharactersIsAHeadlineAnd47AreNot() {
    String line = "中".repeat(45) + "。";
    assertEquals(line, extractor.title(line + "\n正文"));
    String longer = "中".repeat(20) + "。" + "国".repeat(26);
    assertEquals("中".repeat(20) + "。", extractor.title(longer));
  }

  @Test
  void longXinhuaLeadGivesItsFirstSentenceWithoutTheDateline() {
    assertEquals("国家主席习近平19日在人民大会堂同来华进行国事访问的俄罗斯总统普京举行会谈。", extractor.title(XINHUA_LEAD));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "新华社北京12月19日电（记者 张三）",
        "新华社北京12月19日电 （记者张三、李四）",
        "新华社莫斯科12月18日电",
        "中新网12月19日电 ",
        "本报北京2024年12月19日讯（记者 王五）",
        "人民网北京12月19日电(记者 赵六)"
      })
  void chineseDatelinesAreDroppedFromALongFirstLine(String dateline) {
    String sentence = "两国元首就中俄关系和共同关心的国际和地区问题深入交换意见。";
    String line = dateline + sentence + "习近平指出，今年是中俄建交75周年。".repeat(3);
    assertEquals(sentence, extractor.title(line));
  }

  @Test
  void aChineseDatelineStaysOnAShortFirstLineAsAnEnglishOneDoes() {
    String line = "新华社北京12月19日电 中俄举行会谈。";
    assertEquals(line, extractor.title(line + "\n正文"));
  }

  @Test
  void overLongChineseSentenceIsCutBetweenCharacters() {
    String lead =
        "新华社莫斯科12月18日电（记者 李四 王五）俄罗斯总统普京18日在莫斯科克里姆林宫会见中国国务院总理，"
            + "双方就深化两国在能源、交通、农业、科技和人文等领域的务实合作以及共同推进“一带一路”建设同欧亚经济联盟"
            + "对接等问题深入交换了意见，一致同意继续加强全面战略协作。";
    String title = extractor.title(lead);
    assertEquals("俄罗斯总统普京18日在莫斯科克里姆林宫会见中国国务院总理，双方就深化两国在能源、交通、农业、科…", title);
    assertFits(title);
    assertTrue(TitleExtractor.weight(title) >= TitleExtractor.MAX_LENGTH - 3, title);
  }

  @Test
  void aCommaOrOpeningMarkBeforeTheCutIsDropped() {
    String sentence = "中".repeat(45) + "，" + "国".repeat(10) + "。";
    assertEquals("中".repeat(45) + "…", extractor.title(sentence));
    String quote = "中".repeat(45) + "《人民日报》报道。";
    assertEquals("中".repeat(45) + "…", extractor.title(quote));
  }

  @Test
  void aLatinWordInsideChineseIsNotCut() {
    // 45 characters (135) leave 4 before the ellipsis, not enough for "Gazprom".
    String sentence = "中".repeat(45) + "Gazprom公司签署了合同。";
    assertEquals("中".repeat(45) + "…", extractor.title(sentence));
  }

  @Test
  void hanCharactersPastTheBmpAreNotSplit() {
    String title = extractor.title("𠮷".repeat(60));
    assertEquals("𠮷".repeat(46) + "…", title);
    assertFits(title);
  }

  @Test
  void chineseSentenceEndsAtAFullWidthStopWithoutASpace() {
    assertEquals(
        "中方愿同俄方一道，推动两国关系不断向前发展！",
        TitleExtractor.firstSentence("中方愿同俄方一道，推动两国关系不断向前发展！双方签署了多项合作文件。"));
    assertEquals("这意味着什么？", TitleExtractor.firstSentence("这意味着什么？专家认为，"));
  }

  @Test
  void chineseSentenceEndingInsideAQuotationKeepsTheClosingMark() {
    assertEquals(
        "王毅表示：“中方愿同俄方加强沟通。”", TitleExtractor.firstSentence("王毅表示：“中方愿同俄方加强沟通。”拉夫罗夫说，俄方赞同。"));
  }

  @Test
  void aDecimalPointInChineseDoesNotEndTheSentence() {
    assertEquals(
        "前11个月中俄贸易额增长2.5%，达到2200亿美元。",
        TitleExtractor.firstSentence("前11个月中俄贸易额增长2.5%，达到2200亿美元。海关总署19日发布数据。"));
  }

  @Test
  void shortRussianFirstLineIsTheTitle() {
    assertEquals(
        "Путин и Си Цзиньпин провели переговоры в Пекине",
        extractor.title("Путин и Си Цзиньпин провели переговоры в Пекине\n" + TASS_LEAD));
  }

  @Test
  void longTassLeadGivesItsFirstSentenceWithoutTheDateline() {
    assertEquals(
        "Президент России Владимир Путин проведет ежегодную пресс-конференцию 19 декабря.",
        extractor.title(TASS_LEAD));
  }

  @Test
  void overLongRussianSentenceIsCutAtAWordBoundary() {
    String lead =
        "МОСКВА, 19 декабря. /ТАСС/. Россия и Китай продолжат наращивать взаимодействие в"
            + " энергетике, транспорте, сельском хозяйстве и высоких технологиях, несмотря на"
            + " беспрецедентное давление со стороны западных стран, заявил президент России"
            + " Владимир Путин. Он выступал на заседании.";
    String title = extractor.title(lead);
    assertEquals(
        "Россия и Китай продолжат наращивать взаимодействие в энергетике, транспорте, сельском"
            + " хозяйстве и высоких технологиях, несмотря на…",
        title);
    assertFits(title);
  }

  private static String longRussianLine(String firstSentence) {
    return firstSentence + " " + "Затем идет второе предложение, и оно продолжается. ".repeat(5);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Президент РФ В. В. Путин провел переговоры в Кремле.",
        "Президент РФ В.В. Путин провел переговоры в Кремле.",
        "В 2024 г. Россия и Китай отметили 75-летие дипломатических отношений.",
        "В 2023 г. Си Цзиньпин посетил Москву с государственным визитом.",
        "В 2022-2023 гг. Россия и Китай провели более 20 встреч.",
        "Выставка открылась на ул. Тверской в Москве.",
        "По ст. 105 УК РФ возбуждено дело.",
        "Рост составил 5 млн. рублей за год.",
        "«Мы готовы к диалогу», — заявил Песков.",
        "Как заявил Песков: «Переговоры прошли успешно.»"
      })
  void russianSentenceDoesNotEndAtAbbreviationsOrInitials(String sentence) {
    assertEquals(sentence, extractor.title(longRussianLine(sentence)));
  }

  @Test
  void russianSentenceEndsBeforeACapitalAfterANumberAbbreviation() {
    assertEquals(
        "Товарооборот достиг 240 млрд.",
        TitleExtractor.firstSentence("Товарооборот достиг 240 млрд. Это рекорд."));
  }

  @Test
  void tassDatelineWithACorrespondentIsDropped() {
    String line =
        "ПЕКИН, 19 декабря. /Корр. ТАСС Иван Иванов/. Китай и Россия подписали соглашение.";
    String title = extractor.title(longRussianLine(line));
    assertEquals("Китай и Россия подписали соглашение.", title);
  }

  @Test
  void englishTitlesAreMeasuredInCharsAsBefore() {
    String line = "a".repeat(60) + ". " + "b".repeat(78);
    assertEquals(line.length(), TitleExtractor.weight(line));
    assertFalse(TitleExtractor.isWide('a'));
    assertFalse(TitleExtractor.isWide("😀".codePointAt(0)));
    assertTrue(TitleExtractor.isWide('中'));
    assertTrue(TitleExtractor.isWide('가'));
    assertTrue(TitleExtractor.isWide('。'));
  }
}
