package corpus.load;

import corpus.load.date.DateSource;
import java.time.LocalDate;

/**
 * One article read from the corpus folder, ready to index.
 *
 * @param id stable identity: the path relative to the corpus folder, '/'-separated
 * @param title the headline, or the first sentence shortened
 * @param text the body with any date header removed
 * @param date publication date, or null when undated
 * @param dateSource the rule that found the date, or null when undated
 * @param encoding the charset the bytes were decoded with (e.g. {@code UTF-8}, {@code
 *     windows-1252})
 * @param contentHash hex SHA-256 of the file's bytes, for incremental indexing
 * @param size the file's size in bytes
 * @param modifiedMillis the file's last-modified time, epoch milliseconds
 */
public record Article(
    String id,
    String title,
    String text,
    LocalDate date,
    DateSource dateSource,
    String encoding,
    String contentHash,
    long size,
    long modifiedMillis) {}
