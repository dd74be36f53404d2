package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import java.util.ArrayList;
import java.util.List;

/** The instrument document and its indicators as JSON, both ways. */
final class InstrumentJson {

  private final JsonModel m;

  InstrumentJson(JsonModel m) {
    this.m = m;
  }

  static ObjectNode write(Instrument in) {
    ObjectNode o = JsonModel.document();
    o.put("id", in.id());
    o.put("editionYear", in.editionYear());
    o.put("title", in.title());
    if (!in.provenance().isEmpty()) {
      o.put("provenance", in.provenance());
    }
    if (in.declaredMaximum().isPresent()) {
      JsonModel.number(o, "declaredMaximum", in.declaredMaximum().getAsDouble());
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
    ObjectNode o = JsonModel.F.objectNode();
    o.put("code", i.code());
    o.put("title", i.title());
    if (!i.description().isEmpty()) {
      o.put("description", i.description());
    }
    o.put("criterion", i.criterion());
    o.put("channelScope", i.channelScope().name());
    JsonModel.number(o, "weight", i.weight());
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
  Instrument read(JsonNode root) {
    ObjectNode o = m.object(root, "$", "an instrument document");
    if (o == null) {
      return null;
    }
    boolean ok = m.version(o, "$");
    ok &= m.only(o, "$", "schemaVersion", "id", "editionYear", "title", "provenance", "declaredMaximum", "criteria",
        "indicators");
    String id = m.text(o, "$", "id", true);
    Long year = m.integer(o, "$", "editionYear", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
    String title = m.text(o, "$", "title", true);
    String provenance = m.text(o, "$", "provenance", false);
    Double max = m.number(o, "$", "declaredMaximum", false);
    ArrayNode criteria = m.array(o, "$", "criteria", true);
    ArrayNode indicators = m.array(o, "$", "indicators", true);
    List<Criterion> cs = new ArrayList<>();
    if (criteria != null) {
      for (int i = 0; i < criteria.size(); i++) {
        String p = "$.criteria[" + i + "]";
        ObjectNode c = m.object(criteria.get(i), p, "a criterion");
        if (c == null) {
          ok = false;
          continue;
        }
        ok &= m.only(c, p, "code", "name");
        String code = m.text(c, p, "code", true);
        String name = m.text(c, p, "name", true);
        Criterion built = code == null || name == null ? null : m.build(p, () -> Criterion.of(code, name));
        ok &= built != null;
        if (built != null) {
          cs.add(built);
        }
      }
    }
    List<Indicator> is = new ArrayList<>();
    if (indicators != null) {
      for (int i = 0; i < indicators.size(); i++) {
        Indicator ind = indicator(indicators.get(i), "$.indicators[" + i + "]");
        ok &= ind != null;
        if (ind != null) {
          is.add(ind);
        }
      }
    }
    if (!ok || id == null || year == null || title == null || criteria == null || indicators == null) {
      return null;
    }
    return m.build("$", () -> {
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
  Indicator indicator(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "an indicator");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "code", "title", "description", "criterion", "channelScope", "weight", "tags", "provenance");
    String code = m.text(o, p, "code", true);
    String title = m.text(o, p, "title", true);
    String description = m.text(o, p, "description", false);
    String criterion = m.text(o, p, "criterion", true);
    ChannelScope scope = m.constant(o, p, "channelScope", ChannelScope.class, true);
    Double weight = m.number(o, p, "weight", false);
    List<String> tags = m.strings(o, p, "tags");
    ArrayNode prov = m.array(o, p, "provenance", false);
    List<FieldProvenance> fps = new ArrayList<>();
    if (prov != null) {
      for (int i = 0; i < prov.size(); i++) {
        String pp = p + ".provenance[" + i + "]";
        ObjectNode f = m.object(prov.get(i), pp, "a field provenance");
        if (f == null) {
          ok = false;
          continue;
        }
        ok &= m.only(f, pp, "field", "status", "reason");
        String field = m.text(f, pp, "field", true);
        ProvenanceStatus status = m.constant(f, pp, "status", ProvenanceStatus.class, true);
        String reason = m.text(f, pp, "reason", true);
        FieldProvenance fp = field == null || status == null || reason == null ? null
            : m.build(pp, () -> FieldProvenance.of(field, status, reason));
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
    return m.build(p, () -> {
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
}
