package dev.losi.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The two sides of {@code losi compare}: each organisation's assessments file ({@code --left}, {@code --right})
 * and the name it is shown under ({@code --left-name}, {@code --right-name}). A picocli mixin.
 */
final class ComparedOrganisations {

  @Option(names = "--left", required = true, paramLabel = "FILE", description = "The first organisation's assessments.")
  Path left;

  @Option(names = "--right", required = true, paramLabel = "FILE", description = "The second organisation's assessments.")
  Path right;

  @Option(names = "--left-name", paramLabel = "NAME", defaultValue = "left", description = "Name of the first (default: ${DEFAULT-VALUE}).")
  String leftName;

  @Option(names = "--right-name", paramLabel = "NAME", defaultValue = "right", description = "Name of the second (default: ${DEFAULT-VALUE}).")
  String rightName;
}
