package dev.losi.io;

import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.results.CityResult;
import dev.losi.core.results.Grouping;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.AdjustedScore;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.LocalScore;
import dev.losi.core.scoring.Score;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The results table of {@link ResultsExport}: the rows written as CSV ({@link ResultsExport#toCsv}) and as the
 * {@code results} sheet of the workbook, read back by {@link ResultRows}. Columns are listed in
 * {@code docs/formats.md}; the adjusted and local columns appear only when some result has them.
 */
final class ResultTable {

  private ResultTable() {}

  /**
   * The results table: a header row, then one row per result (cells: String text or Number). The list is a
   * view: each row is made when asked for.
   */
  static List<List<Object>> of(Results results) {
    List<CityScore> scores = results.scores();
    List<CityResult> rows = results.results();
    Set<String> criteria = new LinkedHashSet<>();
    Set<String> adjustedCriteria = new LinkedHashSet<>();
    boolean anyAdjusted = false;
    boolean anyLocal = false;
    for (CityScore s : scores) {
      criteria.addAll(s.byCriterion().keySet());
      if (s.adjusted().isPresent()) {
        anyAdjusted = true;
        adjustedCriteria.addAll(s.adjusted().get().byCriterion().keySet());
      }
      anyLocal |= s.local().isPresent();
    }
    List<Object> header = new ArrayList<>(List.of("city_id", "city_name", "country", "population", "size_class",
        "region", "assessor", "instrument", "losi", "points", "maximum", "level", "rating_class", "rank"));
    criteria.forEach(c -> header.add("criterion_" + c));
    for (ChannelScope sc : ChannelScope.values()) {
      header.add("scope_" + sc.name());
    }
    header.addAll(List.of("present", "absent", "not_applicable", "not_assessed", "not_assessed_counted_absent",
        "downgrades", "not_applicable_without_adjustment"));
    if (anyAdjusted) {
      header.addAll(List.of("adjusted_losi", "adjusted_points", "adjusted_maximum", "adjusted_level",
          "adjustments_applied", "excluded"));
      adjustedCriteria.forEach(c -> header.add("adjusted_criterion_" + c));
      for (ChannelScope sc : ChannelScope.values()) {
        header.add("adjusted_scope_" + sc.name());
      }
    }
    if (anyLocal) {
      header.addAll(List.of("local_score", "local_points", "local_maximum", "local_indicators"));
    }
    header.addAll(List.of("rank_in_country", "rank_in_region", "rank_in_size_class", "reference_basis", "reference_size"));
    boolean adjusted = anyAdjusted;
    boolean local = anyLocal;
    // each result's row is made when asked for, so that writing the table keeps one row at a time
    return new AbstractList<>() {
      @Override
      public List<Object> get(int i) {
        return i == 0 ? header : row(scores.get(i - 1), rows.get(i - 1), criteria, adjustedCriteria, adjusted, local);
      }

      @Override
      public int size() {
        return scores.size() + 1;
      }
    };
  }

  /** The row of one result under the columns that {@link #of} chose. */
  private static List<Object> row(CityScore s, CityResult c, Set<String> criteria, Set<String> adjustedCriteria,
      boolean anyAdjusted, boolean anyLocal) {
    City city = s.city();
    List<Object> r = new ArrayList<>();
    r.add(city.id());
    r.add(city.name());
    r.add(city.country());
    r.add(city.population().isPresent() ? (Object) city.population().getAsLong() : "");
    r.add(city.sizeClass().orElse(""));
    r.add(city.region().orElse(""));
    r.add(s.assessorId());
    r.add(s.instrumentId());
    addScore(r, s.standard());
    r.add(s.level().name());
    r.add(c.ratingClass().name());
    r.add((Long) (long) c.rank());
    criteria.forEach(k -> r.add(value(s.byCriterion().get(k))));
    for (ChannelScope sc : ChannelScope.values()) {
      r.add(value(s.byChannelScope().get(sc)));
    }
    r.add((Long) (long) s.counts().present());
    r.add((Long) (long) s.counts().absent());
    r.add((Long) (long) s.counts().notApplicable());
    r.add((Long) (long) s.counts().notAssessed());
    r.add((Long) (long) s.counts().notAssessedCountedAbsent());
    r.add(downgrades(s.downgrades()));
    r.add(String.join("|", s.notApplicableWithoutAdjustment()));
    if (anyAdjusted) {
      if (s.adjusted().isPresent()) {
        AdjustedScore a = s.adjusted().get();
        addScore(r, a.score());
        r.add(a.score().level().name());
        List<String> ids = new ArrayList<>();
        for (CountryAdjustment adj : a.applied()) {
          ids.add(adj.id());
        }
        r.add(String.join("|", ids));
        r.add(String.join("|", a.excluded()));
        adjustedCriteria.forEach(k -> r.add(value(a.byCriterion().get(k))));
        for (ChannelScope sc : ChannelScope.values()) {
          r.add(value(a.byChannelScope().get(sc)));
        }
      } else {
        for (int k = 0; k < 6 + adjustedCriteria.size() + ChannelScope.values().length; k++) {
          r.add("");
        }
      }
    }
    if (anyLocal) {
      if (s.local().isPresent()) {
        LocalScore l = s.local().get();
        addScore(r, l.score());
        r.add(String.join("|", l.indicators()));
      } else {
        r.addAll(List.of("", "", "", ""));
      }
    }
    r.add((Long) (long) c.rankInCountry());
    r.add(rank(c, Grouping.REGION));
    r.add(rank(c, Grouping.SIZE_CLASS));
    r.add(c.reference().basis().name());
    r.add((Long) (long) c.reference().size());
    return r;
  }

  /** The cells of a score: value, points, maximum. */
  private static void addScore(List<Object> r, Score s) {
    r.add((Double) s.value());
    r.add((Double) s.points());
    r.add((Double) s.maximum());
  }

  private static Object rank(CityResult c, Grouping g) {
    return c.rankWithin(g).isPresent() ? (Object) (Long) (long) c.rankWithin(g).getAsInt() : "";
  }

  private static Object value(Score s) {
    return s == null ? "" : (Object) (Double) s.value();
  }

  /** {@code CODE:CHANNEL+CHANNEL[>ADJUSTMENT]} entries joined with {@code |}. */
  static String downgrades(List<ChannelDowngrade> list) {
    StringBuilder sb = new StringBuilder();
    for (ChannelDowngrade d : list) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(d.indicator()).append(':');
      boolean first = true;
      for (Channel c : d.channels()) {
        sb.append(first ? "" : "+").append(c.name());
        first = false;
      }
      d.acceptedBy().ifPresent(a -> sb.append('>').append(a));
    }
    return sb.toString();
  }
}
