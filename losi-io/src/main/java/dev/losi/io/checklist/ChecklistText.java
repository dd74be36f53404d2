package dev.losi.io.checklist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.io.JsonLimits;
import dev.losi.io.internal.JsonSupport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text renderings of a checklist: HTML, Markdown and the JSON form definition. */
final class ChecklistText {

  private static final ObjectMapper JSON = JsonSupport.strictMapper(JsonLimits.DEFAULT);

  private ChecklistText() {}

  /** The header block as label, value pairs, in order. */
  private static Map<String, String> header(Checklist c) {
    ChecklistHeader h = c.header();
    Map<String, String> m = new LinkedHashMap<>();
    m.put(Checklists.INSTRUMENT, c.instrument().id());
    m.put(Checklists.EDITION, Integer.toString(c.instrument().editionYear()));
    m.put(Checklists.CITY_ID, h.cityId().orElse(""));
    m.put(Checklists.CITY_NAME, h.cityName().orElse(""));
    m.put(Checklists.COUNTRY, h.country().orElse(""));
    m.put(Checklists.ASSESSOR, h.assessor().orElse(""));
    m.put(Checklists.DATE, h.date().map(LocalDate::toString).orElse(""));
    return m;
  }

  /** The items grouped by section, sections in first-appearance order. */
  private static Map<String, List<Checklist.Item>> sections(Checklist c) {
    Map<String, List<Checklist.Item>> m = new LinkedHashMap<>();
    for (Checklist.Item i : c.items()) {
      m.computeIfAbsent(i.section(), k -> new ArrayList<>()).add(i);
    }
    return m;
  }

  private static String answerChoices(Checklist.Item i) {
    return i.exclusion().orElse("☐ Present  ☐ Absent  ☐ Not applicable");
  }

  static String html(Checklist c) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>LOSI checklist: ")
        .append(esc(c.instrument().id())).append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;font-size:11pt;margin:2em}table{border-collapse:collapse;width:100%}")
        .append("th,td{border:1px solid #888;padding:4px;vertical-align:top;text-align:left}th{background:#d9e1f2}")
        .append(".blank{min-width:12em}@media print{h2{page-break-before:auto}tr{page-break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n<h1>LOSI checklist: ").append(esc(c.instrument().title())).append("</h1>\n<table>\n");
    header(c).forEach((k, v) -> sb.append("<tr><th>").append(esc(k)).append("</th><td class=\"blank\">").append(esc(v))
        .append("</td></tr>\n"));
    sb.append("</table>\n<p>For each indicator, tick one answer; if present, write where you found it (channel and URL).</p>\n");
    sections(c).forEach((section, items) -> {
      sb.append("<h2>").append(esc(section)).append("</h2>\n<table>\n<tr><th>Code</th><th>Indicator</th>")
          .append("<th>Channel rule</th><th>Answer</th><th>Evidence channel and URL</th><th>Note</th></tr>\n");
      for (Checklist.Item i : items) {
        sb.append("<tr><td>").append(esc(i.code())).append("</td><td><strong>").append(esc(i.title())).append("</strong>");
        if (!i.description().isEmpty()) {
          sb.append("<br>").append(esc(i.description()));
        }
        sb.append("</td><td>").append(esc(i.channelRule())).append("</td><td>").append(esc(answerChoices(i)))
            .append("</td><td class=\"blank\"></td><td class=\"blank\"></td></tr>\n");
      }
      sb.append("</table>\n");
    });
    return sb.append("</body>\n</html>\n").toString();
  }

  static String markdown(Checklist c) {
    StringBuilder sb = new StringBuilder("# LOSI checklist: ").append(md(c.instrument().title())).append("\n\n");
    header(c).forEach((k, v) -> sb.append("- **").append(k).append("**: ").append(v.isEmpty() ? "______" : md(v)).append('\n'));
    sectionsMd(c, sb);
    return sb.toString();
  }

  private static void sectionsMd(Checklist c, StringBuilder sb) {
    sections(c).forEach((section, items) -> {
      sb.append("\n## ").append(md(section)).append("\n\n| Code | Indicator | Channel rule | Answer | Evidence | Note |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Checklist.Item i : items) {
        sb.append("| ").append(md(i.code())).append(" | ").append(md(i.title()))
            .append(i.description().isEmpty() ? "" : "<br>" + md(i.description())).append(" | ").append(md(i.channelRule()))
            .append(" | ").append(md(answerChoices(i))).append(" |  |  |\n");
      }
    });
  }

  static String json(Checklist c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("form", "losi-checklist");
    ObjectNode ins = root.putObject("instrument");
    ins.put("id", c.instrument().id());
    ins.put("edition", c.instrument().editionYear());
    ins.put("title", c.instrument().title());
    ArrayNode header = root.putArray("header");
    header(c).forEach((k, v) -> {
      ObjectNode f = header.addObject();
      f.put("label", k);
      f.put("value", v);
    });
    ArrayNode answers = root.putArray("answers");
    for (Answer a : List.of(Answer.PRESENT, Answer.ABSENT, Answer.NOT_APPLICABLE)) {
      answers.add(a.label());
    }
    ArrayNode channels = root.putArray("channels");
    for (Channel ch : Channel.values()) {
      channels.add(ch.name());
    }
    ArrayNode items = root.putArray("items");
    for (Checklist.Item i : c.items()) {
      ObjectNode o = items.addObject();
      o.put("code", i.code());
      o.put("section", i.section());
      o.put("criterion", i.criterion());
      o.put("title", i.title());
      o.put("description", i.description());
      o.put("channel_rule", i.channelRule());
      o.put("applies", i.exclusion().isEmpty());
      putOptional(o, "exclusion", i.exclusion());
      o.put("local", i.local());
    }
    return JsonSupport.text(JsonSupport.prettyWriter(JSON), root);
  }

  private static void putOptional(ObjectNode o, String key, Optional<String> v) {
    if (v.isPresent()) {
      o.put(key, v.get());
    } else {
      o.putNull(key);
    }
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String md(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
        .replace("<", "&lt;").replace("&lt;br>", "<br>");
  }
}
