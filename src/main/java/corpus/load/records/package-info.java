/**
 * Files that hold many articles each, as researchers export them: JSON ({@code .json}), JSON lines
 * ({@code .jsonl}, {@code .ndjson}), CSV and TSV, each also gzipped. {@link
 * corpus.load.records.RecordShape} tells the shape by the file name and opens a {@link
 * corpus.load.records.RecordStream}, which reads one record at a time and gives each as a {@link
 * corpus.load.records.RawRecord} (its fields as a JSON object) or a {@link
 * corpus.load.records.BadRecord} (a one-line reason), both with the record's number and the line it
 * starts on. {@link corpus.load.records.FieldMapping} then finds a record's text, title, date,
 * source and id.
 *
 * <p>Decisions the formats leave open:
 *
 * <ul>
 *   <li>Input is UTF-8; a leading byte-order mark is dropped and bytes that are not UTF-8 become
 *       U+FFFD, so one stray byte costs a character, not the rest of the file.
 *   <li>Lines end at "\n", "\r\n" or a lone "\r" in every shape, as Jackson counts them.
 *   <li>JSON: an object wraps records when, among its fields or its object fields' fields, an array
 *       whose first element is an object has a usual container name ({@code articles}, {@code
 *       data}, {@code docs}, {@code hits}, {@code items}, {@code results}, {@code records}, ...);
 *       otherwise it is one record. See {@code JsonRecordStream}.
 *   <li>JSON lines: blank lines are not records; a line over 20 million characters is a bad record
 *       read past without being held.
 *   <li>CSV follows RFC 4180. TSV follows IANA text/tab-separated-values: no quoting, a quote is
 *       text. Header names are trimmed; an empty one becomes {@code column_N}, a repeated one gets
 *       {@code _2}, {@code _3}, ... Blank lines are not records.
 * </ul>
 *
 * <p>JDK and Jackson only: the indexer, not this package, decides what a record becomes.
 */
package corpus.load.records;
