package corpus.cli;

import corpus.query.Sources;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --source NAME}, repeatable: only articles from these sources (outlets). */
final class SourceOptions {
  @Option(
      names = "--source",
      paramLabel = "NAME",
      description =
          "Only articles from this source (outlet), as 'corpus stats' lists them, in any case. Repeatable.")
  List<String> names = new ArrayList<>();

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  Sources sources() {
    try {
      return new Sources(names);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
