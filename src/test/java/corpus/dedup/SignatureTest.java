package corpus.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MinHash signatures: estimates against exact Jaccard, storage, stability. */
class SignatureTest {

  @Test
  void identicalTextsHaveEqualSignatures() {
    String text = EuroparlArticles.read(1).get(0);
    Signature a = MinHash.DEFAULT.sign(TextShingles.of(text));
    assertEquals(a, MinHash.DEFAULT.sign(TextShingles.of(new String(text))));
    assertEquals(1.0, a.estimate(MinHash.DEFAULT.sign(TextShingles.of(text))));
    assertEquals(128, a.slots());
  }

  @Test
  void theHashesAreFixedByTheCodeNotTheJdk() {
    // Stored signatures stay comparable only while this holds; if a change to the words or the
    // hashes breaks it, raise Signature.VERSION and update the bytes.
    byte[] bytes =
        MinHash.DEFAULT
            .sign(TextShingles.of("The quick brown fox jumps over the lazy dog"))
            .toBytes();
    assertEquals("020080678332ba", HexFormat.of().formatHex(Arrays.copyOf(bytes, 7)));
  }

  @Test
  void aWordlessTextHasTheEmptySignatureWhichResemblesNothing() {
    assertSame(Signature.EMPTY, MinHash.DEFAULT.sign(TextShingles.of(" ... ")));
    assertEquals(0.0, Signature.EMPTY.estimate(Signature.EMPTY));
    assertEquals(0.0, Signature.EMPTY.estimate(MinHash.DEFAULT.sign(TextShingles.of("a text"))));
  }

  /**
   * Seeded random pairs of hash sets with exact Jaccard spread over [0, 1]: every estimate within
   * 4.5 standard errors (a miss has probability below 1e-5 a pair), at least 90% within 2, and no
   * bias.
   */
  @ParameterizedTest
  @ValueSource(ints = {64, 128, 256})
  void estimatesAreWithinTheErrorBound(int slots) {
    MinHash minHash = new MinHash(slots);
    Random random = new Random(13 + slots);
    int pairs = 400;
    int withinTwo = 0;
    double bias = 0;
    for (int p = 0; p < pairs; p++) {
      int common = random.nextInt(400);
      int onlyA = random.nextInt(200);
      int onlyB = random.nextInt(200);
      if (common + onlyA + onlyB == 0) {
        common = 1;
      }
      long[] shared = randomHashes(random, common);
      long[] a = union(shared, randomHashes(random, onlyA));
      long[] b = union(shared, randomHashes(random, onlyB));
      double exact = Shingles.jaccard(a, b);
      double estimate = minHash.sign(a).estimate(minHash.sign(b));
      double error = Math.sqrt(exact * (1 - exact) / slots);
      double diff = Math.abs(estimate - exact);
      assertTrue(
          diff <= 4.5 * error + 1.0 / slots,
          "exact " + exact + " estimate " + estimate + " with " + slots + " slots");
      if (diff <= 2 * error + 1.0 / slots) {
        withinTwo++;
      }
      bias += estimate - exact;
    }
    assertTrue(withinTwo >= 0.9 * pairs, withinTwo + " of " + pairs + " within 2 standard errors");
    assertEquals(0, bias / pairs, 0.01);
  }

  @Test
  void storedBytesComeBackEqual() {
    Random random = new Random(5);
    for (int slots : new int[] {1, 64, 128, 300}) {
      Signature s = new MinHash(slots).sign(randomHashes(random, 50));
      byte[] bytes = s.toBytes();
      assertEquals(3 + 4 * slots, bytes.length);
      assertEquals(Signature.VERSION, bytes[0]);
      Signature back = Signature.fromBytes(bytes);
      assertEquals(s, back);
      assertArrayEquals(bytes, back.toBytes());
      assertEquals(1.0, s.estimate(back));
    }
    assertSame(Signature.EMPTY, Signature.fromBytes(Signature.EMPTY.toBytes()));
  }

  @Test
  void bytesOfAnotherVersionOrLengthAreRefused() {
    byte[] bytes = MinHash.DEFAULT.sign(TextShingles.of("some words of a text")).toBytes();
    byte[] otherVersion = bytes.clone();
    otherVersion[0] = (byte) (Signature.VERSION - 1);
    assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(otherVersion));
    assertThrows(
        IllegalArgumentException.class,
        () -> Signature.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
    assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(new byte[] {1}));
  }

  @Test
  void signaturesOfDifferentLengthsCannotBeCompared() {
    Signature a = new MinHash(64).sign(TextShingles.of("some words of a text"));
    Signature b = new MinHash(128).sign(TextShingles.of("some words of a text"));
    assertThrows(IllegalArgumentException.class, () -> a.estimate(b));
  }

  static long[] randomHashes(Random random, int count) {
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      out[i] = random.nextLong();
    }
    return out;
  }

  static long[] union(long[] a, long[] b) {
    long[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }
}
