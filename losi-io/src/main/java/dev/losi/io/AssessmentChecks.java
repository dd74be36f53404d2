package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The checks an assessments document gets after parsing, the same that the table readers make row by
 * row: the instrument id, every indicator code (instrument or local), the country code (ISO 3166-1
 * alpha-3, {@link IsoCountries}), no two assessments of one city,
 * assessor and date, and one city id standing for one city. Problems name the source and the JSON path
 * of the assessment, for example {@code a.json:$.assessments[3]}.
 */
final class AssessmentChecks {

  private AssessmentChecks() {}

  /** Checks assessments read from the document {@code source}; throws every problem found. */
  static void check(List<Assessment> all, IndicatorCodes codes, String source) {
    ProblemCollector problems = new ProblemCollector();
    Map<Key, Integer> firstAt = new HashMap<>();
    Map<String, Integer> cityAt = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      Assessment a = all.get(i);
      String path = "$.assessments[" + i + "]";
      Problem.Builder at = Problem.builder().source(source).column(path).city(a.city().id()).assessor(a.assessorId());
      if (!a.instrumentId().equals(codes.instrumentId())) {
        problems.add(copy(at).field("instrumentId").value(a.instrumentId())
            .message("does not match the instrument " + codes.instrumentId() + " the file is read against").build());
      }
      String notIso = codes.countryProblem(a.city().country());
      if (notIso != null) {
        problems.add(copy(at).column(path + ".city").field("country").value(a.city().country()).message(notIso).build());
      }
      for (int r = 0; r < a.responses().size(); r++) {
        Response resp = a.responses().get(r);
        if (!codes.has(resp.indicator())) {
          problems.add(Problem.builder().source(source).column(path + ".responses[" + r + "]").city(a.city().id())
              .assessor(a.assessorId()).field("indicator").value(resp.indicator()).message(codes.unknown()).build());
        }
      }
      Integer dup = firstAt.putIfAbsent(new Key(a.city().id(), a.assessorId(), a.date().orElse(null)), i);
      if (dup != null) {
        problems.add(copy(at).message(a.date().isPresent()
            ? "duplicate assessment: this city, assessor and date already appear at $.assessments[" + dup + "]"
            : "duplicate assessment: this city and assessor, without a date, already appear at $.assessments[" + dup
                + "] (give them different dates)").build());
      }
      Integer first = cityAt.putIfAbsent(a.city().id(), i);
      if (first != null) {
        City before = all.get(first).city();
        String where = " given for the same city id at $.assessments[" + first + "]";
        diff(problems, at, path, "name", a.city(), before, City::name, where);
        diff(problems, at, path, "country", a.city(), before, City::country, where);
        diff(problems, at, path, "population", a.city(), before,
            c -> c.population().isPresent() ? Long.toString(c.population().getAsLong()) : "", where);
        diff(problems, at, path, "sizeClass", a.city(), before, c -> c.sizeClass().orElse(""), where);
        diff(problems, at, path, "region", a.city(), before, c -> c.region().orElse(""), where);
      }
    }
    problems.throwIfAny();
  }

  private static void diff(ProblemCollector problems, Problem.Builder at, String path, String field, City now,
      City before, Function<City, String> value, String where) {
    String n = value.apply(now);
    String b = value.apply(before);
    if (!n.equals(b)) {
      problems.add(copy(at).column(path + ".city").field(field).value(n)
          .message("differs from \"" + b + "\"" + where).build());
    }
  }

  private static Problem.Builder copy(Problem.Builder at) {
    return Problem.builder().from(at.message("x").build());
  }

  private record Key(String city, String assessor, LocalDate date) {
    Key {
      Objects.requireNonNull(city);
    }
  }
}
