package corpus.query;

import java.util.Locale;

/** What collocates are ranked by (each row carries every measure). */
public enum CollocationMeasure {
  LOG_LIKELIHOOD,
  LOG_DICE,
  MI,
  MI3,
  T_SCORE,
  Z_SCORE,
  LOG_RATIO,
  OBSERVED;

  /** The name used on the command line and as the row's field. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** This measure's value in a row. */
  public double of(CollocateRow row) {
    return switch (this) {
      case LOG_LIKELIHOOD -> row.logLikelihood();
      case LOG_DICE -> row.logDice();
      case MI -> row.mi();
      case MI3 -> row.mi3();
      case T_SCORE -> row.tScore();
      case Z_SCORE -> row.zScore();
      case LOG_RATIO -> row.logRatio() == null ? Double.NEGATIVE_INFINITY : row.logRatio();
      case OBSERVED -> row.observed();
    };
  }
}
