package corpus.cli;

import corpus.query.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --from} / {@code --to}: inclusive ISO dates. */
final class DateRangeOptions {
  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description =
          "Only articles dated on or after DATE (YYYY-MM-DD). Undated articles are left out.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description =
          "Only articles dated on or before DATE (YYYY-MM-DD). Undated articles are left out.")
  LocalDate to;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  DateRange range() {
    try {
      return new DateRange(from, to);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
