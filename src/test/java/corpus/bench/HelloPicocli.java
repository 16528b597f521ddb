package corpus.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The start-up baseline: the smallest picocli program, run on the same JVM as {@code corpus
 * --version}.
 */
@Command(name = "hello", mixinStandardHelpOptions = true, version = "hello 1")
public final class HelloPicocli implements Runnable {
  @Override
  public void run() {
    System.out.println("hello");
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new HelloPicocli()).execute(args));
  }
}
