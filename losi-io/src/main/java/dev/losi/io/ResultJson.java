package dev.losi.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.NumberText;
import dev.losi.core.level.Level;
import dev.losi.core.level.RatingClass;
import dev.losi.core.results.CityResult;
import dev.losi.core.results.Grouping;
import dev.losi.core.results.RecordedResult;
import dev.losi.core.results.ReferenceSet;
import dev.losi.core.scoring.AnswerCounts;
import dev.losi.core.scoring.ChannelDowngrade;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import dev.losi.io.internal.JsonSupport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The results document of {@link ResultsExport#toJson}: written, and read back ({@link RecordedResults#readJson}). */
final class ResultJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final JsonModel m;

  ResultJson(JsonModel m) {
    this.m = m;
  }

  RecordedResult read(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "a result");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "city", "assessorId", "instrumentId", "standard", "ratingClass", "rank", "rankInCountry",
        "rankInRegion", "rankInSizeClass", "reference", "byCriterion", "byChannelScope", "counts", "downgrades",
        "notApplicableWithoutAdjustment", "adjusted", "local");
    City city = o.has("city") ? new AssessmentJson(m).city(o.get("city"), p + ".city") : null;
    ok &= city != null;
    if (!o.has("city")) {
      m.problem(p, "city", null, "is required");
    }
    String assessor = m.text(o, p, "assessorId", true);
    String instrument = m.text(o, p, "instrumentId", true);
    Score standard = score(o.get("standard"), p + ".standard", true);
    RatingClass ratingClass = m.constant(o, p, "ratingClass", RatingClass.class, true);
    ObjectNode ref = m.object(o.get("reference"), p + ".reference", "the reference set");
    ReferenceSet.Basis basis = null;
    Long size = null;
    if (ref != null) {
      ok &= m.only(ref, p + ".reference", "basis", "size");
      basis = m.constant(ref, p + ".reference", "basis", ReferenceSet.Basis.class, true);
      size = m.integer(ref, p + ".reference", "size", true, 1, Integer.MAX_VALUE);
    }
    long max = size == null ? Integer.MAX_VALUE : size;
    Long rank = m.integer(o, p, "rank", true, 1, max);
    Long inCountry = m.integer(o, p, "rankInCountry", true, 1, max);
    Long inRegion = m.integer(o, p, "rankInRegion", false, 1, max);
    Long inSize = m.integer(o, p, "rankInSizeClass", false, 1, max);
    ok &= !(o.has("rankInRegion") && inRegion == null) && !(o.has("rankInSizeClass") && inSize == null);
    Map<String, Double> criteria = values(o, p, "byCriterion");
    Map<ChannelScope, Double> scopes = scopes(o, p, "byChannelScope");
    AnswerCounts counts = counts(o.get("counts"), p + ".counts");
    List<ChannelDowngrade> downgrades = downgrades(o, p);
    List<String> notApplicable = m.strings(o, p, "notApplicableWithoutAdjustment");
    Optional<RecordedResult.Adjusted> adjusted = Optional.empty();
    if (o.has("adjusted")) {
      RecordedResult.Adjusted a = adjusted(o.get("adjusted"), p + ".adjusted");
      ok &= a != null;
      adjusted = Optional.ofNullable(a);
    }
    Optional<RecordedResult.Local> local = Optional.empty();
    if (o.has("local")) {
      RecordedResult.Local l = local(o.get("local"), p + ".local");
      ok &= l != null;
      local = Optional.ofNullable(l);
    }
    if (!ok || assessor == null || instrument == null || standard == null || ratingClass == null || basis == null
        || size == null || rank == null || inCountry == null || criteria == null || scopes == null || counts == null
        || downgrades == null || notApplicable == null) {
      return null;
    }
    return new RecordedResult(city, assessor, instrument, standard, ratingClass, rank.intValue(), inCountry.intValue(),
        optional(inRegion), optional(inSize), basis, size.intValue(), criteria, scopes, counts, downgrades, notApplicable,
        adjusted, local);
  }

  /** A score object {@code {points, maximum, value, level}}, the value and level checked against the points. */
  private Score score(JsonNode n, String p, boolean required) {
    if (n == null && !required) {
      return null;
    }
    ObjectNode o = m.object(n, p, "a score");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "points", "maximum", "value", "level");
    Double points = m.number(o, p, "points", true);
    Double maximum = m.number(o, p, "maximum", true);
    Double value = m.number(o, p, "value", true);
    Level level = m.constant(o, p, "level", Level.class, true);
    if (!ok || points == null || maximum == null || value == null || level == null) {
      return null;
    }
    Score s;
    try {
      s = new Score(points, maximum);
    } catch (IllegalArgumentException e) {
      m.problem(p, "points", o.get("points").toString(), "is not a score with maximum " + o.get("maximum") + ": "
          + e.getMessage());
      return null;
    }
    if (Double.compare(value, s.value()) != 0) {
      m.problem(p, "value", o.get("value").toString(), "does not equal points / maximum = "
          + NumberText.shortest(s.value()));
      return null;
    }
    if (level != s.level()) {
      m.problem(p, "level", level.name(), "is not the level of " + NumberText.shortest(s.value()) + " ("
          + s.level().name() + ")");
      return null;
    }
    return s;
  }

  /** An object of score objects, as their values, in document order; null when invalid. */
  private Map<String, Double> values(ObjectNode o, String p, String name) {
    ObjectNode map = m.object(o.get(name), p + "." + name, "scores by key");
    if (map == null) {
      return null;
    }
    Map<String, Double> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Score s = score(e.getValue(), p + "." + name + "." + e.getKey(), true);
      ok &= s != null;
      if (s != null) {
        out.put(e.getKey(), s.value());
      }
    }
    return ok ? out : null;
  }

  private Map<ChannelScope, Double> scopes(ObjectNode o, String p, String name) {
    Map<String, Double> byName = values(o, p, name);
    if (byName == null) {
      return null;
    }
    Map<ChannelScope, Double> out = new EnumMap<>(ChannelScope.class);
    boolean ok = true;
    for (Map.Entry<String, Double> e : byName.entrySet()) {
      ChannelScope s = m.constant(e.getKey(), p + "." + name, null, ChannelScope.class);
      ok &= s != null;
      if (s != null) {
        out.put(s, e.getValue());
      }
    }
    return ok ? out : null;
  }

  private AnswerCounts counts(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "the answer counts");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "present", "absent", "notApplicable", "notAssessed", "notAssessedCountedAbsent");
    Long[] c = new Long[5];
    String[] names = {"present", "absent", "notApplicable", "notAssessed", "notAssessedCountedAbsent"};
    for (int i = 0; i < c.length; i++) {
      c[i] = m.integer(o, p, names[i], true, 0, Integer.MAX_VALUE);
      ok &= c[i] != null;
    }
    if (!ok) {
      return null;
    }
    try {
      return new AnswerCounts(c[0].intValue(), c[1].intValue(), c[2].intValue(), c[3].intValue(), c[4].intValue());
    } catch (IllegalArgumentException e) {
      m.problem(p, "notAssessedCountedAbsent", o.get("notAssessedCountedAbsent").toString(), e.getMessage());
      return null;
    }
  }

  private List<ChannelDowngrade> downgrades(ObjectNode o, String p) {
    ArrayNode a = m.array(o, p, "downgrades", false);
    if (a == null) {
      return null;
    }
    List<ChannelDowngrade> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < a.size(); i++) {
      String q = p + ".downgrades[" + i + "]";
      ObjectNode d = m.object(a.get(i), q, "a downgrade");
      if (d == null) {
        ok = false;
        continue;
      }
      ok &= m.only(d, q, "indicator", "channels", "acceptedBy");
      String indicator = m.text(d, q, "indicator", true);
      Set<Channel> channels = m.constants(d, q, "channels", Channel.class);
      String acceptedBy = m.text(d, q, "acceptedBy", false);
      ok &= !(d.has("acceptedBy") && acceptedBy == null);
      if (indicator == null || channels == null) {
        ok = false;
        continue;
      }
      try {
        out.add(new ChannelDowngrade(indicator, channels, Optional.ofNullable(acceptedBy)));
      } catch (IllegalArgumentException e) {
        m.problem(q, "channels", null, e.getMessage());
        ok = false;
      }
    }
    return ok ? out : null;
  }

  private RecordedResult.Adjusted adjusted(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "an adjusted score");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "score", "byCriterion", "byChannelScope", "applied", "excluded");
    Score s = score(o.get("score"), p + ".score", true);
    Map<String, Double> criteria = values(o, p, "byCriterion");
    Map<ChannelScope, Double> scopes = scopes(o, p, "byChannelScope");
    ArrayNode applied = m.array(o, p, "applied", true);
    List<String> ids = new ArrayList<>();
    if (applied != null) {
      AdjustmentJson reader = new AdjustmentJson(m, true); // results echo the adjustments they were scored with
      for (int i = 0; i < applied.size(); i++) {
        CountryAdjustment a = reader.read(applied.get(i), p + ".applied[" + i + "]");
        ok &= a != null;
        if (a != null) {
          ids.add(a.id());
        }
      }
    }
    List<String> excluded = m.strings(o, p, "excluded");
    if (!ok || s == null || criteria == null || scopes == null || applied == null || excluded == null) {
      return null;
    }
    return new RecordedResult.Adjusted(s, ids, excluded, criteria, scopes);
  }

  private RecordedResult.Local local(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "a local score");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "score", "indicators", "adjustments");
    Score s = score(o.get("score"), p + ".score", true);
    List<String> indicators = m.strings(o, p, "indicators");
    List<String> adjustments = m.strings(o, p, "adjustments");
    return !ok || s == null || indicators == null || adjustments == null ? null : new RecordedResult.Local(s, indicators);
  }

  private static OptionalInt optional(Long l) {
    return l == null ? OptionalInt.empty() : OptionalInt.of(l.intValue());
  }

  // --- writing ---------------------------------------------------------------------------

  /**
   * Databind's writer of the results document: the default pretty printer (as {@code INDENT_OUTPUT} gives),
   * and no flush after each result, which is written into the one generator of the document.
   */
  private static final ObjectMapper MAPPER = JsonSupport.writingMapper()
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /**
   * Writes the results document, {@code {"schemaVersion": 1, "results": [...]}}, pretty-printed, with a
   * final line break, to {@code out} (flushed, not closed): one result's tree at a time, so that the document
   * is never held whole. The text is the one {@code INDENT_OUTPUT} gave for the whole tree.
   */
  static void write(List<CityResult> rows, Writer out) throws IOException {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> it = JsonModel.document().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        g.writeFieldName(e.getKey());
        MAPPER.writeTree(g, e.getValue());
      }
      g.writeArrayFieldStart("results");
      for (CityResult r : rows) {
        MAPPER.writeTree(g, write(r));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** One result as written in the results document (the fields {@link #read} accepts). */
  static ObjectNode write(CityResult c) {
    CityScore s = c.score();
    ObjectNode o = F.objectNode();
    o.set("city", JsonModel.city(s.city()));
    o.put("assessorId", s.assessorId());
    o.put("instrumentId", s.instrumentId());
    o.set("standard", writeScore(s.standard()));
    o.put("ratingClass", c.ratingClass().name());
    o.put("rank", c.rank());
    o.put("rankInCountry", c.rankInCountry());
    c.rankWithin(Grouping.REGION).ifPresent(r -> o.put("rankInRegion", r));
    c.rankWithin(Grouping.SIZE_CLASS).ifPresent(r -> o.put("rankInSizeClass", r));
    ObjectNode ref = o.putObject("reference");
    ref.put("basis", c.reference().basis().name());
    ref.put("size", c.reference().size());
    o.set("byCriterion", writeScores(s.byCriterion()));
    o.set("byChannelScope", writeScores(s.byChannelScope()));
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
      x.set("score", writeScore(a.score()));
      x.set("byCriterion", writeScores(a.byCriterion()));
      x.set("byChannelScope", writeScores(a.byChannelScope()));
      ArrayNode applied = x.putArray("applied");
      a.applied().forEach(adj -> applied.add(JsonModel.adjustment(adj)));
      ArrayNode excluded = x.putArray("excluded");
      a.excluded().forEach(excluded::add);
    });
    s.local().ifPresent(l -> {
      ObjectNode x = o.putObject("local");
      x.set("score", writeScore(l.score()));
      ArrayNode ind = x.putArray("indicators");
      l.indicators().forEach(ind::add);
      ArrayNode adj = x.putArray("adjustments");
      l.adjustments().forEach(adj::add);
    });
    return o;
  }

  private static ObjectNode writeScore(Score s) {
    ObjectNode o = F.objectNode();
    JsonModel.number(o, "points", s.points());
    JsonModel.number(o, "maximum", s.maximum());
    o.put("value", s.value());
    o.put("level", s.level().name());
    return o;
  }

  private static ObjectNode writeScores(Map<?, Score> map) {
    ObjectNode o = F.objectNode();
    map.forEach((k, v) -> o.set(k instanceof Enum ? ((Enum<?>) k).name() : k.toString(), writeScore(v)));
    return o;
  }
}
