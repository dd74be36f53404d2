package dev.losi.io;

import static dev.losi.io.AssessmentColumns.CITY_ID;
import static dev.losi.io.AssessmentColumns.CITY_NAME;
import static dev.losi.io.AssessmentColumns.COUNTRY;
import static dev.losi.io.AssessmentColumns.DATE;
import static dev.losi.io.AssessmentColumns.INSTRUMENT;
import static dev.losi.io.AssessmentColumns.POPULATION;
import static dev.losi.io.AssessmentColumns.REGION;
import static dev.losi.io.AssessmentColumns.SIZE_CLASS;
import static dev.losi.io.AssessmentColumns.VALUE;

import dev.losi.core.Answer;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.io.internal.Relocation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The cell checks of both assessment layouts, and the checks across rows of one file: city fields
 * equal for one city id, no duplicate answer. Each row is checked through a {@link RowCheck}, which
 * remembers whether any of its cells was reported.
 */
final class AssessmentCells {

  static final String VALUE_CODES = "is not one of 1, 0, NA (blank means not assessed)";
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

  private final IndicatorCodes codes;
  private final ProblemCollector problems;
  private final Consumer<AssessmentRow> out;
  private final Map<String, CitySeen> cities = new HashMap<>();
  private final Map<GroupKey, long[]> groups = new HashMap<>();

  AssessmentCells(IndicatorCodes codes, ProblemCollector problems, Consumer<AssessmentRow> out) {
    this.codes = codes;
    this.problems = problems;
    this.out = out;
  }

  /** Starts checking one row: its city id and assessor are read and checked at once. */
  RowCheck row(Table t, Map<String, Integer> cols, List<String> row) {
    return new RowCheck(t, cols, row);
  }

  /** One row being checked: where it is, its city and assessor, and whether a cell was reported. */
  final class RowCheck {
    final Table t;
    final Map<String, Integer> cols;
    final List<String> row;
    final String cityId;
    final String assessor;
    private boolean ok = true;

    private RowCheck(Table t, Map<String, Integer> cols, List<String> row) {
      this.t = t;
      this.cols = cols;
      this.row = row;
      this.cityId = Cells.text(row, cols, CITY_ID);
      this.assessor = Cells.text(row, cols, AssessmentColumns.ASSESSOR);
      if (cityId.isBlank()) {
        fail(t.at(cols.get(CITY_ID)).field(CITY_ID).value(cityId).message("must not be blank"));
      }
      if (assessor.isBlank() || !assessor.equals(assessor.strip())) {
        fail(t.at(cols.get(AssessmentColumns.ASSESSOR)).city(cityId).field(AssessmentColumns.ASSESSOR).value(assessor)
            .message("must not be blank or start or end with white space"));
      }
    }

    /** True while no cell of this row was reported. */
    boolean ok() {
      return ok;
    }

    /** Reports a problem of this row. */
    void fail(Problem.Builder problem) {
      problems.add(problem.build());
      ok = false;
    }

    /** A problem builder at a 0-based column, with this row's city and assessor. */
    Problem.Builder at(int column) {
      return t.at(column).city(cityId).assessor(assessor);
    }

    String text(String column) {
      return Cells.text(row, cols, column);
    }

    /** Checks an indicator code against the instrument and the local indicators. */
    void indicator(int column, String code) {
      if (!codes.has(code)) {
        fail(at(column).field(AssessmentColumns.INDICATOR).value(code).message(codes.unknown()));
      }
    }

    /** Checks the instrument column against the instrument read against. */
    void instrument() {
      String given = text(INSTRUMENT);
      if (!given.isEmpty() && !given.equals(codes.instrumentId())) {
        fail(at(cols.get(INSTRUMENT)).field(INSTRUMENT).value(given)
            .message("does not match the instrument " + codes.instrumentId() + " the file is read against"));
      }
    }

    /** The date column: empty when blank or invalid (then reported). */
    Optional<LocalDate> date() {
      String d = text(DATE);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(d));
      } catch (DateTimeParseException e) {
        fail(at(cols.get(DATE)).field(DATE).value(d).message("is not an ISO-8601 date (YYYY-MM-DD)"));
        return Optional.empty();
      }
    }

    /** Parses a value code with {@link Answer#parse}; null (after reporting) when invalid. */
    Answer answer(int column, String raw, String indicator) {
      Optional<Answer> a = Answer.parse(raw);
      if (a.isEmpty()) {
        fail(at(column).indicator(indicator).field(VALUE).value(raw).message(VALUE_CODES));
        return null;
      }
      return a.get();
    }

    /** The evidence of one response; empty when none; null (after reporting) when invalid. */
    Optional<Evidence> evidence(EvidenceCells cells, String indicator) {
      if (cells.channels().isEmpty() && cells.url().isEmpty() && cells.note().isEmpty()) {
        return Optional.empty();
      }
      Set<Channel> set = EnumSet.noneOf(Channel.class);
      boolean valid = true;
      if (!cells.channels().isEmpty()) {
        for (String c : cells.channels().split("\\|", -1)) {
          Channel ch = channel(c);
          if (ch == null) {
            fail(at(cells.column()).indicator(indicator).field(cells.field()).value(cells.channels())
                .message("names \"" + c + "\", which is not one of " + Arrays.toString(Channel.values())
                    + " (several are joined with |)"));
            valid = false;
          } else if (!set.add(ch)) {
            fail(at(cells.column()).indicator(indicator).field(cells.field()).value(cells.channels())
                .message("names " + ch + " more than once"));
            valid = false;
          }
        }
      }
      if (!valid) {
        return null;
      }
      Evidence.Builder b = Evidence.builder().channels(set);
      if (!cells.url().isEmpty()) {
        b.url(cells.url());
      }
      if (!cells.note().isEmpty()) {
        b.note(cells.note());
      }
      return Optional.of(b.build());
    }

    /** The city of this row, checked against earlier rows of the same city id; null when reported. */
    City city() {
      return cityId.isBlank() ? null : AssessmentCells.this.city(this);
    }

    /** Checks one response for duplicates and hands it on. */
    void accept(City city, Optional<LocalDate> date, Response response) {
      int index = codes.indexOf(response.indicator());
      long[] firstLines = groups.computeIfAbsent(new GroupKey(city.id(), assessor, date.orElse(null)),
          k -> new long[codes.size()]);
      if (firstLines[index] != 0) {
        problems.add(t.atRow().city(city.id()).assessor(assessor).indicator(response.indicator())
            .message("duplicate row: this city, assessor" + (date.isPresent() ? ", date" : "")
                + " and indicator already appear on line " + firstLines[index]).build());
        return;
      }
      firstLines[index] = t.line();
      out.accept(new AssessmentRow(city, codes.instrumentId(), assessor, date, response, t.line()));
    }
  }

  /** The evidence cells of one response: channels (at {@code column}, named {@code field}), URL and note. */
  record EvidenceCells(int column, String field, String channels, String url, String note) {}

  private static Channel channel(String name) {
    if (name.isEmpty()) {
      return null;
    }
    try {
      return Channel.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private City city(RowCheck r) {
    String name = r.text(CITY_NAME);
    String country = r.text(COUNTRY);
    String sizeClass = r.text(SIZE_CLASS);
    String region = r.text(REGION);
    String populationText = r.text(POPULATION);
    List<String> raw = List.of(name, country, sizeClass, region, populationText);
    CitySeen known = cities.get(r.cityId);
    if (known != null && known.raw.equals(raw)) {
      return known.city; // the common case: the same city fields as on its first row
    }
    Problem.Builder ctx = r.t.atRow().city(r.cityId).assessor(r.assessor);
    OptionalLong population = OptionalLong.empty();
    boolean valid = true;
    if (!populationText.isEmpty()) {
      OptionalLong parsed = population(populationText);
      if (parsed.isPresent()) {
        population = parsed;
      } else {
        problems.add(r.at(r.cols.get(POPULATION)).field(POPULATION).value(populationText)
            .message("is not a whole number from 0 to 9223372036854775807 (digits only, no separators)").build());
        valid = false;
      }
    }
    City city;
    try {
      city = build(r.cityId, name, country, population, sizeClass, region);
    } catch (LosiValidationException e) {
      Relocation.relocate(e, ctx, AssessmentColumns::columnFor, problems);
      return null;
    }
    if (!valid) {
      return null;
    }
    String notIso = codes.countryProblem(city.country());
    if (notIso != null) {
      problems.add(r.at(r.cols.get(COUNTRY)).field(COUNTRY).value(country).message(notIso).build());
      return null;
    }
    CitySeen seen = cities.get(r.cityId);
    if (seen == null) {
      cities.put(r.cityId, new CitySeen(city, r.t.line(), raw));
      return city;
    }
    if (!seen.city.equals(city)) {
      String where = seen.line > 0 ? " on line " + seen.line : " earlier";
      diff(ctx, CITY_NAME, city.name(), seen.city.name(), where);
      diff(ctx, COUNTRY, city.country(), seen.city.country(), where);
      diff(ctx, POPULATION, str(city.population()), str(seen.city.population()), where);
      diff(ctx, SIZE_CLASS, city.sizeClass().orElse(""), seen.city.sizeClass().orElse(""), where);
      diff(ctx, REGION, city.region().orElse(""), seen.city.region().orElse(""), where);
      return null;
    }
    return seen.city;
  }

  /**
   * The city of one row's city cells (blank size class and region: none).
   *
   * @throws LosiValidationException when the city is invalid
   */
  static City build(String id, String name, String country, OptionalLong population, String sizeClass,
      String region) {
    City.Builder b = City.builder().id(id).name(name).country(country);
    population.ifPresent(b::population);
    if (!sizeClass.isEmpty()) {
      b.sizeClass(sizeClass);
    }
    if (!region.isEmpty()) {
      b.region(region);
    }
    return b.build();
  }

  /** A population cell: digits only, at most {@link Long#MAX_VALUE}; empty when not. */
  static OptionalLong population(String text) {
    if (DIGITS.matcher(text).matches()) {
      try {
        return OptionalLong.of(Long.parseLong(text));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  private void diff(Problem.Builder ctx, String field, String now, String before, String where) {
    if (!now.equals(before)) {
      Problem.Builder b = Problem.builder().from(ctx.message("x").build());
      problems.add(b.field(field).value(now).message("differs from \"" + before + "\" given for the same "
          + CITY_ID + where).build());
    }
  }

  private static String str(OptionalLong l) {
    return l.isPresent() ? Long.toString(l.getAsLong()) : "";
  }

  private record CitySeen(City city, long line, List<String> raw) {}

  private record GroupKey(String city, String assessor, LocalDate date) {}
}
