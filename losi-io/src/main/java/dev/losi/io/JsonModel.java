package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.ProvenanceStatus;
import dev.losi.core.Response;
import dev.losi.io.internal.JsonFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Explicit mapping between the model and JSON trees (Jackson stays out of losi-core). Reading walks
 * the tree, collects every problem with its JSON path, and builds the model only when a part is sound.
 */
final class JsonModel {

  static final int SCHEMA_VERSION = 1;
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final String source;
  private final ProblemCollector problems;
  private final JsonFields fields;

  JsonModel(String source, ProblemCollector problems) {
    this.source = source;
    this.problems = problems;
    // offending JSON values abbreviated to 60 characters; other values reported whole
    this.fields = new JsonFields(source, problems, JsonModel::abbreviate, v -> v);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  static ObjectNode document() {
    ObjectNode o = F.objectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    return o;
  }

  static void number(ObjectNode o, String name, double d) {
    if (d == Math.rint(d) && Math.abs(d) < 0x1p53 && !(d == 0 && 1 / d < 0)) {
      o.put(name, (long) d);
    } else {
      o.put(name, d);
    }
  }

  static ObjectNode instrument(Instrument in) {
    ObjectNode o = document();
    o.put("id", in.id());
    o.put("editionYear", in.editionYear());
    o.put("title", in.title());
    if (!in.provenance().isEmpty()) {
      o.put("provenance", in.provenance());
    }
    if (in.declaredMaximum().isPresent()) {
      number(o, "declaredMaximum", in.declaredMaximum().getAsDouble());
    }
    ArrayNode criteria = o.putArray("criteria");
    for (Criterion c : in.criteria()) {
      criteria.addObject().put("code", c.code()).put("name", c.name());
    }
    ArrayNode indicators = o.putArray("indicators");
    for (Indicator i : in.indicators()) {
      indicators.add(indicator(i));
    }
    return o;
  }

  static ObjectNode indicator(Indicator i) {
    ObjectNode o = F.objectNode();
    o.put("code", i.code());
    o.put("title", i.title());
    if (!i.description().isEmpty()) {
      o.put("description", i.description());
    }
    o.put("criterion", i.criterion());
    o.put("channelScope", i.channelScope().name());
    number(o, "weight", i.weight());
    if (!i.tags().isEmpty()) {
      ArrayNode tags = o.putArray("tags");
      i.tags().forEach(tags::add);
    }
    if (!i.provenance().isEmpty()) {
      ArrayNode p = o.putArray("provenance");
      for (FieldProvenance fp : i.provenance()) {
        p.addObject().put("field", fp.field()).put("status", fp.status().name()).put("reason", fp.reason());
      }
    }
    return o;
  }

  static ObjectNode assessment(Assessment a, boolean withVersion) {
    ObjectNode o = withVersion ? document() : F.objectNode();
    o.set("city", city(a.city()));
    o.put("instrumentId", a.instrumentId());
    o.put("assessorId", a.assessorId());
    a.date().ifPresent(d -> o.put("date", d.toString()));
    ArrayNode rs = o.putArray("responses");
    for (Response r : a.responses()) {
      ObjectNode ro = rs.addObject();
      ro.put("indicator", r.indicator());
      ro.put("answer", r.answer().name());
      if (r.evidence().isPresent()) {
        Evidence e = r.evidence().get();
        ObjectNode eo = ro.putObject("evidence");
        if (!e.channels().isEmpty()) {
          ArrayNode ch = eo.putArray("channels");
          e.channels().forEach(x -> ch.add(x.name()));
        }
        e.url().ifPresent(u -> eo.put("url", u));
        e.note().ifPresent(n -> eo.put("note", n));
      }
    }
    return o;
  }

  static ObjectNode city(City city) {
    ObjectNode c = F.objectNode();
    c.put("id", city.id());
    c.put("name", city.name());
    c.put("country", city.country());
    if (city.population().isPresent()) {
      c.put("population", city.population().getAsLong());
    }
    city.sizeClass().ifPresent(s -> c.put("sizeClass", s));
    city.region().ifPresent(s -> c.put("region", s));
    return c;
  }

  static ObjectNode adjustment(CountryAdjustment a) {
    ObjectNode o = F.objectNode();
    o.put("id", a.id());
    o.put("country", a.country());
    o.put("instrumentId", a.instrumentId());
    o.put("kind", a.kind().name());
    o.put("rationale", a.rationale());
    o.put("decidedBy", a.decidedBy());
    o.put("decidedOn", a.decidedOn().toString());
    a.indicator().ifPresent(i -> o.put("indicator", i));
    if (!a.acceptedChannels().isEmpty()) {
      ArrayNode ch = o.putArray("acceptedChannels");
      a.acceptedChannels().forEach(c -> ch.add(c.name()));
    }
    if (a.weight().isPresent()) {
      number(o, "weight", a.weight().getAsDouble());
    }
    a.localIndicator().ifPresent(i -> o.set("localIndicator", indicator(i)));
    if (!a.cities().isEmpty()) {
      ArrayNode cs = o.putArray("cities");
      a.cities().forEach(cs::add);
    }
    return o;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  void problem(String path, String field, String value, String message) {
    fields.problem(path, field, value, message);
  }

  /** Re-reports a model validation exception at the path of the object being built. */
  void relocate(LosiValidationException e, String path) {
    for (Problem p : e.problems()) {
      Problem.Builder b = Problem.builder().from(p).source(source).column(path);
      problems.add(b.build());
    }
  }

  /** Builds with the model's checks, reporting their problems at {@code path}; null when invalid. */
  <T> T build(String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (LosiValidationException e) {
      relocate(e, path);
      return null;
    }
  }

  ObjectNode object(JsonNode n, String path, String what) {
    if (n == null || !n.isObject()) {
      problem(path, null, n == null ? null : abbreviate(n), "must be a JSON object (" + what + ")");
      return null;
    }
    return (ObjectNode) n;
  }

  /** Reports fields not in {@code allowed}; returns false when there were any. */
  boolean only(ObjectNode o, String path, String... allowed) {
    return fields.only(o, path, Arrays.asList(allowed));
  }

  boolean version(ObjectNode o, String path) {
    JsonNode v = o.get("schemaVersion");
    if (v == null) {
      problem(path, "schemaVersion", null, "is missing (expected \"schemaVersion\": " + SCHEMA_VERSION + ")");
      return false;
    }
    if (!v.isIntegralNumber() || v.asLong() != SCHEMA_VERSION) {
      problem(path, "schemaVersion", v.toString(), "is not supported (this version of losi-io reads schemaVersion "
          + SCHEMA_VERSION + ")");
      return false;
    }
    return true;
  }

  String text(ObjectNode o, String path, String name, boolean required) {
    return fields.text(o, path, name, required);
  }

  Double number(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = fields.field(o, path, name, required);
    if (n == null) {
      return null;
    }
    if (!n.isNumber()) {
      problem(path, name, abbreviate(n), "must be a number");
      return null;
    }
    return n.doubleValue();
  }

  Long integer(ObjectNode o, String path, String name, boolean required, long min, long max) {
    JsonNode n = fields.field(o, path, name, required);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() < min || n.longValue() > max) {
      problem(path, name, abbreviate(n), "must be a whole number from " + min + " to " + max);
      return null;
    }
    return n.longValue();
  }

  LocalDate date(ObjectNode o, String path, String name, boolean required) {
    String s = text(o, path, name, required);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      problem(path, name, s, "is not an ISO-8601 date (YYYY-MM-DD)");
      return null;
    }
  }

  <E extends Enum<E>> E constant(ObjectNode o, String path, String name, Class<E> type, boolean required) {
    String s = text(o, path, name, required);
    return s == null ? null : constant(s, path, name, type);
  }

  <E extends Enum<E>> E constant(String s, String path, String name, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    problem(path, name, s, "is not one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** An array field's elements; empty when absent and not required; null when invalid. */
  ArrayNode array(ObjectNode o, String path, String name, boolean required) {
    JsonNode n = o.get(name);
    if (n == null) {
      if (required) {
        problem(path, name, null, "is required");
        return null;
      }
      return F.arrayNode();
    }
    if (!n.isArray()) {
      problem(path, name, abbreviate(n), "must be an array");
      return null;
    }
    return (ArrayNode) n;
  }

  /** The strings of an array field; null when invalid. Repeated entries are reported. */
  List<String> strings(ObjectNode o, String path, String name) {
    ArrayNode a = array(o, path, name, false);
    if (a == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      if (!n.isTextual()) {
        problem(path + "." + name + "[" + i + "]", null, abbreviate(n), "must be a string");
        ok = false;
      } else if (!seen.add(n.textValue())) {
        problem(path + "." + name + "[" + i + "]", null, n.textValue(), "is listed more than once");
        ok = false;
      } else {
        out.add(n.textValue());
      }
    }
    return ok ? out : null;
  }

  <E extends Enum<E>> Set<E> constants(ObjectNode o, String path, String name, Class<E> type) {
    List<String> s = strings(o, path, name);
    if (s == null) {
      return null;
    }
    Set<E> out = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < s.size(); i++) {
      E e = constant(s.get(i), path + "." + name + "[" + i + "]", null, type);
      ok &= e != null;
      if (e != null) {
        out.add(e);
      }
    }
    return ok ? out : null;
  }

  static String abbreviate(JsonNode n) {
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  Instrument readInstrument(JsonNode root) {
    ObjectNode o = object(root, "$", "an instrument document");
    if (o == null) {
      return null;
    }
    boolean ok = version(o, "$");
    ok &= only(o, "$", "schemaVersion", "id", "editionYear", "title", "provenance", "declaredMaximum", "criteria",
        "indicators");
    String id = text(o, "$", "id", true);
    Long year = integer(o, "$", "editionYear", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
    String title = text(o, "$", "title", true);
    String provenance = text(o, "$", "provenance", false);
    Double max = number(o, "$", "declaredMaximum", false);
    ArrayNode criteria = array(o, "$", "criteria", true);
    ArrayNode indicators = array(o, "$", "indicators", true);
    List<Criterion> cs = new ArrayList<>();
    if (criteria != null) {
      for (int i = 0; i < criteria.size(); i++) {
        String p = "$.criteria[" + i + "]";
        ObjectNode c = object(criteria.get(i), p, "a criterion");
        if (c == null) {
          ok = false;
          continue;
        }
        ok &= only(c, p, "code", "name");
        String code = text(c, p, "code", true);
        String name = text(c, p, "name", true);
        Criterion built = code == null || name == null ? null : build(p, () -> Criterion.of(code, name));
        ok &= built != null;
        if (built != null) {
          cs.add(built);
        }
      }
    }
    List<Indicator> is = new ArrayList<>();
    if (indicators != null) {
      for (int i = 0; i < indicators.size(); i++) {
        Indicator ind = readIndicator(indicators.get(i), "$.indicators[" + i + "]");
        ok &= ind != null;
        if (ind != null) {
          is.add(ind);
        }
      }
    }
    if (!ok || id == null || year == null || title == null || criteria == null || indicators == null) {
      return null;
    }
    return build("$", () -> {
      Instrument.Builder b = Instrument.builder().id(id).editionYear(year.intValue()).title(title)
          .criteria(cs).indicators(is);
      if (provenance != null) {
        b.provenance(provenance);
      }
      if (max != null) {
        b.declaredMaximum(max);
      }
      return b.build();
    });
  }

  Indicator readIndicator(JsonNode n, String p) {
    ObjectNode o = object(n, p, "an indicator");
    if (o == null) {
      return null;
    }
    boolean ok = only(o, p, "code", "title", "description", "criterion", "channelScope", "weight", "tags", "provenance");
    String code = text(o, p, "code", true);
    String title = text(o, p, "title", true);
    String description = text(o, p, "description", false);
    String criterion = text(o, p, "criterion", true);
    ChannelScope scope = constant(o, p, "channelScope", ChannelScope.class, true);
    Double weight = number(o, p, "weight", false);
    List<String> tags = strings(o, p, "tags");
    ArrayNode prov = array(o, p, "provenance", false);
    List<FieldProvenance> fps = new ArrayList<>();
    if (prov != null) {
      for (int i = 0; i < prov.size(); i++) {
        String pp = p + ".provenance[" + i + "]";
        ObjectNode f = object(prov.get(i), pp, "a field provenance");
        if (f == null) {
          ok = false;
          continue;
        }
        ok &= only(f, pp, "field", "status", "reason");
        String field = text(f, pp, "field", true);
        ProvenanceStatus status = constant(f, pp, "status", ProvenanceStatus.class, true);
        String reason = text(f, pp, "reason", true);
        FieldProvenance fp = field == null || status == null || reason == null ? null
            : build(pp, () -> FieldProvenance.of(field, status, reason));
        ok &= fp != null;
        if (fp != null) {
          fps.add(fp);
        }
      }
    }
    if (!ok || code == null || title == null || criterion == null || scope == null || tags == null || prov == null
        || (o.has("weight") && weight == null)) {
      return null;
    }
    return build(p, () -> {
      Indicator.Builder b = Indicator.builder().code(code).title(title).criterion(criterion).channelScope(scope)
          .tags(tags).provenance(fps);
      if (description != null) {
        b.description(description);
      }
      if (weight != null) {
        b.weight(weight);
      }
      return b.build();
    });
  }

  Assessment readAssessment(JsonNode n, String p, boolean withVersion) {
    ObjectNode o = object(n, p, "an assessment");
    if (o == null) {
      return null;
    }
    boolean ok = true;
    if (withVersion) {
      ok &= version(o, p);
      ok &= only(o, p, "schemaVersion", "city", "instrumentId", "assessorId", "date", "responses");
    } else {
      ok &= only(o, p, "city", "instrumentId", "assessorId", "date", "responses");
    }
    City city = o.has("city") ? readCity(o.get("city"), p + ".city") : null;
    if (!o.has("city")) {
      problem(p, "city", null, "is required");
    }
    String instrumentId = text(o, p, "instrumentId", true);
    String assessorId = text(o, p, "assessorId", true);
    LocalDate date = date(o, p, "date", false);
    ok &= !(o.has("date") && date == null);
    ArrayNode rs = array(o, p, "responses", true);
    List<Response> responses = new ArrayList<>();
    if (rs != null) {
      for (int i = 0; i < rs.size(); i++) {
        Response r = readResponse(rs.get(i), p + ".responses[" + i + "]");
        ok &= r != null;
        if (r != null) {
          responses.add(r);
        }
      }
    }
    if (!ok || city == null || instrumentId == null || assessorId == null || rs == null) {
      return null;
    }
    return build(p, () -> {
      Assessment.Builder b = Assessment.builder().city(city).instrumentId(instrumentId).assessorId(assessorId)
          .responses(responses);
      if (date != null) {
        b.date(date);
      }
      return b.build();
    });
  }

  City readCity(JsonNode n, String p) {
    ObjectNode o = object(n, p, "a city");
    if (o == null) {
      return null;
    }
    boolean ok = only(o, p, "id", "name", "country", "population", "sizeClass", "region");
    String id = text(o, p, "id", true);
    String name = text(o, p, "name", true);
    String country = text(o, p, "country", true);
    Long population = integer(o, p, "population", false, 0, Long.MAX_VALUE);
    String sizeClass = text(o, p, "sizeClass", false);
    String region = text(o, p, "region", false);
    ok &= !(o.has("population") && population == null);
    ok &= !(o.has("sizeClass") && sizeClass == null) && !(o.has("region") && region == null);
    if (id == null || name == null || country == null) {
      return null;
    }
    // built even when an optional field was bad, so the model's own checks report too
    boolean valid = ok;
    City city = build(p, () -> {
      City.Builder b = City.builder().id(id).name(name).country(country);
      if (population != null) {
        b.population(population);
      }
      if (sizeClass != null) {
        b.sizeClass(sizeClass);
      }
      if (region != null) {
        b.region(region);
      }
      return b.build();
    });
    return valid ? city : null;
  }

  Response readResponse(JsonNode n, String p) {
    ObjectNode o = object(n, p, "a response");
    if (o == null) {
      return null;
    }
    boolean ok = only(o, p, "indicator", "answer", "evidence");
    String indicator = text(o, p, "indicator", true);
    Answer answer = constant(o, p, "answer", Answer.class, true);
    Evidence evidence = null;
    if (o.has("evidence")) {
      String ep = p + ".evidence";
      ObjectNode e = object(o.get("evidence"), ep, "evidence");
      if (e == null) {
        ok = false;
      } else {
        ok &= only(e, ep, "channels", "url", "note");
        Set<Channel> channels = constants(e, ep, "channels", Channel.class);
        String url = text(e, ep, "url", false);
        String note = text(e, ep, "note", false);
        ok &= channels != null && !(e.has("url") && url == null) && !(e.has("note") && note == null);
        if (ok) {
          evidence = build(ep, () -> {
            Evidence.Builder b = Evidence.builder().channels(channels);
            if (url != null) {
              b.url(url);
            }
            if (note != null) {
              b.note(note);
            }
            return b.build();
          });
          ok &= evidence != null;
        }
      }
    }
    if (!ok || indicator == null || answer == null) {
      return null;
    }
    Evidence ev = evidence;
    return build(p, () -> {
      Response.Builder b = Response.builder().indicator(indicator).answer(answer);
      if (ev != null) {
        b.evidence(ev);
      }
      return b.build();
    });
  }

  CountryAdjustment readAdjustment(JsonNode n, String p) {
    ObjectNode o = object(n, p, "a country adjustment");
    if (o == null) {
      return null;
    }
    boolean ok = only(o, p, "id", "country", "instrumentId", "kind", "rationale", "decidedBy", "decidedOn",
        "indicator", "acceptedChannels", "weight", "localIndicator", "cities");
    String id = text(o, p, "id", true);
    String country = text(o, p, "country", true);
    String instrumentId = text(o, p, "instrumentId", true);
    AdjustmentKind kind = constant(o, p, "kind", AdjustmentKind.class, true);
    String rationale = text(o, p, "rationale", true);
    String decidedBy = text(o, p, "decidedBy", true);
    LocalDate decidedOn = date(o, p, "decidedOn", true);
    String indicator = text(o, p, "indicator", false);
    Set<Channel> channels = constants(o, p, "acceptedChannels", Channel.class);
    Double weight = number(o, p, "weight", false);
    Indicator local = o.has("localIndicator") ? readIndicator(o.get("localIndicator"), p + ".localIndicator") : null;
    List<String> cities = strings(o, p, "cities");
    ok &= !(o.has("indicator") && indicator == null) && !(o.has("weight") && weight == null)
        && !(o.has("localIndicator") && local == null);
    if (!ok || id == null || country == null || instrumentId == null || kind == null || rationale == null
        || decidedBy == null || decidedOn == null || channels == null || cities == null) {
      return null;
    }
    return build(p, () -> {
      CountryAdjustment.Builder b = CountryAdjustment.builder().id(id).country(country).instrumentId(instrumentId)
          .kind(kind).rationale(rationale).decidedBy(decidedBy).decidedOn(decidedOn).acceptedChannels(channels)
          .cities(cities);
      if (indicator != null) {
        b.indicator(indicator);
      }
      if (weight != null) {
        b.weight(weight);
      }
      if (local != null) {
        b.localIndicator(local);
      }
      return b.build();
    });
  }

  /** Reads a document holding a list under {@code field}. */
  <T> List<T> readList(JsonNode root, String field, String what, java.util.function.BiFunction<JsonNode, String, T> one) {
    ObjectNode o = object(root, "$", "a document with \"" + field + "\"");
    if (o == null) {
      return null;
    }
    boolean ok = version(o, "$");
    ok &= only(o, "$", "schemaVersion", field);
    ArrayNode a = array(o, "$", field, true);
    if (a == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      T t = one.apply(a.get(i), "$." + field + "[" + i + "]");
      ok &= t != null;
      if (t != null) {
        out.add(t);
      }
    }
    return ok ? List.copyOf(out) : null;
  }
}
