package corpus.cli;

import java.util.function.Supplier;
import picocli.CommandLine;

/** Turns a request record's validation failure into a usage error (exit code 2, usage line). */
final class Usage {
  private Usage() {}

  static <T> T check(CommandLine.Model.CommandSpec spec, Supplier<T> request) {
    try {
      return request.get();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
