package dev.losi.stats.study;

import dev.losi.stats.correlation.CorrelationSummary;
import java.util.List;
import java.util.Objects;

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
 */
public record OsiLosiStudyResult(List<MatchedCity> matched, CorrelationSummary correlation,
    List<CriterionCorrelation> criterionCorrelations, RegressionLine line, List<RankedCity> leaders,
    List<RankedCity> laggards, ConvergenceTable convergence, List<UnmatchedRow> unmatched,
    List<String> countriesWithoutCities) {

  /** Copies the lists and checks that nothing is null. */
  public OsiLosiStudyResult {
    matched = List.copyOf(matched);
    Objects.requireNonNull(correlation, "correlation");
    criterionCorrelations = List.copyOf(criterionCorrelations);
    Objects.requireNonNull(line, "line");
    leaders = List.copyOf(leaders);
    laggards = List.copyOf(laggards);
    Objects.requireNonNull(convergence, "convergence");
    unmatched = List.copyOf(unmatched);
    countriesWithoutCities = List.copyOf(countriesWithoutCities);
  }
}
