package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Assessments (one document, or an element of an assessments list), their city and responses as JSON, both ways. */
final class AssessmentJson {

  private final JsonModel m;
  /** One string per indicator code read, shared by every response that names it (a long list holds few codes). */
  private final Map<String, String> codes = new HashMap<>();

  AssessmentJson(JsonModel m) {
    this.m = m;
  }

  static ObjectNode write(Assessment a, boolean withVersion) {
    ObjectNode o = withVersion ? JsonModel.document() : JsonModel.F.objectNode();
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
    ObjectNode c = JsonModel.F.objectNode();
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
  Assessment read(JsonNode n, String p, boolean withVersion) {
    ObjectNode o = m.object(n, p, "an assessment");
    if (o == null) {
      return null;
    }
    boolean ok = true;
    if (withVersion) {
      ok &= m.version(o, p);
      ok &= m.only(o, p, "schemaVersion", "city", "instrumentId", "assessorId", "date", "responses");
    } else {
      ok &= m.only(o, p, "city", "instrumentId", "assessorId", "date", "responses");
    }
    City city = o.has("city") ? city(o.get("city"), p + ".city") : null;
    if (!o.has("city")) {
      m.problem(p, "city", null, "is required");
    }
    String instrumentId = m.text(o, p, "instrumentId", true);
    String assessorId = m.text(o, p, "assessorId", true);
    LocalDate date = m.date(o, p, "date", false);
    ok &= !(o.has("date") && date == null);
    ArrayNode rs = m.array(o, p, "responses", true);
    List<Response> responses = new ArrayList<>();
    if (rs != null) {
      for (int i = 0; i < rs.size(); i++) {
        Response r = response(rs.get(i), p + ".responses[" + i + "]");
        ok &= r != null;
        if (r != null) {
          responses.add(r);
        }
      }
    }
    if (!ok || city == null || instrumentId == null || assessorId == null || rs == null) {
      return null;
    }
    return m.build(p, () -> Assessment.builder().city(city).instrumentId(instrumentId).assessorId(assessorId)
        .responses(responses).date(Optional.ofNullable(date)).build());
  }
  City city(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "a city");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "id", "name", "country", "population", "sizeClass", "region");
    String id = m.text(o, p, "id", true);
    String name = m.text(o, p, "name", true);
    String country = m.text(o, p, "country", true);
    Long population = m.integer(o, p, "population", false, 0, Long.MAX_VALUE);
    String sizeClass = m.text(o, p, "sizeClass", false);
    String region = m.text(o, p, "region", false);
    ok &= !(o.has("population") && population == null);
    ok &= !(o.has("sizeClass") && sizeClass == null) && !(o.has("region") && region == null);
    if (id == null || name == null || country == null) {
      return null;
    }
    // built even when an optional field was bad, so the model's own checks report too
    boolean valid = ok;
    City city = m.build(p, () -> City.builder().id(id).name(name).country(country)
        .population(population == null ? OptionalLong.empty() : OptionalLong.of(population))
        .sizeClass(Optional.ofNullable(sizeClass)).region(Optional.ofNullable(region)).build());
    return valid ? city : null;
  }
  Response response(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "a response");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "indicator", "answer", "evidence");
    String code = m.text(o, p, "indicator", true);
    String indicator = code == null || codes.size() >= 100_000 ? code : codes.computeIfAbsent(code, k -> k);
    Answer answer = m.constant(o, p, "answer", Answer.class, true);
    Evidence evidence = null;
    if (o.has("evidence")) {
      String ep = p + ".evidence";
      ObjectNode e = m.object(o.get("evidence"), ep, "evidence");
      if (e == null) {
        ok = false;
      } else {
        ok &= m.only(e, ep, "channels", "url", "note");
        Set<Channel> channels = m.constants(e, ep, "channels", Channel.class);
        String url = m.text(e, ep, "url", false);
        String note = m.text(e, ep, "note", false);
        ok &= channels != null && !(e.has("url") && url == null) && !(e.has("note") && note == null);
        if (ok) {
          evidence = m.build(ep, () -> Evidence.builder().channels(channels).url(Optional.ofNullable(url))
              .note(Optional.ofNullable(note)).build());
          ok &= evidence != null;
        }
      }
    }
    if (!ok || indicator == null || answer == null) {
      return null;
    }
    Evidence ev = evidence;
    return m.build(p, () -> Response.builder().indicator(indicator).answer(answer).evidence(Optional.ofNullable(ev))
        .build());
  }

  /** An element of an assessments list (no schema version of its own). */
  Assessment readListed(JsonNode n, String p) {
    return read(n, p, false);
  }
}
