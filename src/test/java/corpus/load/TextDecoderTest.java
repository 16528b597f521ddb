package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private final TextDecoder decoder = new TextDecoder();

  private Decoding.Decoded decoded(byte[] bytes) {
    return assertInstanceOf(Decoding.Decoded.class, decoder.decode(bytes));
  }

  private String rejection(byte[] bytes) {
    return assertInstanceOf(Decoding.Rejected.class, decoder.decode(bytes)).reason();
  }

  private static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  @Test
  void plainUtf8IsDecodedAsUtf8WithoutFallback() {
    var result = decoded("Zürich – naïve “quotes” 北京".getBytes(StandardCharsets.UTF_8));
    assertEquals("Zürich – naïve “quotes” 北京", result.text());
    assertEquals("UTF-8", result.encoding());
    assertFalse(result.fallback());
  }

  @Test
  void utf8ByteOrderMarkIsStripped() {
    byte[] text = "date 2024-08-22".getBytes(StandardCharsets.UTF_8);
    var result = decoded(concat(bytes(0xEF, 0xBB, 0xBF), text));
    assertEquals("date 2024-08-22", result.text());
    assertEquals("UTF-8", result.encoding());
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsHonoured() {
    var result =
        decoded(concat(bytes(0xFF, 0xFE), "Café 北京\n".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("Café 北京\n", result.text());
    assertEquals("UTF-16LE", result.encoding());
    assertFalse(result.fallback());
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsHonoured() {
    var result =
        decoded(concat(bytes(0xFE, 0xFF), "Café 北京\n".getBytes(StandardCharsets.UTF_16BE)));
    assertEquals("Café 北京\n", result.text());
    assertEquals("UTF-16BE", result.encoding());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] bytes = "caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
    assertEquals(0x93, bytes[5] & 0xFF, "the fixture really holds a windows-1252 curly quote");
    var result = decoded(bytes);
    assertEquals("café “quoted”", result.text());
    assertEquals("windows-1252", result.encoding());
    assertTrue(result.fallback());
  }

  @Test
  void bytesUndefinedInWindows1252FallBackToIso88591() {
    // 0x81 decodes to a C1 control character; one in twelve stays under the binary limit.
    var result = decoded(bytes('c', 'a', 'f', 0xE9, ' ', 0x81, ' ', 'n', 'a', 'i', 'v', 'e'));
    assertEquals("caf\u00e9 \u0081 naive", result.text());
    assertEquals("ISO-8859-1", result.encoding());
    assertTrue(result.fallback());
  }

  @Test
  void nulBytesMeanBinary() {
    assertEquals("binary (NUL bytes)", rejection(bytes('P', 'K', 3, 4, 0, 0, 'a', 'b')));
  }

  @Test
  void nulBytesAfterUtf8ByteOrderMarkStillMeanBinary() {
    assertEquals("binary (NUL bytes)", rejection(bytes(0xEF, 0xBB, 0xBF, 'a', 0, 'b')));
  }

  @Test
  void utf16TextIsNotMistakenForBinaryDespiteItsZeroBytes() {
    byte[] text = "plain ascii".getBytes(StandardCharsets.UTF_16LE);
    var result = decoded(concat(bytes(0xFF, 0xFE), text));
    assertEquals("plain ascii", result.text());
  }

  @Test
  void mostlyControlCharactersMeanBinary() {
    assertEquals(
        "binary (control characters)",
        rejection(bytes('a', 'b', 1, 2, 3, 0x1B, 'c', 'd', 'e', 'f')));
  }

  @Test
  void aFewControlCharactersAreTolerated() {
    // One escape in eleven characters is under the 10% limit.
    byte[] bytes = bytes('h', 'e', 'l', 'l', 'o', 0x1B, 'w', 'o', 'r', 'l', 'd');
    assertEquals("hello\u001bworld", decoded(bytes).text());
  }

  @Test
  void tabsNewlinesAndFormFeedsAreNotCountedAsControlCharacters() {
    var result = decoded("a\t\t\t\n\n\n\r\r\f\fb".getBytes(StandardCharsets.US_ASCII));
    assertEquals("a\t\t\t\n\n\n\r\r\f\fb", result.text());
  }

  @Test
  void emptyFileIsRejected() {
    assertEquals("empty file", rejection(new byte[0]));
  }

  @Test
  void byteOrderMarkAloneIsAnEmptyFile() {
    assertEquals("empty file", rejection(bytes(0xEF, 0xBB, 0xBF)));
  }

  @Test
  void whitespaceOnlyIsRejected() {
    assertEquals("whitespace only", rejection(" \n\t \r\n  ".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void noBreakSpacesCountAsWhitespace() {
    assertEquals("whitespace only", rejection("\u00a0 \u2003\n".getBytes(StandardCharsets.UTF_8)));
  }
}
