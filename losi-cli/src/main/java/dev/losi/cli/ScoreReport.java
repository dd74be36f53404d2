package dev.losi.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.cli.internal.Output;
import dev.losi.cli.internal.Tabular;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.level.Ranking;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores with their level, rating class and ranks, rendered for the terminal, CSV or JSON.
 *
 * <p>Rating classes and ranks are computed over all rows scored together (every city and assessor), on
 * the standard LOSI; {@code rank_in_country} ranks a row among the rows of its country.
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

  boolean anyLocal() {
    return scores.stream().anyMatch(s -> s.local().isPresent());
  }

  /** The full table: one row per city and assessor. */
  Tabular tabular(boolean display) {
    List<String> header = new ArrayList<>(List.of("city_id", "city_name", "country", "assessor", "losi", "points",
        "maximum", "level", "rating_class", "rank", "rank_in_country"));
    List<String> crit = criterionCodes();
    crit.forEach(c -> header.add("criterion_" + c));
    for (ChannelScope s : ChannelScope.values()) {
      header.add("scope_" + s.name().toLowerCase(Locale.ROOT));
    }
    header.addAll(List.of("present", "absent", "not_applicable", "not_assessed", "not_assessed_counted_absent",
        "downgrades", "downgraded_indicators", "adjusted_losi", "adjusted_points", "adjusted_maximum",
        "adjusted_level", "adjustments_applied", "excluded_indicators", "local_score", "local_indicators"));
    Tabular t = new Tabular(header);
    for (int i = 0; i < scores.size(); i++) {
      CityScore s = scores.get(i);
      RatingClassifier.Classification c = classes.get(i);
      List<String> row = new ArrayList<>(List.of(s.city().id(), s.city().name(), s.city().country(), s.assessorId(),
          num(s.losi(), display), Output.exact(s.standard().points()), Output.exact(s.standard().maximum()),
          s.level().label(), c.ratingClass().name(), Integer.toString(c.rank()), Integer.toString(rankInCountry[i])));
      for (String code : crit) {
        Score sc = s.byCriterion().get(code);
        row.add(sc == null ? "" : num(sc.value(), display));
      }
      for (ChannelScope sc : ChannelScope.values()) {
        Score x = s.byChannelScope().get(sc);
        row.add(x == null ? "" : num(x.value(), display));
      }
      row.add(Integer.toString(s.counts().present()));
      row.add(Integer.toString(s.counts().absent()));
      row.add(Integer.toString(s.counts().notApplicable()));
      row.add(Integer.toString(s.counts().notAssessed()));
      row.add(Integer.toString(s.counts().notAssessedCountedAbsent()));
      row.add(Integer.toString(s.downgrades().size()));
      row.add(s.downgrades().stream().map(d -> d.indicator() + "@" + channels(d)).collect(Collectors.joining("|")));
      if (s.adjusted().isPresent()) {
        var a = s.adjusted().get();
        row.add(num(a.score().value(), display));
        row.add(Output.exact(a.score().points()));
        row.add(Output.exact(a.score().maximum()));
        row.add(a.score().level().label());
        row.add(a.applied().stream().map(CountryAdjustment::id).collect(Collectors.joining("|")));
        row.add(String.join("|", a.excluded()));
      } else {
        row.addAll(List.of("", "", "", "", "", ""));
      }
      if (s.local().isPresent()) {
        row.add(num(s.local().get().score().value(), display));
        row.add(String.join("|", s.local().get().indicators()));
      } else {
        row.addAll(List.of("", ""));
      }
      t.add(row);
    }
    return t;
  }

  /** The readable table: the columns a person reads first. */
  Tabular readable(boolean withSubIndices) {
    List<String> header = new ArrayList<>(List.of("city", "name", "country", "assessor", "LOSI", "level", "class",
        "rank"));
    List<String> crit = withSubIndices ? criterionCodes() : List.of();
    header.addAll(crit);
    boolean adj = anyAdjusted();
    if (adj) {
      header.add("adjusted");
    }
    header.add("downgrades");
    Tabular t = new Tabular(header);
    int[] numeric = new int[4 + crit.size() + (adj ? 1 : 0) + 1];
    int k = 0;
    numeric[k++] = 4;
    numeric[k++] = 7;
    for (int j = 0; j < crit.size(); j++) {
      numeric[k++] = 8 + j;
    }
    if (adj) {
      numeric[k++] = 8 + crit.size();
    }
    numeric[k++] = header.size() - 1;
    t.numeric(java.util.Arrays.copyOf(numeric, k));
    for (int i = 0; i < scores.size(); i++) {
      CityScore s = scores.get(i);
      RatingClassifier.Classification c = classes.get(i);
      List<String> row = new ArrayList<>(List.of(s.city().id(), s.city().name(), s.city().country(), s.assessorId(),
          Output.display(s.losi()), s.level().label(), c.ratingClass().name(), Integer.toString(c.rank())));
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

  String json() {
    ObjectNode root = Output.json().createObjectNode();
    root.put("instrument", instrument.id());
    root.put("maximum_points", instrument.maximumPoints());
    root.put("missing_answers", policy == MissingAnswerPolicy.REJECT ? "error" : "absent");
    root.put("rating_classes", "quartiles within level over all rows, Hyndman-Fan type 7");
    ArrayNode arr = root.putArray("results");
    for (int i = 0; i < scores.size(); i++) {
      CityScore s = scores.get(i);
      RatingClassifier.Classification c = classes.get(i);
      ObjectNode r = arr.addObject();
      ObjectNode city = r.putObject("city");
      city.put("id", s.city().id());
      city.put("name", s.city().name());
      city.put("country", s.city().country());
      r.put("assessor", s.assessorId());
      r.put("losi", s.losi());
      r.put("points", s.standard().points());
      r.put("maximum", s.standard().maximum());
      r.put("level", levelKey(s.level()));
      r.put("rating_class", c.ratingClass().name());
      r.put("rank", c.rank());
      r.put("rank_in_country", rankInCountry[i]);
      scoresNode(r.putObject("criteria"), s.byCriterion());
      ObjectNode scopes = r.putObject("channel_scopes");
      s.byChannelScope().forEach((k, v) -> score(scopes.putObject(k.name().toLowerCase(Locale.ROOT)), v));
      ObjectNode counts = r.putObject("counts");
      counts.put("present", s.counts().present());
      counts.put("absent", s.counts().absent());
      counts.put("not_applicable", s.counts().notApplicable());
      counts.put("not_assessed", s.counts().notAssessed());
      counts.put("not_assessed_counted_absent", s.counts().notAssessedCountedAbsent());
      ArrayNode dg = r.putArray("downgrades");
      for (ChannelDowngrade d : s.downgrades()) {
        ObjectNode dn = dg.addObject();
        dn.put("indicator", d.indicator());
        ArrayNode ch = dn.putArray("channels");
        d.channels().stream().sorted().forEach(x -> ch.add(x.name()));
        d.acceptedBy().ifPresent(a -> dn.put("accepted_by", a));
      }
      ArrayNode na = r.putArray("not_applicable_without_adjustment");
      s.notApplicableWithoutAdjustment().forEach(na::add);
      s.adjusted().ifPresent(a -> {
        ObjectNode an = r.putObject("adjusted");
        an.put("losi", a.score().value());
        an.put("points", a.score().points());
        an.put("maximum", a.score().maximum());
        an.put("level", levelKey(a.score().level()));
        scoresNode(an.putObject("criteria"), a.byCriterion());
        ArrayNode ap = an.putArray("applied");
        a.applied().forEach(x -> {
          ObjectNode xn = ap.addObject();
          xn.put("id", x.id());
          xn.put("kind", x.kind().name());
          x.indicator().ifPresent(v -> xn.put("indicator", v));
          xn.put("rationale", x.rationale());
        });
        ArrayNode ex = an.putArray("excluded");
        a.excluded().forEach(ex::add);
      });
      s.local().ifPresent(l -> {
        ObjectNode ln = r.putObject("local");
        score(ln, l.score());
        ArrayNode li = ln.putArray("indicators");
        l.indicators().forEach(li::add);
      });
    }
    return Output.toJson(root);
  }

  private static void scoresNode(ObjectNode node, Map<String, Score> byCode) {
    byCode.forEach((k, v) -> score(node.putObject(k), v));
  }

  private static void score(ObjectNode n, Score s) {
    n.put("value", s.value());
    n.put("points", s.points());
    n.put("maximum", s.maximum());
  }

  static String levelKey(dev.losi.core.level.Level l) {
    return l.name().toLowerCase(Locale.ROOT);
  }

  private static String channels(ChannelDowngrade d) {
    return d.channels().stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
  }

  private static String num(double v, boolean display) {
    return display ? Output.display(v) : Output.exact(v);
  }
}
