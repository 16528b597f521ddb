package corpus.load.records;

/** One record of a container file: its fields, or why they could not be read. */
public sealed interface RecordOutcome permits RawRecord, BadRecord {

  /** 1-based number of the record in its file; bad records count too. */
  int number();

  /** 1-based line of the file where the record starts. */
  long line();
}
