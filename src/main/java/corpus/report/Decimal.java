package corpus.report;

/**
 * A number a layout wants shown in a format of its own in the terminal ({@code %+.2f} for a log
 * ratio), still aligned as a number.
 */
record Decimal(double value, String format) {}
