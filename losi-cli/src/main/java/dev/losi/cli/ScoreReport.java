package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Instrument;
import dev.losi.core.results.CityResult;
import dev.losi.core.results.ReferenceSet;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores with their level, rating class and ranks, as a readable terminal table (CSV, JSON and XLSX come
 * from losi-io's {@code ResultsExport}); both read one {@link Results}.
 *
 * <p>Rating classes and ranks are relative to the results' reference sets, on the standard LOSI: all
 * cities when each city has one score, else each assessor's own cities; "in country" ranks a city among
 * those of its country in the same reference set.
 */
final class ScoreReport {

  final Instrument instrument;
  final MissingAnswerPolicy policy;
  final List<CityScore> scores;
  final Results results;

  ScoreReport(Instrument instrument, MissingAnswerPolicy policy, List<CityScore> scores) {
    this.instrument = instrument;
    this.policy = policy;
    this.scores = List.copyOf(scores);
    this.results = Results.of(this.scores);
  }

  /** The legend of the class, rank and in-country columns, naming the reference set. */
  String legend() {
    String among = results.basis() == ReferenceSet.Basis.CITIES ? "all cities" : "each assessor's own cities";
    return "\nclass: rating class (quartile within the level); rank: competition rank among " + among
        + "; in country: rank among those of the same country.\n";
  }

  private List<String> criterionCodes() {
    return instrument.criteria().stream().map(c -> c.code())
        .filter(c -> !instrument.indicatorsOf(c).isEmpty()).toList();
  }

  boolean anyAdjusted() {
    return scores.stream().anyMatch(s -> s.adjusted().isPresent());
  }

  /** The readable table: the columns a person reads first. */
  Tabular readable(boolean withSubIndices) {
    List<String> header = new ArrayList<>(List.of("city", "name", "country", "assessor", "LOSI", "level", "class",
        "rank", "in country"));
    List<String> crit = withSubIndices ? criterionCodes() : List.of();
    header.addAll(crit);
    boolean adj = anyAdjusted();
    if (adj) {
      header.add("adjusted");
    }
    header.add("downgrades");
    Tabular t = new Tabular(header);
    t.numeric(4, 7, 8);
    for (int j = 9; j < header.size(); j++) {
      t.numeric(j);
    }
    for (int i = 0; i < scores.size(); i++) {
      CityScore s = scores.get(i);
      CityResult c = results.results().get(i);
      List<String> row = new ArrayList<>(List.of(s.city().id(), s.city().name(), s.city().country(), s.assessorId(),
          Output.display(s.losi()), s.level().label(), c.ratingClass().name(), Integer.toString(c.rank()),
          Integer.toString(c.rankInCountry())));
      for (String code : crit) {
        Score sc = s.byCriterion().get(code);
        row.add(sc == null ? "" : Output.display(sc.value()));
      }
      if (adj) {
        row.add(s.adjusted().map(a -> Output.display(a.score().value())).orElse(""));
      }
      row.add(Integer.toString(s.downgrades().size()));
      t.add(row);
    }
    return t;
  }
}
