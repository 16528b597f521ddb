package corpus.query.lucene;

import corpus.index.Schema;
import corpus.query.InvalidQueryException;
import corpus.query.Languages;
import corpus.query.Messages;
import corpus.query.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * The languages and sources a question names that no article has. A misspelt outlet would otherwise
 * answer with nothing at all; a cluster asks every shard and refuses what none of them knows.
 *
 * @param languages codes no article is in
 * @param sourceKeys source keys ({@link Sources#key}) no article has
 */
public record KnownNames(List<String> languages, List<String> sourceKeys) {
  public KnownNames {
    languages = List.copyOf(languages);
    sourceKeys = List.copyOf(sourceKeys);
  }

  /** What the question names that this index has no article of. */
  static KnownNames missingIn(IndexReader reader, Sources sources, Languages languages)
      throws IOException {
    List<String> codes = new ArrayList<>();
    for (String code : languages.codes()) {
      if (reader.docFreq(new Term(Schema.LANGUAGE, code)) == 0) {
        codes.add(code);
      }
    }
    List<String> keys = new ArrayList<>();
    for (String key : sources.keys()) {
      if (reader.docFreq(new Term(Schema.SOURCE_KEY, key)) == 0) {
        keys.add(key);
      }
    }
    return new KnownNames(codes, keys);
  }

  /** What is missing from this index and from the other too. */
  public KnownNames and(KnownNames other) {
    return new KnownNames(
        languages.stream().filter(other.languages::contains).toList(),
        sourceKeys.stream().filter(other.sourceKeys::contains).toList());
  }

  /**
   * @throws InvalidQueryException naming the first language or source no article has
   */
  public void refuseAny() {
    if (!languages.isEmpty()) {
      throw new InvalidQueryException(
          "no article is in the language '"
              + Messages.quoted(languages.get(0))
              + "'; 'corpus stats' lists the languages");
    }
    if (!sourceKeys.isEmpty()) {
      throw new InvalidQueryException(
          "no article has the source '"
              + Messages.quoted(sourceKeys.get(0))
              + "'; 'corpus stats' lists the sources");
    }
  }
}
