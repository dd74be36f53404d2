package dev.losi.cli;

import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The value of an option that takes one of a few words ({@code --ties wait|absent}, {@code --merge all|any}):
 * the value each word stands for, matched exactly; any other word is a usage error in one wording,
 * {@code --ties must be wait or absent, got "x"}.
 */
final class OptionWords {

  private OptionWords() {}

  /**
   * The value that {@code given} names among {@code words}, in the order the message lists them.
   *
   * @param option the option's name, for the message
   * @throws CommandLine.ParameterException when {@code given} is none of the words (a usage error, exit 2)
   */
  @SafeVarargs
  static <T> T choose(CommandSpec spec, String option, String given, Map.Entry<String, T>... words) {
    for (Map.Entry<String, T> w : words) {
      if (w.getKey().equals(given)) {
        return w.getValue();
      }
    }
    String[] names = Arrays.stream(words).map(Map.Entry::getKey).toArray(String[]::new);
    String listed = String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    throw new CommandLine.ParameterException(spec.commandLine(),
        option + " must be " + listed + ", got \"" + given + "\"");
  }
}
