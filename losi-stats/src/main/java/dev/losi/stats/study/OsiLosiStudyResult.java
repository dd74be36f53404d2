package dev.losi.stats.study;

import dev.losi.core.internal.Checks;
import dev.losi.stats.correlation.CorrelationSummary;
import java.util.List;
import java.util.Locale;

/**
 * Everything the OSI-LOSI study found. Immutable; lists are unmodifiable.
 *
 * @param matched the joined cities in input order, with levels and (when the line is defined) residuals
 * @param correlation Pearson, Spearman and Kendall of LOSI (y) with OSI (x) over the joined cities
 * @param criterionCorrelations per LOSI criterion, its correlation with the matching OSI sub-index
 * @param line the least-squares line of LOSI on OSI
 * @param leaders cities above the line (positive residuals), largest first, at most the configured count
 * @param laggards cities below the line (negative residuals), most negative first, at most the configured count
 * @param convergence LOSI level by OSI level counts
 * @param unmatched rows that could not be joined, cities first then countries, each with its reason
 * @param countriesWithoutCities ISO3 codes of OSI rows that no city joined, sorted (not an error; for completeness)
 *
 * @since 0.1.0
 */
public record OsiLosiStudyResult(List<MatchedCity> matched, CorrelationSummary correlation,
    List<CriterionCorrelation> criterionCorrelations, RegressionLine line, List<RankedCity> leaders,
    List<RankedCity> laggards, ConvergenceTable convergence, List<UnmatchedRow> unmatched,
    List<String> countriesWithoutCities) {

  /**
   * Copies the lists and checks that nothing is null.
   *
   * @param matched the joined cities, in input order
   * @param correlation Pearson, Spearman and Kendall of LOSI
   * @param criterionCorrelations per LOSI criterion, its correlation with the matching OSI sub-index
   * @param line the least-squares line of LOSI on OSI
   * @param leaders cities above the line
   * @param laggards cities below the line
   * @param convergence LOSI level by OSI level counts
   * @param unmatched rows that could not be joined, cities first then countries, each with its reason
   * @param countriesWithoutCities ISO3 codes of OSI rows that no city joined, sorted
   */
  public OsiLosiStudyResult {
    Checks.nonNull("correlation", correlation, "line", line, "convergence", convergence);
    matched = List.copyOf(matched);
    criterionCorrelations = List.copyOf(criterionCorrelations);
    leaders = List.copyOf(leaders);
    laggards = List.copyOf(laggards);
    unmatched = List.copyOf(unmatched);
    countriesWithoutCities = List.copyOf(countriesWithoutCities);
  }

  /**
   * {@return a plain-text report: correlations of LOSI with OSI, criterion correlations, the line, leaders,
   * laggards, the convergence table and the unmatched rows. Numbers are rounded for reading; the
   * components of this record hold the full values}
   */
  public String toText() {
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append("OSI-LOSI study: ").append(matched.size()).append(" cities joined, unmatched rows: ")
        .append(unmatched.size()).append(nl).append(nl);
    sb.append("LOSI vs OSI").append(nl).append(correlation.toTable()).append(nl);
    for (CriterionCorrelation c : criterionCorrelations) {
      sb.append("criterion ").append(c.criterion()).append(" vs OSI sub-index ").append(c.subIndex()).append(nl)
          .append(c.correlation().toTable()).append(nl);
    }
    sb.append(line).append(nl).append(nl);
    appendRanked(sb, "Leaders (above the line)", leaders);
    appendRanked(sb, "Laggards (below the line)", laggards);
    sb.append("Convergence (cities by LOSI level and OSI level): ").append(convergence.sameLevel())
        .append(" at their country's level, ").append(convergence.cityAbove())
        .append(" above it, ").append(convergence.cityBelow()).append(" below it").append(nl).append(convergence).append(nl);
    if (!unmatched.isEmpty()) {
      sb.append("Unmatched").append(nl);
      unmatched.forEach(u -> sb.append("  ").append(u).append(nl));
    }
    return sb.toString();
  }

  private static void appendRanked(StringBuilder sb, String title, List<RankedCity> list) {
    String nl = System.lineSeparator();
    sb.append(title).append(nl);
    if (list.isEmpty()) {
      sb.append("  (none)").append(nl);
    }
    for (RankedCity r : list) {
      MatchedCity c = r.city();
      sb.append(String.format(Locale.ROOT, "  %2d. %-24s %-3s LOSI %.4f  OSI %.4f  residual %+.4f%n", r.rank(), c.city(),
          c.iso3(), c.losi(), c.osi(), r.residual()));
    }
    sb.append(nl);
  }
}
