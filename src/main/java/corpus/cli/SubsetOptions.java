package corpus.cli;

import corpus.query.Languages;
import corpus.query.Sources;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --source NAME} and {@code --language CODE}, each repeatable: only articles from these
 * sources (outlets) and in these languages.
 */
final class SubsetOptions {
  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "Only articles from this source (outlet), as 'corpus stats' lists them, in any case. Repeatable.")
  List<String> names = new ArrayList<>();

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description =
          "Only articles in this language, as an ISO 639-1 code (en, ru, zh, ...) as 'corpus stats' lists them. Repeatable.")
  List<String> languageCodes = new ArrayList<>();

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  Sources sources() {
    try {
      return new Sources(names);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  Languages languages() {
    try {
      return new Languages(languageCodes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
