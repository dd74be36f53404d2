package dev.losi.io.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.level.Level;
import dev.losi.core.mapping.CityChange;
import dev.losi.core.mapping.CommonCore;
import dev.losi.core.mapping.CoreScore;
import dev.losi.core.mapping.LevelTransitionMatrix;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.Score;

/** The JSON tree of a longitudinal report, written by {@link MappingJson#write(LongitudinalReport)}. */
final class LongitudinalReportJson {

  private LongitudinalReportJson() {}

  static ObjectNode tree(ObjectMapper mapper, LongitudinalReport report) {
    ObjectNode o = mapper.createObjectNode();
    o.put("schemaVersion", MappingJson.SCHEMA_VERSION);
    o.put("fromInstrument", report.mapping().from().id());
    o.put("toInstrument", report.mapping().to().id());
    o.put("coverage", report.mapping().coverageStatement());
    o.put("comparabilityNote", report.comparabilityNote());
    o.put("missingAnswers", report.missingAnswers().name());
    ArrayNode core = o.putArray("commonCore");
    for (CommonCore.Pair p : report.core().pairs()) {
      core.addObject().put("from", p.fromCode()).put("to", p.toCode()).put("relation", p.relation().name());
    }
    ArrayNode cities = o.putArray("cities");
    for (CityChange c : report.cities()) {
      ObjectNode n = cities.addObject();
      n.put("city", c.city().id());
      n.put("name", c.city().name());
      n.put("country", c.city().country());
      core(n.putObject("coreBefore"), c.coreBefore());
      core(n.putObject("coreAfter"), c.coreAfter());
      n.put("coreChangeInIndicators", c.coreChangeInIndicators());
      n.put("coreChange", c.coreChange());
      ArrayNode g = n.putArray("gained");
      c.gained().forEach(p -> g.addObject().put("from", p.fromCode()).put("to", p.toCode()));
      ArrayNode l = n.putArray("lost");
      c.lost().forEach(p -> l.addObject().put("from", p.fromCode()).put("to", p.toCode()));
      official(n.putObject("officialBefore"), c.officialBefore().standard());
      official(n.putObject("officialAfter"), c.officialAfter().standard());
      n.put("levelBefore", c.levelBefore().name());
      n.put("levelAfter", c.levelAfter().name());
    }
    matrix(o.putObject("officialTransitions"), report.officialTransitions());
    matrix(o.putObject("coreTransitions"), report.coreTransitions());
    ObjectNode nc = o.putObject("notComparable");
    ArrayNode nf = nc.putArray("from");
    report.core().notComparableFrom().forEach((k, v) -> nf.addObject().put("code", k).put("reason", v));
    ArrayNode nt = nc.putArray("to");
    report.core().notComparableTo().forEach((k, v) -> nt.addObject().put("code", k).put("reason", v));
    ArrayNode ob = o.putArray("onlyBefore");
    report.onlyBefore().forEach(c -> ob.add(c.id()));
    ArrayNode oa = o.putArray("onlyAfter");
    report.onlyAfter().forEach(c -> oa.add(c.id()));
    return o;
  }

  private static void core(ObjectNode n, CoreScore s) {
    n.put("present", s.present()).put("size", s.size()).put("value", s.value()).put("level", s.level().name());
  }

  private static void official(ObjectNode n, Score s) {
    number(n, "points", s.points());
    number(n, "maximum", s.maximum());
    n.put("value", s.value());
    n.put("level", s.level().name());
  }

  private static void number(ObjectNode n, String name, double d) {
    if (d == Math.rint(d) && Math.abs(d) < 0x1p52) {
      n.put(name, (long) d);
    } else {
      n.put(name, d);
    }
  }

  private static void matrix(ObjectNode n, LevelTransitionMatrix m) {
    ArrayNode levels = n.putArray("levels");
    for (Level l : Level.values()) {
      levels.add(l.name());
    }
    ArrayNode rows = n.putArray("counts");
    for (Level b : Level.values()) {
      ArrayNode row = rows.addArray();
      for (Level a : Level.values()) {
        row.add(m.count(b, a));
      }
    }
    n.put("total", m.total());
  }
}
