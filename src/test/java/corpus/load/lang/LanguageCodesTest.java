package corpus.load.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ru | ru",
        "RU | ru",
        "' ru ' | ru",
        "ru-RU | ru",
        "ru_RU | ru",
        "en-US | en",
        "en-GB-oxendict | en",
        "zh-Hans | zh",
        "zh-Hant-TW | zh",
        "zh-CN | zh",
        "zh_TW | zh",
        "sr-Latn | sr",
        "en_US.UTF-8 | en",
        "sr_RS@latin | sr",
        "iw | he",
        "in | id",
        "rus | ru",
        "eng | en",
        "deu | de",
        "ger | de",
        "fre | fr",
        "fra | fr",
        "chi | zh",
        "zho | zh",
        "cmn | zh",
        "yue | zh",
        "ukr | uk",
        "nob | nb",
        "Russian | ru",
        "russian | ru",
        "русский | ru",
        "Русский | ru",
        "English | en",
        "English (US) | en",
        "Chinese (Simplified) | zh",
        "中文 | zh",
        "简体中文 | zh",
        "Deutsch | de",
        "français | fr",
        "Español | es",
        "italiano | it",
        "polski | pl",
        "'en, fr' | en",
        "de;q=0.9 | de"
      })
  void normalizesADeclaredLanguage(String declared, String code) {
    assertEquals(code, LanguageCodes.normalize(declared));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "und",
        "mul",
        "zxx",
        "x-default",
        "xx",
        "qq-QQ",
        "Klingon",
        "C",
        "POSIX",
        "tlh",
        "1",
        "e",
        "english language please",
        ",en"
      })
  void understandsNoOtherValue(String declared) {
    assertNull(LanguageCodes.normalize(declared));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "eng, en", "rus, ru", "cmn, zh", "deu, de", "fra, fr", "spa, es", "ita, it", "pol, pl",
    "nld, nl", "por, pt", "ukr, uk", "jpn, ja", "kor, ko", "ekk, et", "lvs, lv", "pes, fa",
    "nob, nb", "nno, nn"
  })
  void mapsTheModelsThreeLetterCodes(String iso3, String iso1) {
    assertEquals(iso1, LanguageCodes.fromIso639_3(iso3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ast", "ceb", "nds", "war", "min"})
  void aLanguageWithNoTwoLetterCodeHasNone(String iso3) {
    assertNull(LanguageCodes.fromIso639_3(iso3));
  }
}
