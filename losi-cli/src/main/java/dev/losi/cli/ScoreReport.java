package dev.losi.cli;

import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.Instrument;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.level.Ranking;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Score;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores with their level, rating class and ranks, as a readable terminal table (CSV, JSON and XLSX come
 * from losi-io's {@code ResultsExport}, which classifies the same way).
 *
 * <p>Rating classes and ranks are computed over all rows scored together (every city and assessor), on the
 * standard LOSI; "in country" ranks a row among the rows of its country.
 */
final class ScoreReport {

  final Instrument instrument;
  final MissingAnswerPolicy policy;
  final List<CityScore> scores;
  final List<RatingClassifier.Classification> classes;
  final int[] rankInCountry;

  ScoreReport(Instrument instrument, MissingAnswerPolicy policy, List<CityScore> scores) {
    this.instrument = instrument;
    this.policy = policy;
    this.scores = List.copyOf(scores);
    double[] v = scores.stream().mapToDouble(CityScore::losi).toArray();
    this.classes = RatingClassifier.classify(v);
    this.rankInCountry = Ranking.competitionWithin(v, scores.stream().map(s -> s.city().country()).toList());
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
      RatingClassifier.Classification c = classes.get(i);
      List<String> row = new ArrayList<>(List.of(s.city().id(), s.city().name(), s.city().country(), s.assessorId(),
          Output.display(s.losi()), s.level().label(), c.ratingClass().name(), Integer.toString(c.rank()),
          Integer.toString(rankInCountry[i])));
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
