package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.io.internal.FormulaGuard;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The long and wide assessment layouts, independent of the container (CSV file or XLSX sheet):
 * header checks, row checks, cross-row consistency, grouping into assessments, and the rows written.
 */
final class AssessmentTables {

  static final String CITY_ID = "city_id";
  static final String CITY_NAME = "city_name";
  static final String COUNTRY = "country";
  static final String ASSESSOR = "assessor";
  static final String INDICATOR = "indicator";
  static final String VALUE = "value";
  static final String EVIDENCE_CHANNEL = "evidence_channel";
  static final String EVIDENCE_URL = "evidence_url";
  static final String NOTE = "note";
  static final String DATE = "date";
  static final String INSTRUMENT = "instrument";
  static final String POPULATION = "population";
  static final String SIZE_CLASS = "size_class";
  static final String REGION = "region";

  static final List<String> LONG_REQUIRED = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, INDICATOR, VALUE);
  static final List<String> LONG_COLUMNS = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, INDICATOR, VALUE,
      EVIDENCE_CHANNEL, EVIDENCE_URL, NOTE, DATE, INSTRUMENT, POPULATION, SIZE_CLASS, REGION);
  static final List<String> WIDE_REQUIRED = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR);
  static final List<String> WIDE_META = List.of(CITY_ID, CITY_NAME, COUNTRY, ASSESSOR, DATE, INSTRUMENT,
      POPULATION, SIZE_CLASS, REGION);
  static final String SUFFIX_CHANNEL = ":channel";
  static final String SUFFIX_URL = ":url";
  static final String SUFFIX_NOTE = ":note";

  static final String VALUE_CODES = "is not one of 1, 0, NA (blank means not assessed)";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

  private AssessmentTables() {}

  // ------------------------------------------------------------------------------------------------
  // Reading

  /** Checks rows across the whole file and hands on those that are valid. */
  static final class Checker {
    private final Instrument instrument;
    private final ProblemCollector problems;
    private final Consumer<AssessmentRow> out;
    private final Map<String, CitySeen> cities = new HashMap<>();
    private final Map<GroupKey, long[]> groups = new HashMap<>();

    Checker(Instrument instrument, ProblemCollector problems, Consumer<AssessmentRow> out) {
      this.instrument = instrument;
      this.problems = problems;
      this.out = out;
    }

    /** Consistency of the city fields of one city id across rows; returns the city to use, or null. */
    City city(Table t, Map<String, Integer> cols, List<String> row, String cityId, String assessor) {
      String name = text(row, cols, CITY_NAME);
      String country = text(row, cols, COUNTRY);
      String sizeClass = text(row, cols, SIZE_CLASS);
      String region = text(row, cols, REGION);
      String populationText = text(row, cols, POPULATION);
      List<String> raw = List.of(name, country, sizeClass, region, populationText);
      CitySeen known = cities.get(cityId);
      if (known != null && known.raw.equals(raw)) {
        return known.city; // the common case: the same city fields as on its first row
      }
      Problem.Builder ctx = t.atRow().city(cityId).assessor(assessor);
      OptionalLong population = OptionalLong.empty();
      boolean ok = true;
      if (!populationText.isEmpty()) {
        Long parsed = null;
        if (DIGITS.matcher(populationText).matches()) {
          try {
            parsed = Long.parseLong(populationText);
          } catch (NumberFormatException e) {
            parsed = null;
          }
        }
        if (parsed != null) {
          population = OptionalLong.of(parsed);
        } else {
          problems.add(t.at(cols.get(POPULATION)).city(cityId).assessor(assessor).field(POPULATION)
              .value(populationText).message("is not a whole number from 0 to 9223372036854775807 (digits only, no separators)").build());
          ok = false;
        }
      }
      City city;
      try {
        City.Builder b = City.builder().id(cityId).name(name).country(country);
        population.ifPresent(b::population);
        if (!sizeClass.isEmpty()) {
          b.sizeClass(sizeClass);
        }
        if (!region.isEmpty()) {
          b.region(region);
        }
        city = b.build();
      } catch (LosiValidationException e) {
        relocate(e, ctx, problems);
        return null;
      }
      if (!ok) {
        return null;
      }
      CitySeen seen = cities.get(cityId);
      if (seen == null) {
        cities.put(cityId, new CitySeen(city, t.line(), raw));
        return city;
      }
      if (!seen.city.equals(city)) {
        String where = seen.line > 0 ? " on line " + seen.line : " earlier";
        diff(t, cols, ctx, CITY_NAME, city.name(), seen.city.name(), where);
        diff(t, cols, ctx, COUNTRY, city.country(), seen.city.country(), where);
        diff(t, cols, ctx, POPULATION, str(city.population()), str(seen.city.population()), where);
        diff(t, cols, ctx, SIZE_CLASS, city.sizeClass().orElse(""), seen.city.sizeClass().orElse(""), where);
        diff(t, cols, ctx, REGION, city.region().orElse(""), seen.city.region().orElse(""), where);
        return null;
      }
      return seen.city;
    }

    private void diff(Table t, Map<String, Integer> cols, Problem.Builder ctx, String field, String now,
        String before, String where) {
      if (!now.equals(before)) {
        Problem.Builder b = Problem.builder().from(ctx.message("x").build());
        problems.add(b.field(field).value(now).message("differs from \"" + before + "\" given for the same "
            + CITY_ID + where).build());
      }
    }

    /** Checks the instrument column against the instrument read against. */
    boolean instrument(Table t, Map<String, Integer> cols, List<String> row, String cityId, String assessor) {
      String given = text(row, cols, INSTRUMENT);
      if (!given.isEmpty() && !given.equals(instrument.id())) {
        problems.add(t.at(cols.get(INSTRUMENT)).city(cityId).assessor(assessor).field(INSTRUMENT).value(given)
            .message("does not match the instrument " + instrument.id() + " the file is read against").build());
        return false;
      }
      return true;
    }

    Optional<LocalDate> date(Table t, Map<String, Integer> cols, List<String> row, String cityId,
        String assessor, boolean[] ok) {
      String d = text(row, cols, DATE);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        problems.add(t.at(cols.get(DATE)).city(cityId).assessor(assessor).field(DATE).value(d)
            .message("is not an ISO-8601 date (YYYY-MM-DD)").build());
        ok[0] = false;
        return Optional.empty();
      }
    }

    /** Checks one response for duplicates and hands it on. */
    void accept(Table t, City city, String assessor, Optional<LocalDate> date, Response response, long line) {
      int index = instrument.indexOf(response.indicator());
      long[] firstLines = groups.computeIfAbsent(new GroupKey(city.id(), assessor, date.orElse(null)),
          k -> new long[instrument.size()]);
      if (firstLines[index] != 0) {
        problems.add(t.atRow().city(city.id()).assessor(assessor).indicator(response.indicator())
            .message("duplicate row: this city, assessor" + (date.isPresent() ? ", date" : "")
                + " and indicator already appear on line " + firstLines[index]).build());
        return;
      }
      firstLines[index] = line;
      out.accept(new AssessmentRow(city, instrument.id(), assessor, date, response, line));
    }

    /** Parses a value code; null (after reporting) when invalid. */
    Answer answer(Table t, int column, String raw, String cityId, String assessor, String indicator) {
      switch (raw) {
        case "1":
          return Answer.PRESENT;
        case "0":
          return Answer.ABSENT;
        case "NA":
          return Answer.NOT_APPLICABLE;
        case "":
          return Answer.NOT_ASSESSED;
        default:
          problems.add(t.at(column).city(cityId).assessor(assessor).indicator(indicator).field(VALUE).value(raw)
              .message(VALUE_CODES).build());
          return null;
      }
    }

    /** Builds the evidence of one response; empty when none; null (after reporting) when invalid. */
    Optional<Evidence> evidence(Table t, int channelCol, String channels, String url, String note,
        String cityId, String assessor, String indicator, String field) {
      if (channels.isEmpty() && url.isEmpty() && note.isEmpty()) {
        return Optional.empty();
      }
      Set<Channel> set = EnumSet.noneOf(Channel.class);
      boolean ok = true;
      if (!channels.isEmpty()) {
        for (String c : channels.split("\\|", -1)) {
          Channel ch = null;
          try {
            ch = c.isEmpty() ? null : Channel.valueOf(c);
          } catch (IllegalArgumentException e) {
            ch = null;
          }
          if (ch == null) {
            problems.add(t.at(channelCol).city(cityId).assessor(assessor).indicator(indicator).field(field)
                .value(channels).message("names \"" + c + "\", which is not one of "
                    + Arrays.toString(Channel.values()) + " (several are joined with |)").build());
            ok = false;
          } else if (!set.add(ch)) {
            problems.add(t.at(channelCol).city(cityId).assessor(assessor).indicator(indicator).field(field)
                .value(channels).message("names " + ch + " more than once").build());
            ok = false;
          }
        }
      }
      if (!ok) {
        return null;
      }
      Evidence.Builder b = Evidence.builder().channels(set);
      if (!url.isEmpty()) {
        b.url(url);
      }
      if (!note.isEmpty()) {
        b.note(note);
      }
      return Optional.of(b.build());
    }

    ProblemCollector problems() {
      return problems;
    }
  }

  private record CitySeen(City city, long line, List<String> raw) {}

  private record GroupKey(String city, String assessor, LocalDate date) {}

  private static String str(OptionalLong l) {
    return l.isPresent() ? Long.toString(l.getAsLong()) : "";
  }

  /** Re-reports model validation problems at the current row. */
  static void relocate(LosiValidationException e, Problem.Builder ctx, ProblemCollector target) {
    Problem base = ctx.message("x").build();
    for (Problem p : e.problems()) {
      Problem.Builder b = Problem.builder().from(base).message(p.message());
      p.field().ifPresent(f -> b.field(columnFor(f)));
      p.value().ifPresent(b::value);
      p.indicator().ifPresent(b::indicator);
      target.add(b.build());
    }
  }

  private static String columnFor(String modelField) {
    switch (modelField) {
      case "id":
        return CITY_ID;
      case "name":
        return CITY_NAME;
      case "sizeClass":
        return SIZE_CLASS;
      default:
        return modelField;
    }
  }

  static String text(List<String> row, Map<String, Integer> cols, String column) {
    Integer i = cols.get(column);
    return i == null ? "" : FormulaGuard.restore(row.get(i));
  }

  /** Maps header names to positions; reports duplicates. Header cells are un-neutralised. */
  static Map<String, Integer> header(Table t, List<String> header, ProblemCollector problems) {
    Map<String, Integer> cols = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = FormulaGuard.restore(header.get(i));
      if (cols.putIfAbsent(name, i) != null) {
        problems.add(t.at(i).field("header").value(name).message("appears more than once in the header").build());
      }
    }
    return cols;
  }

  /**
   * Checks a row's city id (not blank) and assessor id (not blank, no surrounding white space), the
   * same in both layouts; false when either is reported.
   */
  private static boolean cityAndAssessor(Table t, Map<String, Integer> cols, String cityId, String assessor,
      ProblemCollector problems) {
    boolean ok = true;
    if (cityId.isBlank()) {
      problems.add(t.at(cols.get(CITY_ID)).field(CITY_ID).value(cityId).message("must not be blank").build());
      ok = false;
    }
    if (assessor.isBlank() || !assessor.equals(assessor.strip())) {
      problems.add(t.at(cols.get(ASSESSOR)).city(cityId).field(ASSESSOR).value(assessor)
          .message("must not be blank or start or end with white space").build());
      ok = false;
    }
    return ok;
  }

  /**
   * A reader of the wide or long layout that hands each valid row to {@code sink} and returns how
   * many it handed over (the CSV and XLSX assessment readers share it).
   */
  static Tables.Reader<Long> counting(Instrument instrument, boolean wide, Consumer<AssessmentRow> sink) {
    return (table, problems) -> {
      long[] count = {0};
      Consumer<AssessmentRow> counting = r -> {
        count[0]++;
        sink.accept(r);
      };
      if (wide) {
        readWide(table, instrument, problems, counting);
      } else {
        readLong(table, instrument, problems, counting);
      }
      return count[0];
    };
  }

  /**
   * Reads the long layout, handing each valid row to {@code out}; problems go to {@code problems}.
   * Returns normally even when problems were found; the caller throws.
   */
  static void readLong(Table t, Instrument instrument, ProblemCollector problems, Consumer<AssessmentRow> out)
      throws IOException, Table.Fatal {
    {
      List<String> headerRow = t.next(problems::add);
      if (headerRow == null) {
        problems.add(t.atSource().message("is empty: expected a header line with the columns "
            + String.join(",", LONG_REQUIRED) + " (optional: " + String.join(",", LONG_COLUMNS.subList(6, LONG_COLUMNS.size())) + ")").build());
        return;
      }
      Map<String, Integer> cols = header(t, headerRow, problems);
      boolean headerOk = Tables.requireColumns(t, cols, LONG_REQUIRED, problems);
      headerOk &= Tables.rejectUnknownColumns(t, cols, LONG_COLUMNS, "the long layout", problems);
      if (!headerOk) {
        return;
      }
      Checker checker = new Checker(instrument, problems, out);
      List<String> row;
      while ((row = Tables.nextRow(t, headerRow.size(), problems)) != null) {
        long line = t.line();
        String cityId = text(row, cols, CITY_ID);
        String assessor = text(row, cols, ASSESSOR);
        String code = text(row, cols, INDICATOR);
        boolean ok = cityAndAssessor(t, cols, cityId, assessor, problems);
        if (!instrument.hasIndicator(code)) {
          problems.add(t.at(cols.get(INDICATOR)).city(cityId).assessor(assessor).field(INDICATOR).value(code)
              .message("is not an indicator of instrument " + instrument.id()).build());
          ok = false;
        }
        String rawValue = text(row, cols, VALUE);
        Answer answer = checker.answer(t, cols.get(VALUE), rawValue, cityId, assessor, code);
        ok &= answer != null;
        ok &= checker.instrument(t, cols, row, cityId, assessor);
        boolean[] dateOk = {true};
        Optional<LocalDate> date = checker.date(t, cols, row, cityId, assessor, dateOk);
        ok &= dateOk[0];
        Optional<Evidence> evidence = checker.evidence(t, cols.getOrDefault(EVIDENCE_CHANNEL, 0),
            text(row, cols, EVIDENCE_CHANNEL), text(row, cols, EVIDENCE_URL), text(row, cols, NOTE),
            cityId, assessor, code, EVIDENCE_CHANNEL);
        ok &= evidence != null;
        City city = cityId.isBlank() ? null : checker.city(t, cols, row, cityId, assessor);
        if (!ok || city == null) {
          continue;
        }
        Response.Builder r = Response.builder().indicator(code).answer(answer);
        evidence.ifPresent(r::evidence);
        checker.accept(t, city, assessor, date, r.build(), line);
      }
    }
  }

  /** The indicator columns of a wide header. */
  private record WideColumn(String code, int value, int channel, int url, int note) {}

  /** Reads the wide layout; see {@link #readLong}. */
  static void readWide(Table t, Instrument instrument, ProblemCollector problems, Consumer<AssessmentRow> out)
      throws IOException, Table.Fatal {
    {
      List<String> headerRow = t.next(problems::add);
      if (headerRow == null) {
        problems.add(t.atSource().message("is empty: expected a header line with the columns "
            + String.join(",", WIDE_REQUIRED) + " and one column per indicator code").build());
        return;
      }
      Map<String, Integer> cols = header(t, headerRow, problems);
      boolean headerOk = Tables.requireColumns(t, cols, WIDE_REQUIRED, problems);
      Map<String, int[]> byCode = new LinkedHashMap<>();
      for (Map.Entry<String, Integer> c : cols.entrySet()) {
        String name = c.getKey();
        if (WIDE_META.contains(name)) {
          continue;
        }
        String code = name;
        int slot = 0;
        if (name.endsWith(SUFFIX_CHANNEL)) {
          code = name.substring(0, name.length() - SUFFIX_CHANNEL.length());
          slot = 1;
        } else if (name.endsWith(SUFFIX_URL)) {
          code = name.substring(0, name.length() - SUFFIX_URL.length());
          slot = 2;
        } else if (name.endsWith(SUFFIX_NOTE)) {
          code = name.substring(0, name.length() - SUFFIX_NOTE.length());
          slot = 3;
        }
        if (!instrument.hasIndicator(code)) {
          problems.add(t.at(c.getValue()).field("header").value(name).message("is neither a column of the wide layout "
              + WIDE_META + " nor an indicator code of instrument " + instrument.id()
              + " (optionally followed by " + SUFFIX_CHANNEL + ", " + SUFFIX_URL + " or " + SUFFIX_NOTE + ")").build());
          headerOk = false;
          continue;
        }
        byCode.computeIfAbsent(code, k -> new int[] {-1, -1, -1, -1})[slot] = c.getValue();
      }
      List<WideColumn> indicators = new ArrayList<>();
      for (Map.Entry<String, int[]> e : byCode.entrySet()) {
        int[] s = e.getValue();
        if (s[0] < 0) {
          problems.add(t.atRow().field("header").value(e.getKey())
              .message("has evidence columns but no value column " + e.getKey()).build());
          headerOk = false;
        }
        indicators.add(new WideColumn(e.getKey(), s[0], s[1], s[2], s[3]));
      }
      if (!headerOk) {
        return;
      }
      // instrument order, so that responses come out in questionnaire order
      indicators.sort((a, b) -> Integer.compare(instrument.indexOf(a.code()), instrument.indexOf(b.code())));
      Checker checker = new Checker(instrument, problems, out);
      List<String> row;
      while ((row = Tables.nextRow(t, headerRow.size(), problems)) != null) {
        long line = t.line();
        String cityId = text(row, cols, CITY_ID);
        String assessor = text(row, cols, ASSESSOR);
        boolean ok = cityAndAssessor(t, cols, cityId, assessor, problems);
        ok &= checker.instrument(t, cols, row, cityId, assessor);
        boolean[] dateOk = {true};
        Optional<LocalDate> date = checker.date(t, cols, row, cityId, assessor, dateOk);
        ok &= dateOk[0];
        List<Response> responses = new ArrayList<>(indicators.size());
        for (WideColumn w : indicators) {
          String raw = FormulaGuard.restore(row.get(w.value()));
          Answer answer = checker.answer(t, w.value(), raw, cityId, assessor, w.code());
          Optional<Evidence> evidence = checker.evidence(t, w.channel() < 0 ? w.value() : w.channel(),
              cell(row, w.channel()), cell(row, w.url()), cell(row, w.note()), cityId, assessor, w.code(),
              w.code() + SUFFIX_CHANNEL);
          if (answer == null || evidence == null) {
            ok = false;
            continue;
          }
          Response.Builder r = Response.builder().indicator(w.code()).answer(answer);
          evidence.ifPresent(r::evidence);
          responses.add(r.build());
        }
        City city = cityId.isBlank() ? null : checker.city(t, cols, row, cityId, assessor);
        if (!ok || city == null) {
          continue;
        }
        for (Response r : responses) {
          checker.accept(t, city, assessor, date, r, line);
        }
      }
    }
  }

  private static String cell(List<String> row, int column) {
    return column < 0 ? "" : FormulaGuard.restore(row.get(column));
  }

  /** Groups streamed rows into assessments, keyed by city, assessor and date, in order of first appearance. */
  static final class Assembler implements Consumer<AssessmentRow> {
    private final Map<List<Object>, Assessment.Builder> groups = new LinkedHashMap<>();

    @Override
    public void accept(AssessmentRow row) {
      List<Object> key = Arrays.asList(row.city().id(), row.assessorId(), row.date().orElse(null));
      groups.computeIfAbsent(key, k -> {
        Assessment.Builder b = Assessment.builder().city(row.city()).instrumentId(row.instrumentId())
            .assessorId(row.assessorId());
        row.date().ifPresent(b::date);
        return b;
      }).addResponses(row.response());
    }

    List<Assessment> assessments() {
      List<Assessment> list = new ArrayList<>(groups.size());
      for (Assessment.Builder b : groups.values()) {
        list.add(b.build());
      }
      return List.copyOf(list);
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Writing: cells are String (text, neutralised by the container), Long or Double (numbers).

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
      row.add(r.evidence().map(AssessmentTables::channels).orElse(""));
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
        row.add(e.map(AssessmentTables::channels).orElse(""));
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
