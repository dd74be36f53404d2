package dev.losi.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.level.RatingClassifier;
import dev.losi.core.results.CityResult;
import dev.losi.core.results.Grouping;
import dev.losi.core.results.Results;
import dev.losi.core.scoring.AdjustedScore;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.LocalScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Score;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.CsvWriter;
import dev.losi.io.internal.FormulaGuard;
import dev.losi.io.internal.TextStreams;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Export of scoring results ({@link CityScore}s) as JSON, CSV or an XLSX workbook, with the level,
 * rating class, competition rank and ranks within country, region and size class of each standard LOSI,
 * as classified once by {@link Results}: relative to all cities when each city has one score, else to
 * each assessor's own cities (the reference set, written beside the ranks). The CSV and JSON read back
 * with {@link RecordedResults}; the workbook is for people.
 *
 * <p>Every number is written so that it reads back to the same double (points and maxima that are whole
 * numbers as integers, other values in the shortest exact decimal form); rounding for display is left to
 * the reader of the file. Adjusted values appear only for cities to which an adjustment applies, beside
 * the standard values, never instead of them. Columns and fields are listed in {@code docs/formats.md}.
 *
 * <pre>{@code
 * List<CityScore> scores = Scorer.of(instrument).scoreAll(assessments);
 * ResultsExport.of(scores).writeXlsx(Path.of("results.xlsx"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ResultsExport {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Results results;
  private final List<CityScore> scores;
  private final List<CityResult> rows;

  private final Codebook.Description description;

  private ResultsExport(Results results, Codebook.Description description) {
    this.results = results;
    this.scores = results.scores();
    this.rows = results.results();
    this.description = description;
  }

  /**
   * This export with the run described in the workbook's {@code codebook} sheet: the instrument (id,
   * title, edition, size) and its denominator (the declared maximum or the sum of the weights), the
   * missing-answer policy and every country adjustment given to the scorer (applied or not). Without it
   * the codebook says these are not stated. Only the XLSX workbook carries a codebook; CSV and JSON are
   * unchanged.
   *
   * @param instrument the instrument the scores were computed with
   * @param policy the scorer's missing-answer policy
   * @param adjustments the adjustments given to the scorer, in the order given
   */
  public ResultsExport describedBy(Instrument instrument, MissingAnswerPolicy policy,
      Collection<CountryAdjustment> adjustments) {
    return new ResultsExport(results, new Codebook.Description(Optional.of(instrument), Optional.of(policy),
        List.copyOf(adjustments)));
  }

  /**
   * An export of these results, in the order given, classified by {@link Results#of(Collection)}: among
   * all cities when each city has one score, else among each assessor's own cities.
   */
  public static ResultsExport of(Collection<CityScore> scores) {
    return new ResultsExport(Results.of(scores), Codebook.Description.NONE);
  }

  /** An export of results already classified. */
  public static ResultsExport of(Results results) {
    return new ResultsExport(results, Codebook.Description.NONE);
  }

  /** The classified results exported. */
  public Results results() {
    return results;
  }

  /** The results, in export order. */
  public List<CityScore> scores() {
    return scores;
  }

  /** The level, rating class and rank of each result's standard LOSI, in export order (see {@link #results()}). */
  public List<RatingClassifier.Classification> classifications() {
    return rows.stream().map(r -> new RatingClassifier.Classification(r.score().losi(), r.level(), r.ratingClass(),
        r.rank())).toList();
  }

  // --- JSON -------------------------------------------------------------------------------

  /** The results document: {@code {"schemaVersion": 1, "results": [...]}}, pretty-printed. */
  public String toJson() {
    ObjectNode doc = JsonModel.document();
    ArrayNode results = doc.putArray("results");
    for (int i = 0; i < scores.size(); i++) {
      results.add(json(rows.get(i)));
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the results document to a file (atomically). */
  public void writeJson(Path file) throws IOException {
    String text = toJson();
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static ObjectNode json(CityResult c) {
    CityScore s = c.score();
    ObjectNode o = F.objectNode();
    o.set("city", JsonModel.city(s.city()));
    o.put("assessorId", s.assessorId());
    o.put("instrumentId", s.instrumentId());
    o.set("standard", score(s.standard()));
    o.put("ratingClass", c.ratingClass().name());
    o.put("rank", c.rank());
    o.put("rankInCountry", c.rankInCountry());
    c.rankWithin(Grouping.REGION).ifPresent(r -> o.put("rankInRegion", r));
    c.rankWithin(Grouping.SIZE_CLASS).ifPresent(r -> o.put("rankInSizeClass", r));
    ObjectNode ref = o.putObject("reference");
    ref.put("basis", c.reference().basis().name());
    ref.put("size", c.reference().size());
    o.set("byCriterion", scores(s.byCriterion()));
    o.set("byChannelScope", scores(s.byChannelScope()));
    ObjectNode counts = o.putObject("counts");
    counts.put("present", s.counts().present());
    counts.put("absent", s.counts().absent());
    counts.put("notApplicable", s.counts().notApplicable());
    counts.put("notAssessed", s.counts().notAssessed());
    counts.put("notAssessedCountedAbsent", s.counts().notAssessedCountedAbsent());
    if (!s.downgrades().isEmpty()) {
      ArrayNode d = o.putArray("downgrades");
      for (ChannelDowngrade g : s.downgrades()) {
        ObjectNode x = d.addObject();
        x.put("indicator", g.indicator());
        ArrayNode ch = x.putArray("channels");
        g.channels().forEach(cc -> ch.add(cc.name()));
        g.acceptedBy().ifPresent(a -> x.put("acceptedBy", a));
      }
    }
    if (!s.notApplicableWithoutAdjustment().isEmpty()) {
      ArrayNode n = o.putArray("notApplicableWithoutAdjustment");
      s.notApplicableWithoutAdjustment().forEach(n::add);
    }
    s.adjusted().ifPresent(a -> {
      ObjectNode x = o.putObject("adjusted");
      x.set("score", score(a.score()));
      x.set("byCriterion", scores(a.byCriterion()));
      x.set("byChannelScope", scores(a.byChannelScope()));
      ArrayNode applied = x.putArray("applied");
      a.applied().forEach(adj -> applied.add(JsonModel.adjustment(adj)));
      ArrayNode excluded = x.putArray("excluded");
      a.excluded().forEach(excluded::add);
    });
    s.local().ifPresent(l -> {
      ObjectNode x = o.putObject("local");
      x.set("score", score(l.score()));
      ArrayNode ind = x.putArray("indicators");
      l.indicators().forEach(ind::add);
      ArrayNode adj = x.putArray("adjustments");
      l.adjustments().forEach(adj::add);
    });
    return o;
  }

  private static ObjectNode score(Score s) {
    ObjectNode o = F.objectNode();
    JsonModel.number(o, "points", s.points());
    JsonModel.number(o, "maximum", s.maximum());
    o.put("value", s.value());
    o.put("level", s.level().name());
    return o;
  }

  private static ObjectNode scores(Map<?, Score> map) {
    ObjectNode o = F.objectNode();
    map.forEach((k, v) -> o.set(k instanceof Enum ? ((Enum<?>) k).name() : k.toString(), score(v)));
    return o;
  }

  // --- tables -----------------------------------------------------------------------------

  /**
   * The results table: a header row, then one row per result (cells: String text or Number). Each result's
   * row is made when asked for, so that writing the table keeps one row at a time.
   */
  List<List<Object>> table() {
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
    return new AbstractList<>() {
      @Override
      public List<Object> get(int i) {
        return i == 0 ? header : row(i - 1, criteria, adjustedCriteria, adjusted, local);
      }

      @Override
      public int size() {
        return scores.size() + 1;
      }
    };
  }

  /** The row of result {@code i} under the columns that {@link #table()} chose. */
  private List<Object> row(int i, Set<String> criteria, Set<String> adjustedCriteria, boolean anyAdjusted,
      boolean anyLocal) {
    CityScore s = scores.get(i);
    CityResult c = rows.get(i);
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

  /** A score's cells: its value, points and maximum. */
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

  /** The results table as CSV text. */
  public String toCsv(CsvFormat format) {
    return TextStreams.written(out -> writeCsv(out, format));
  }

  /** Writes the results table as CSV to a file (atomically). */
  public void writeCsv(Path file, CsvFormat format) throws IOException {
    AtomicFiles.write(file, out -> writeCsv(out, format));
  }

  private void writeCsv(OutputStream out, CsvFormat format) throws IOException {
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writeCsv(w, format);
    w.flush();
  }

  /**
   * Writes the results table as CSV text to {@code w} (flushed, not closed), one row at a time: the text of
   * {@link #toCsv(CsvFormat)}, with no copy of the whole table in memory.
   *
   * @since 0.1.0
   */
  public void writeCsv(Writer w, CsvFormat format) throws IOException {
    if (format.bom()) {
      w.write('\uFEFF');
    }
    CsvWriter csv = new CsvWriter(w, format.writeDelimiter(), format.lineSeparator());
    // the same few values (points over a maximum) recur on many rows: each double's text is made once
    Map<Double, String> numbers = new HashMap<>();
    List<String> cells = new ArrayList<>();
    for (List<Object> r : table()) {
      cells.clear();
      for (Object c : r) {
        cells.add(c instanceof Double d ? numbers.computeIfAbsent(d, Numbers::format)
            : c instanceof String t ? FormulaGuard.neutralise(t) : Numbers.format((Number) c));
      }
      csv.record(cells);
    }
    w.flush();
  }

  /**
   * Writes a results workbook (atomically): sheet {@code results} (the results table), sheet
   * {@code downgrades} (one row per channel-scope downgrade), sheet {@code adjustments} (one row per
   * adjustment applied to a result) and sheet {@code codebook} (the SDK version, instrument and edition,
   * denominator, missing-answer policy and adjustments, as far as {@link #describedBy} stated them, and
   * the meaning of every column of every sheet). Every sheet's first row is a bold, frozen header with an
   * autofilter. The same results give the same bytes.
   */
  public void writeXlsx(Path file) throws IOException {
    AtomicFiles.write(file, this::writeXlsx);
  }

  /** Writes the results workbook to a stream (not closed). */
  public void writeXlsx(OutputStream out) throws IOException {
    List<List<Object>> table = table();
    try (XlsxOut x = new XlsxOut(out)) {
      x.sheet("results");
      table.forEach(x::row);
      x.sheet("downgrades");
      x.row(List.of("city_id", "assessor", "indicator", "channels", "accepted_by"));
      for (CityScore s : scores) {
        for (ChannelDowngrade d : s.downgrades()) {
          List<String> ch = new ArrayList<>();
          d.channels().forEach(c -> ch.add(c.name()));
          x.row(List.of(s.city().id(), s.assessorId(), d.indicator(), String.join("|", ch), d.acceptedBy().orElse("")));
        }
      }
      x.sheet("adjustments");
      x.row(List.of("city_id", "assessor", "adjustment", "kind", "indicator", "rationale", "decided_by", "decided_on"));
      for (CityScore s : scores) {
        if (s.adjusted().isPresent()) {
          for (CountryAdjustment a : s.adjusted().get().applied()) {
            x.row(List.of(s.city().id(), s.assessorId(), a.id(), a.kind().name(),
                a.indicator().orElse(a.localIndicator().map(i -> i.code()).orElse("")), a.rationale(), a.decidedBy(),
                a.decidedOn().toString()));
          }
        }
      }
      x.sheet("codebook");
      Codebook.rows(description, scores, table.get(0)).forEach(x::row);
    }
  }
}
