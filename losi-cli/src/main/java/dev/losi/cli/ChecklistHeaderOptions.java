package dev.losi.cli;

import dev.losi.core.Problem;
import dev.losi.io.IsoCountries;
import dev.losi.io.checklist.ChecklistHeader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of {@code losi checklist} that pre-fill its header block: {@code --country ISO3} (which also
 * selects the adjustments that apply), {@code --city-id}, {@code --city-name}, {@code --assessor} and
 * {@code --date YYYY-MM-DD}; each is empty when not given. A picocli mixin; {@link #header()} is the header.
 */
final class ChecklistHeaderOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--country", paramLabel = "ISO3", description = "The country: pre-fills the header and selects its adjustments.")
  Optional<String> country = Optional.empty();

  @Option(names = "--city-id", paramLabel = "ID", description = "Pre-fills the city id.")
  Optional<String> cityId = Optional.empty();

  @Option(names = "--city-name", paramLabel = "NAME", description = "Pre-fills the city name.")
  Optional<String> cityName = Optional.empty();

  @Option(names = "--assessor", paramLabel = "ID", description = "Pre-fills the assessor id.")
  Optional<String> assessor = Optional.empty();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Pre-fills the date.")
  Optional<String> date = Optional.empty();

  /**
   * Checks {@code --country} as every reader checks the country of a file: three upper-case letters, one
   * of ISO 3166-1's assigned alpha-3 codes, or a user-assigned one ({@code XXA}) when allowed
   * ({@link IsoCountries#refusal}, in the same words).
   *
   * @param allowUserAssigned whether {@code --allow-user-assigned-countries} was given
   * @return the problem naming {@code --country} and the code, or empty when it is accepted or not given
   */
  Optional<Problem> countryProblem(boolean allowUserAssigned) {
    return country.flatMap(code -> (code.matches("[A-Z]{3}") ? IsoCountries.refusal(code, allowUserAssigned)
        : Optional.of("is not an ISO 3166-1 alpha-3 code (three upper-case letters, e.g. BRA)"))
        .map(refusal -> Problem.builder().field("--country").value(code).message(refusal).build()));
  }

  /**
   * The header these options fill in.
   *
   * @throws CommandLine.ParameterException when {@code --date} is not a YYYY-MM-DD date (a usage error, exit 2)
   */
  ChecklistHeader header() {
    Optional<LocalDate> day;
    try {
      day = date.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(),
          "--date must be YYYY-MM-DD, got \"" + date.orElseThrow() + "\"");
    }
    return new ChecklistHeader(cityId, cityName, country, assessor, day);
  }
}
