package corpus.load;

import corpus.load.date.DateSource;
import java.time.LocalDate;

/**
 * One article read from the corpus folder, ready to index.
 *
 * @param id stable identity: the path relative to the corpus folder, '/'-separated, for an article
 *     that is a whole file; that path and the record's 1-based number ({@code
 *     exports/2023.jsonl#17}) for a record, or the record's own id when the user named its field
 * @param file the path of the file it was read from, relative to the corpus folder
 * @param title the headline, or the first sentence shortened
 * @param text the body with any date header removed
 * @param date publication date, or null when undated
 * @param dateSource where the date was found, or null when undated
 * @param source the outlet, as written, or null when none was found
 * @param sourceOrigin where the outlet was found, or null when none was
 * @param language the ISO 639-1 code of its language, lower case ({@code en}, {@code ru}, {@code
 *     zh}): the one its record or page declares when that is a language, else the one detected from
 *     its title and text; null when neither gives one (too few letters to judge)
 * @param languageOrigin where the language came from, or null when it is unknown
 * @param encoding the charset the bytes were decoded with (e.g. {@code UTF-8}, {@code
 *     windows-1252})
 * @param contentHash hex SHA-256 of what was indexed (a file's bytes, a record's fields), for
 *     incremental indexing
 * @param size its file's size in bytes
 * @param modifiedMillis its file's last-modified time, epoch milliseconds
 */
public record Article(
    String id,
    String file,
    String title,
    String text,
    LocalDate date,
    DateSource dateSource,
    String source,
    SourceOrigin sourceOrigin,
    String language,
    LanguageOrigin languageOrigin,
    String encoding,
    String contentHash,
    long size,
    long modifiedMillis) {}
