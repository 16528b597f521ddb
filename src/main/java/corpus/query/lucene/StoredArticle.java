package corpus.query.lucene;

import corpus.index.Schema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;

/** The stored fields of one article that results show, read in one go. */
record StoredArticle(
    String id,
    String file,
    String title,
    LocalDate date,
    String dateSource,
    String source,
    String sourceOrigin,
    String language,
    String languageOrigin,
    long tokens) {

  private static final Set<String> SHOWN =
      Set.of(
          Schema.ID,
          Schema.FILE,
          Schema.TITLE,
          Schema.DATE,
          Schema.DATE_SOURCE,
          Schema.SOURCE,
          Schema.SOURCE_ORIGIN,
          Schema.LANGUAGE,
          Schema.LANGUAGE_ORIGIN,
          Schema.TOKENS);

  static StoredArticle read(StoredFields fields, int doc) throws IOException {
    Document stored = fields.document(doc, SHOWN);
    IndexableField date = stored.getField(Schema.DATE);
    IndexableField tokens = stored.getField(Schema.TOKENS);
    return new StoredArticle(
        stored.get(Schema.ID),
        stored.get(Schema.FILE),
        stored.get(Schema.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        stored.get(Schema.DATE_SOURCE),
        stored.get(Schema.SOURCE),
        stored.get(Schema.SOURCE_ORIGIN),
        stored.get(Schema.LANGUAGE),
        stored.get(Schema.LANGUAGE_ORIGIN),
        tokens == null ? 0 : tokens.numericValue().longValue());
  }
}
