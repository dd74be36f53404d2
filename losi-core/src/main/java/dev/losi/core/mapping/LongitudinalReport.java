package dev.losi.core.mapping;

import dev.losi.core.City;
import dev.losi.core.NumberText;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link LongitudinalComparison#compare}: per-city changes on the common core, the level
 * transition matrices, and everything that was not comparable.
 *
 * @param mapping the mapping compared along
 * @param core the common core
 * @param missingAnswers how not-assessed answers were treated
 * @param cities the change of every city assessed in both editions, in the earlier edition's order
 * @param onlyBefore cities assessed only in the earlier edition (not compared)
 * @param onlyAfter cities assessed only in the later edition (not compared)
 *
 * @since 0.1.0
 */
public record LongitudinalReport(EditionMapping mapping, CommonCore core, MissingAnswerPolicy missingAnswers,
    List<CityChange> cities, List<City> onlyBefore, List<City> onlyAfter) {

  /**
   * Copies the lists.
   *
   * @param mapping the mapping compared along
   * @param core the common core
   * @param missingAnswers how not-assessed answers were treated
   * @param cities the change of every city assessed in both editions, in the earlier edition's order
   * @param onlyBefore cities assessed only in the earlier edition
   * @param onlyAfter cities assessed only in the later edition
   */
  public LongitudinalReport {
    cities = List.copyOf(cities);
    onlyBefore = List.copyOf(onlyBefore);
    onlyAfter = List.copyOf(onlyAfter);
  }

  /** {@return the transition matrix of official levels (each edition's own LOSI), as in the Survey} */
  public LevelTransitionMatrix officialTransitions() {
    return LevelTransitionMatrix.of(cities.stream()
        .map(c -> Map.entry(c.levelBefore(), c.levelAfter())).toList());
  }

  /** {@return the transition matrix of levels of the core score (comparable across editions)} */
  public LevelTransitionMatrix coreTransitions() {
    return LevelTransitionMatrix.of(cities.stream()
        .map(c -> Map.entry(c.coreBefore().level(), c.coreAfter().level())).toList());
  }

  /**
   * {@return the change of one city, if it was assessed in both editions}
   *
   * @param cityId a city id, for example {@code BR-SAO}
   */
  public java.util.Optional<CityChange> city(String cityId) {
    return cities.stream().filter(c -> c.city().id().equals(cityId)).findFirst();
  }

  /** {@return the sentence every report carries about official scores} */
  public String comparabilityNote() {
    return "Official scores are each edition's own LOSI (" + mapping.from().id() + ": "
        + NumberText.of(mapping.from().maximumPoints()) + " points; " + mapping.to().id() + ": "
        + NumberText.of(mapping.to().maximumPoints()) + " points) on different indicator sets: they are NOT comparable across editions. The core score is the share of the "
        + core.size() + " indicators both editions measure the same way, and is comparable.";
  }

  /** {@return a plain-text report: coverage, per-city table, both matrices, and what was not comparable} */
  public String toText() {
    String a = mapping.from().id();
    String b = mapping.to().id();
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("Longitudinal comparison ").append(a).append(" -> ").append(b).append(nl);
    sb.append(mapping.coverageStatement()).append(nl);
    sb.append(comparabilityNote()).append(nl);
    sb.append("Not-assessed answers: ").append(missingAnswers == MissingAnswerPolicy.REJECT ? "rejected" : "counted as absent").append(nl).append(nl);
    sb.append(String.format(java.util.Locale.ROOT, "%-16s %9s %9s %7s %6s %6s %14s %14s  %s%n", "city", "core " + "bef", "core aft", "change",
        "gained", "lost", "official bef", "official aft", "level transition"));
    for (CityChange c : cities) {
      sb.append(String.format(java.util.Locale.ROOT, "%-16s %9s %9s %+7d %6d %6d %14.4f %14.4f  %s%n", c.city().id(),
          c.coreBefore(), c.coreAfter(), c.coreChangeInIndicators(), c.gained().size(), c.lost().size(),
          c.officialBefore().losi(), c.officialAfter().losi(), c.levelTransition()));
    }
    sb.append(nl).append("Official level transitions (cities: ").append(cities.size()).append(")").append(nl);
    sb.append(officialTransitions().render(a, b));
    sb.append(nl).append("Core-score level transitions").append(nl);
    sb.append(coreTransitions().render(a, b));
    sb.append(nl).append("Not comparable").append(nl);
    core.notComparableFrom().forEach((k, v) -> sb.append("  ").append(a).append(' ').append(k).append(": ").append(v).append(nl));
    core.notComparableTo().forEach((k, v) -> sb.append("  ").append(b).append(' ').append(k).append(": ").append(v).append(nl));
    onlyBefore.forEach(c -> sb.append("  city ").append(c.id()).append(": assessed only in ").append(a).append(nl));
    onlyAfter.forEach(c -> sb.append("  city ").append(c.id()).append(": assessed only in ").append(b).append(nl));
    return sb.toString();
  }
}
