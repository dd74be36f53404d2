package dev.losi.io;

import static dev.losi.io.AssessmentColumns.LONG_COLUMNS;
import static dev.losi.io.AssessmentColumns.SUFFIX_CHANNEL;
import static dev.losi.io.AssessmentColumns.SUFFIX_NOTE;
import static dev.losi.io.AssessmentColumns.SUFFIX_URL;
import static dev.losi.io.AssessmentColumns.WIDE_META;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows written for assessments in the long and wide layouts, independent of the container (CSV
 * file or XLSX sheet), and the checks that a list of assessments fits one table.
 */
final class AssessmentRows {

  private AssessmentRows() {}

  // Cells are String (text, neutralised by the container), Long or Double (numbers).

  static List<Object> longHeader() {
    return new ArrayList<>(LONG_COLUMNS);
  }

  static void checkWritable(Assessment a) {
    if (a.responses().isEmpty()) {
      throw new IllegalArgumentException("assessment of city " + a.city().id() + " by " + a.assessorId()
          + " has no responses; a table cannot hold it (use JSON)");
    }
    String empty = null;
    if (a.city().sizeClass().map(String::isEmpty).orElse(false)) {
      empty = "size class";
    } else if (a.city().region().map(String::isEmpty).orElse(false)) {
      empty = "region";
    }
    for (Response r : a.responses()) {
      if (r.evidence().flatMap(Evidence::url).map(String::isEmpty).orElse(false)) {
        empty = "evidence URL of " + r.indicator();
      } else if (r.evidence().flatMap(Evidence::note).map(String::isEmpty).orElse(false)) {
        empty = "evidence note of " + r.indicator();
      }
    }
    if (empty != null) {
      throw new IllegalArgumentException("assessment of city " + a.city().id() + " by " + a.assessorId()
          + " has an empty " + empty + ", which a table cannot tell from none (leave it out, or use JSON)");
    }
  }

  /**
   * Checks that a list of assessments can be held by one table and read back equal: each has responses,
   * no two share city, assessor and date, and one city id always stands for the same city.
   */
  static void checkTable(List<Assessment> list) {
    Map<String, City> cities = new HashMap<>();
    Set<List<Object>> keys = new java.util.HashSet<>();
    for (Assessment a : list) {
      checkWritable(a);
      City seen = cities.putIfAbsent(a.city().id(), a.city());
      if (seen != null && !seen.equals(a.city())) {
        throw new IllegalArgumentException("city id " + a.city().id() + " stands for two different cities (" + seen
            + " and " + a.city() + "); a table cannot hold both");
      }
      if (!keys.add(Arrays.asList(a.city().id(), a.assessorId(), a.date().orElse(null)))) {
        throw new IllegalArgumentException("two assessments of city " + a.city().id() + " by " + a.assessorId()
            + a.date().map(d -> " on " + d).orElse("") + "; a table would merge them (give them different dates)");
      }
    }
  }

  static void longRows(Assessment a, Consumer<List<Object>> out) {
    checkWritable(a);
    City c = a.city();
    for (Response r : a.responses()) {
      List<Object> row = new ArrayList<>(LONG_COLUMNS.size());
      row.add(c.id());
      row.add(c.name());
      row.add(c.country());
      row.add(a.assessorId());
      row.add(r.indicator());
      row.add(valueCell(r.answer()));
      row.add(r.evidence().map(AssessmentRows::channels).orElse(""));
      row.add(r.evidence().flatMap(Evidence::url).orElse(""));
      row.add(r.evidence().flatMap(Evidence::note).orElse(""));
      row.add(a.date().map(LocalDate::toString).orElse(""));
      row.add(a.instrumentId());
      row.add(c.population().isPresent() ? (Object) c.population().getAsLong() : "");
      row.add(c.sizeClass().orElse(""));
      row.add(c.region().orElse(""));
      out.accept(row);
    }
  }

  static Object valueCell(Answer a) {
    switch (a) {
      case PRESENT:
        return 1L;
      case ABSENT:
        return 0L;
      case NOT_APPLICABLE:
        return "NA";
      default:
        return "";
    }
  }

  static String channels(Evidence e) {
    StringBuilder sb = new StringBuilder();
    for (Channel c : e.channels()) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(c.name());
    }
    return sb.toString();
  }

  /** The wide header for these assessments: meta columns, then per indicator its value and evidence columns. */
  static List<Object> wideHeader(Instrument instrument, boolean[][] evidenceCols) {
    List<Object> h = new ArrayList<>(WIDE_META);
    for (int i = 0; i < instrument.size(); i++) {
      String code = instrument.indicators().get(i).code();
      h.add(code);
      if (evidenceCols[i][0]) {
        h.add(code + SUFFIX_CHANNEL);
      }
      if (evidenceCols[i][1]) {
        h.add(code + SUFFIX_URL);
      }
      if (evidenceCols[i][2]) {
        h.add(code + SUFFIX_NOTE);
      }
    }
    return h;
  }

  /** Which evidence columns the wide layout needs, per instrument indicator; checks codes. */
  static boolean[][] evidenceColumns(Instrument instrument, List<Assessment> assessments) {
    boolean[][] cols = new boolean[instrument.size()][3];
    Set<String> unknown = new LinkedHashSet<>();
    for (Assessment a : assessments) {
      checkWritable(a);
      if (!a.instrumentId().equals(instrument.id())) {
        throw new IllegalArgumentException("assessment of city " + a.city().id() + " by " + a.assessorId()
            + " uses instrument " + a.instrumentId() + ", not " + instrument.id());
      }
      for (Response r : a.responses()) {
        int i = instrument.indexOf(r.indicator());
        if (i < 0) {
          unknown.add(r.indicator());
          continue;
        }
        if (r.evidence().isPresent()) {
          Evidence e = r.evidence().get();
          cols[i][0] |= !e.channels().isEmpty();
          cols[i][1] |= e.url().isPresent();
          cols[i][2] |= e.note().isPresent();
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("indicator codes " + unknown + " are not in instrument " + instrument.id());
    }
    return cols;
  }

  static List<Object> wideRow(Instrument instrument, Assessment a, boolean[][] evidenceCols) {
    City c = a.city();
    List<Object> row = new ArrayList<>();
    row.add(c.id());
    row.add(c.name());
    row.add(c.country());
    row.add(a.assessorId());
    row.add(a.date().map(LocalDate::toString).orElse(""));
    row.add(a.instrumentId());
    row.add(c.population().isPresent() ? (Object) c.population().getAsLong() : "");
    row.add(c.sizeClass().orElse(""));
    row.add(c.region().orElse(""));
    for (int i = 0; i < instrument.size(); i++) {
      Optional<Response> r = a.response(instrument.indicators().get(i).code());
      row.add(r.map(x -> valueCell(x.answer())).orElse(""));
      Optional<Evidence> e = r.flatMap(Response::evidence);
      if (evidenceCols[i][0]) {
        row.add(e.map(AssessmentRows::channels).orElse(""));
      }
      if (evidenceCols[i][1]) {
        row.add(e.flatMap(Evidence::url).orElse(""));
      }
      if (evidenceCols[i][2]) {
        row.add(e.flatMap(Evidence::note).orElse(""));
      }
    }
    return row;
  }
}
