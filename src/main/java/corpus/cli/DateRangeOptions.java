package corpus.cli;

import corpus.query.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        Matcher parts = ISO_SHAPE.matcher(value);
        if (!parts.matches()) {
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not a date of the form YYYY-MM-DD");
        }
        // The right shape, an impossible date: say which part is wrong.
        int month = Integer.parseInt(parts.group(2));
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not a date: "
                + (month < 1 || month > 12
                    ? "there is no month " + month
                    : parts.group(1) + "-" + parts.group(2) + " has no day " + parts.group(3)));
      }
    }
  }
}
