package corpus.cli;

import corpus.query.CollocationMeasure;
import corpus.query.DispersionParts;
import corpus.query.Granularity;
import corpus.query.KwicSort;
import corpus.query.SearchSort;
import corpus.report.OutputFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * One rule for every enumerated option: typed in any case ({@code --sort DATE}, {@code --by
 * Month}), shown in lower case everywhere: help, error messages and completion candidates. Each
 * kind is both the option's converter and its completion candidates.
 */
final class Choices {
  private Choices() {}

  abstract static class LowerCase<E extends Enum<E>>
      implements CommandLine.ITypeConverter<E>, Iterable<String> {
    private final E[] values;
    private final Function<E, String> label;

    LowerCase(Class<E> type, Function<E, String> label) {
      this.values = type.getEnumConstants();
      this.label = label;
    }

    LowerCase(Class<E> type) {
      this(type, value -> value.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public E convert(String typed) {
      for (E value : values) {
        if (label.apply(value).equalsIgnoreCase(typed)) {
          return value;
        }
      }
      List<String> labels = labels();
      String expected =
          labels.size() == 1
              ? labels.get(0)
              : String.join(", ", labels.subList(0, labels.size() - 1))
                  + " or "
                  + labels.get(labels.size() - 1);
      throw new CommandLine.TypeConversionException(
          "expected " + expected + ", not '" + typed + "'");
    }

    @Override
    public Iterator<String> iterator() {
      return labels().iterator();
    }

    private List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (E value : values) {
        labels.add(label.apply(value));
      }
      return labels;
    }
  }

  static final class Periods extends LowerCase<Granularity> {
    Periods() {
      super(Granularity.class);
    }
  }

  static final class FreqTableChoices extends LowerCase<FreqTables> {
    FreqTableChoices() {
      super(FreqTables.class);
    }
  }

  static final class Measures extends LowerCase<CollocationMeasure> {
    Measures() {
      super(CollocationMeasure.class, CollocationMeasure::label);
    }
  }

  static final class PartChoices extends LowerCase<DispersionParts> {
    PartChoices() {
      super(DispersionParts.class, DispersionParts::label);
    }
  }

  static final class TrendSplitChoices extends LowerCase<TrendSplit> {
    TrendSplitChoices() {
      super(TrendSplit.class);
    }
  }

  static final class KwicOrders extends LowerCase<KwicSort> {
    KwicOrders() {
      super(KwicSort.class);
    }
  }

  static final class SearchOrders extends LowerCase<SearchSort> {
    SearchOrders() {
      super(SearchSort.class, SearchSort::label);
    }
  }

  static final class Formats extends LowerCase<OutputFormat> {
    Formats() {
      super(OutputFormat.class);
    }
  }
}
