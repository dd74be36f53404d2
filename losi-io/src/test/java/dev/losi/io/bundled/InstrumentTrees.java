package dev.losi.io.bundled;

import com.fasterxml.jackson.databind.JsonNode;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Test-side mapping of an instrument JSON tree (the shape agreed with the losi-io reader) to
 * {@link Instrument} through the core builders, so that the core invariants are checked on the
 * bundled file independently of the production reader. Strict: unknown keys, missing keys and
 * wrong types fail with the JSON path.
 */
final class InstrumentTrees {

  static final Set<String> ROOT_KEYS = Set.of("schemaVersion", "id", "editionYear", "title", "provenance",
      "declaredMaximum", "criteria", "indicators");
  static final Set<String> CRITERION_KEYS = Set.of("code", "name");
  static final Set<String> INDICATOR_KEYS = Set.of("code", "title", "description", "criterion", "channelScope",
      "weight", "tags", "provenance");
  static final Set<String> PROVENANCE_KEYS = Set.of("field", "status", "reason");

  private InstrumentTrees() {}

  static Instrument toInstrument(JsonNode root) {
    keys(root, "$", ROOT_KEYS);
    if (integer(root, "$", "schemaVersion") != 1) {
      throw new IllegalArgumentException("$.schemaVersion: expected 1");
    }
    Instrument.Builder b = Instrument.builder()
        .id(text(root, "$", "id"))
        .editionYear(integer(root, "$", "editionYear"))
        .title(text(root, "$", "title"));
    if (root.has("provenance")) {
      b.provenance(text(root, "$", "provenance"));
    }
    if (root.has("declaredMaximum")) {
      JsonNode m = root.get("declaredMaximum");
      if (!m.isNumber()) {
        throw new IllegalArgumentException("$.declaredMaximum: expected a number, got " + m);
      }
      b.declaredMaximum(m.doubleValue());
    }
    List<Criterion> criteria = new ArrayList<>();
    int n = 0;
    for (JsonNode c : array(root, "$", "criteria")) {
      String at = "$.criteria[" + n++ + "]";
      keys(c, at, CRITERION_KEYS);
      criteria.add(Criterion.of(text(c, at, "code"), text(c, at, "name")));
    }
    List<Indicator> indicators = new ArrayList<>();
    n = 0;
    for (JsonNode i : array(root, "$", "indicators")) {
      indicators.add(indicator(i, "$.indicators[" + n++ + "]"));
    }
    return b.addAllCriteria(criteria).addAllIndicators(indicators).build();
  }

  private static Indicator indicator(JsonNode i, String at) {
    keys(i, at, INDICATOR_KEYS);
    Indicator.Builder b = Indicator.builder()
        .code(text(i, at, "code"))
        .title(text(i, at, "title"))
        .criterion(text(i, at, "criterion"))
        .channelScope(ChannelScope.valueOf(text(i, at, "channelScope")));
    if (i.has("description")) {
      b.description(text(i, at, "description"));
    }
    if (i.has("weight")) {
      JsonNode w = i.get("weight");
      if (!w.isNumber()) {
        throw new IllegalArgumentException(at + ".weight: expected a number, got " + w);
      }
      b.weight(w.doubleValue());
    }
    if (i.has("tags")) {
      int n = 0;
      for (JsonNode t : array(i, at, "tags")) {
        if (!t.isTextual()) {
          throw new IllegalArgumentException(at + ".tags[" + n + "]: expected a string, got " + t);
        }
        n++;
        b.addTags(t.textValue());
      }
    }
    if (i.has("provenance")) {
      int n = 0;
      for (JsonNode p : array(i, at, "provenance")) {
        String pat = at + ".provenance[" + n++ + "]";
        keys(p, pat, PROVENANCE_KEYS);
        b.addProvenance(FieldProvenance.of(text(p, pat, "field"),
            ProvenanceStatus.valueOf(text(p, pat, "status")), text(p, pat, "reason")));
      }
    }
    return b.build();
  }

  private static void keys(JsonNode node, String at, Set<String> allowed) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(at + ": expected an object, got " + node.getNodeType());
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!allowed.contains(k)) {
        throw new IllegalArgumentException(at + "." + k + ": unknown key, expected one of " + allowed);
      }
    }
  }

  private static String text(JsonNode node, String at, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(at + "." + key + ": expected a string, got " + v);
    }
    return v.textValue();
  }

  private static int integer(JsonNode node, String at, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new IllegalArgumentException(at + "." + key + ": expected an integer, got " + v);
    }
    return v.intValue();
  }

  private static JsonNode array(JsonNode node, String at, String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(at + "." + key + ": expected an array, got " + v);
    }
    return v;
  }
}
