package dev.losi.stats.io;

import dev.losi.io.CsvFormat;
import dev.losi.io.CsvTable;
import dev.losi.io.RecordedResults;
import dev.losi.io.IsoCountries;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.results.RecordedResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The two CSV inputs of the OSI-LOSI study ({@code losi correlate --scores FILE --osi FILE}).
 *
 * <ul>
 *   <li>City scores: a city column ({@code city}, else {@code city_name}, else {@code city_id}),
 *       {@code country} (ISO 3166-1 alpha-3 code or UN name; a three-letter upper-case code must be
 *       assigned by ISO 3166-1, a user-assigned one is accepted only when asked to), {@code losi} in [0, 1], and optional
 *       {@code criterion_<code>} sub-indices (an empty cell is no sub-index); the CSV of
 *       {@code losi score} fits. A results table of {@code losi score --format csv} (its {@code points},
 *       {@code maximum}, {@code rating_class} and {@code reference_basis} columns tell it) is read by the
 *       strict results reader {@link RecordedResults}, which also checks that each LOSI follows from its
 *       points and maximum; its city is {@code city_name}.</li>
 *   <li>National OSI values: {@code country} and an OSI column ({@code osi} in the UN EGDI data).</li>
 * </ul>
 *
 * <p>Numbers are plain decimals with a point ({@code 0.391}, {@code 1e-3}), finite, at most 100
 * characters. Every problem is reported with file, line and column.
 *
 * @since 0.1.0
 */
public final class StudyCsv {

  private static final String NEED_NUMBER = "every row needs a number in both columns";
  /** Columns only a results table of {@code losi score} has. */
  private static final List<String> RESULTS_COLUMNS = List.of("points", "maximum", "rating_class", "reference_basis");

  private StudyCsv() {}

  /**
   * Reads city scores.
   *
   * @param file the city-scores CSV; its path as given names it in problems
   * @return the rows in file order, each with its source and line
   * @throws LosiValidationException listing every problem: a missing column, a cell that is not a number,
   *     a row {@link CityScoreRow} refuses
   */
  public static List<CityScoreRow> cityScores(Path file) {
    return cityScores(file, "");
  }

  /**
   * Reads city scores from prefixed columns: with {@code "adjusted_"}, the LOSI is read from
   * {@code adjusted_losi} and the criteria from {@code adjusted_criterion_<code>} (the adjusted score of
   * the {@code losi score} CSV); with {@code ""}, as {@link #cityScores(Path)}.
   *
   * @param prefix {@code ""} or {@code "adjusted_"}
   * @param file the city-scores CSV; its path as given names it in problems
   * @return the rows in file order, each with its source and line
   * @throws LosiValidationException as {@link #cityScores(Path)}, naming the prefixed columns
   */
  public static List<CityScoreRow> cityScores(Path file, String prefix) {
    return cityScores(file, prefix, false);
  }

  /**
   * Reads city scores as {@link #cityScores(Path, String)} does, accepting user-assigned country codes
   * (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ) when {@code allowUserAssignedCountries}.
   *
   * @param prefix {@code ""} or {@code "adjusted_"}
   * @param file the city-scores CSV; its path as given names it in problems
   * @param allowUserAssignedCountries whether user-assigned ISO 3166-1 codes are accepted as countries
   * @return the rows in file order, each with its source and line
   * @throws LosiValidationException as {@link #cityScores(Path)}
   */
  public static List<CityScoreRow> cityScores(Path file, String prefix, boolean allowUserAssignedCountries) {
    return cityScores(CsvTable.read(file), prefix, () -> Files.newInputStream(file), file.toString(),
        allowUserAssignedCountries);
  }

  /**
   * Reads city scores from CSV bytes (UTF-8; not closed), for standard input, as {@link #cityScores(Path, String)}.
   *
   * @param source names the bytes in problems and in {@link CityScoreRow#source()}, for example {@code -}
   * @param in the CSV bytes, read to the end
   * @param prefix {@code ""} or {@code "adjusted_"}
   * @return the rows in input order, each with its source and line
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static List<CityScoreRow> cityScores(InputStream in, String source, String prefix) throws IOException {
    return cityScores(in, source, prefix, false);
  }

  /**
   * Reads city scores from CSV bytes as {@link #cityScores(InputStream, String, String)} does, accepting
   * user-assigned country codes when {@code allowUserAssignedCountries}.
   *
   * @param in the CSV bytes, read to the end
   * @param source names the bytes in problems and in {@link CityScoreRow#source()}, for example {@code -}
   * @param prefix {@code ""} or {@code "adjusted_"}
   * @param allowUserAssignedCountries whether user-assigned ISO 3166-1 codes are accepted as countries
   * @return the rows in input order, each with its source and line
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static List<CityScoreRow> cityScores(InputStream in, String source, String prefix,
      boolean allowUserAssignedCountries) throws IOException {
    byte[] all = in.readAllBytes(); // read once; a results table is read again, from memory, by the strict reader
    return cityScores(CsvTable.read(new ByteArrayInputStream(all), source, CsvFormat.standard()), prefix,
        () -> new ByteArrayInputStream(all), source, allowUserAssignedCountries);
  }

  /** Opens the input again, for the strict results reader. */
  private interface Reopen {
    InputStream open() throws IOException;
  }

  private static List<CityScoreRow> cityScores(CsvTable t, String prefix, Reopen bytes, String source,
      boolean allowUserAssignedCountries) {
    String losiCol = prefix + "losi";
    String critPrefix = prefix + "criterion_";
    if (RESULTS_COLUMNS.stream().allMatch(t::has) && t.has(prefix + "losi")) {
      return fromResults(bytes, source, t, prefix);
    }
    ProblemCollector problems = new ProblemCollector();
    String cityCol = t.first("city", "city_name", "city_id").orElse(null);
    for (String[] need : new String[][] {{"city (or city_name, city_id)", cityCol},
        {"country", t.has("country") ? "country" : null}, {losiCol, t.has(losiCol) ? losiCol : null}}) {
      if (need[1] == null) {
        problems.add(t.atHeader().column(need[0].split(" ")[0])
            .message("is a required column (" + need[0] + ") and is missing; columns are " + t.header()).build());
      }
    }
    problems.throwIfAny();
    List<String> criteria = t.header().stream().filter(h -> h.startsWith(critPrefix)).toList();
    List<CityScoreRow> out = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      OptionalDouble losi = t.number(r, losiCol, NEED_NUMBER, problems);
      CityScoreRow.Builder b = CityScoreRow.builder().city(t.cell(r, cityCol)).country(t.cell(r, "country"))
          .source(t.source()).line(r.line());
      boolean ok = losi.isPresent() & country(t, r, allowUserAssignedCountries, problems);
      for (String c : criteria) {
        if (t.cell(r, c).isEmpty()) {
          continue;
        }
        OptionalDouble v = t.number(r, c, NEED_NUMBER, problems);
        if (v.isPresent()) {
          b.putCriterion(c.substring(critPrefix.length()), v.getAsDouble());
        } else {
          ok = false;
        }
      }
      if (ok) {
        add(() -> out.add(b.losi(losi.getAsDouble()).build()), problems);
      }
    }
    problems.throwIfAny();
    return out;
  }

  /**
   * City scores of a results table, read by {@link RecordedResults#readCsv(InputStream, String, CsvFormat)}
   * (problems name {@code file} as given, with line and column); each row keeps its line from {@code t}, the
   * same records in the same order. With {@code "adjusted_"}, a row without an adjusted LOSI is a problem.
   */
  private static List<CityScoreRow> fromResults(Reopen bytes, String source, CsvTable t, String prefix) {
    List<RecordedResult> results;
    try (InputStream in = bytes.open()) {
      results = RecordedResults.readCsv(in, source, CsvFormat.standard());
    } catch (IOException e) {
      throw new LosiValidationException(List.of(Problem.builder().source(source)
          .message("cannot be read: " + e.getMessage()).build()));
    }
    boolean lines = results.size() == t.rows().size();
    ProblemCollector problems = new ProblemCollector();
    List<CityScoreRow> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      RecordedResult r = results.get(i);
      CityScoreRow.Builder b = CityScoreRow.builder().city(r.city().name()).country(r.city().country())
          .source(t.source());
      if (lines) {
        b.line(t.rows().get(i).line());
      }
      double losi;
      Map<String, Double> criteria;
      if (prefix.isEmpty()) {
        losi = r.losi();
        criteria = r.byCriterion();
      } else if (r.adjusted().isPresent()) {
        losi = r.adjusted().get().score().value();
        criteria = r.adjusted().get().byCriterion();
      } else {
        Problem.Builder at = Problem.builder().source(t.source()).column(prefix + "losi")
            .message("is empty: no adjustment applies to city " + r.city().id() + ", so it has no adjusted LOSI");
        if (lines) {
          at.line(t.rows().get(i).line());
        }
        problems.add(at.build());
        continue;
      }
      criteria.forEach(b::putCriterion);
      add(() -> out.add(b.losi(losi).build()), problems);
    }
    problems.throwIfAny();
    return out;
  }

  /**
   * Reads national OSI values.
   *
   * @param osiColumn the column holding the OSI, for example {@code osi}
   * @param file the national OSI CSV; its path as given names it in problems
   * @return the rows in file order, each with its source and line
   * @throws LosiValidationException listing every problem: a missing column, a cell that is not a number,
   *     a row {@link CountryOsiRow} refuses
   */
  public static List<CountryOsiRow> countryOsi(Path file, String osiColumn) {
    return countryOsi(file, osiColumn, false);
  }

  /**
   * Reads national OSI values as {@link #countryOsi(Path, String)} does, accepting user-assigned country
   * codes (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ) when {@code allowUserAssignedCountries}.
   *
   * @param osiColumn the column holding the OSI, for example {@code osi}
   * @param file the national OSI CSV; its path as given names it in problems
   * @param allowUserAssignedCountries whether user-assigned ISO 3166-1 codes are accepted as countries
   * @return the rows in file order, each with its source and line
   * @throws LosiValidationException as {@link #countryOsi(Path, String)}
   */
  public static List<CountryOsiRow> countryOsi(Path file, String osiColumn, boolean allowUserAssignedCountries) {
    return countryOsi(CsvTable.read(file), osiColumn, allowUserAssignedCountries);
  }

  /**
   * Reads national OSI values from CSV bytes (UTF-8; not closed), for standard input, as
   * {@link #countryOsi(Path, String)}.
   *
   * @param source names the bytes in problems and in {@link CountryOsiRow#source()}, for example {@code -}
   * @param in the CSV bytes, read to the end
   * @param osiColumn the column holding the OSI, for example {@code osi}
   * @return the rows in input order, each with its source and line
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static List<CountryOsiRow> countryOsi(InputStream in, String source, String osiColumn) throws IOException {
    return countryOsi(in, source, osiColumn, false);
  }

  /**
   * Reads national OSI values from CSV bytes as {@link #countryOsi(InputStream, String, String)} does,
   * accepting user-assigned country codes when {@code allowUserAssignedCountries}.
   *
   * @param in the CSV bytes, read to the end
   * @param source names the bytes in problems and in {@link CountryOsiRow#source()}, for example {@code -}
   * @param osiColumn the column holding the OSI, for example {@code osi}
   * @param allowUserAssignedCountries whether user-assigned ISO 3166-1 codes are accepted as countries
   * @return the rows in input order, each with its source and line
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static List<CountryOsiRow> countryOsi(InputStream in, String source, String osiColumn,
      boolean allowUserAssignedCountries) throws IOException {
    return countryOsi(CsvTable.read(in, source, CsvFormat.standard()), osiColumn, allowUserAssignedCountries);
  }

  private static List<CountryOsiRow> countryOsi(CsvTable t, String osiColumn, boolean allowUserAssignedCountries) {
    ProblemCollector problems = new ProblemCollector();
    for (String c : List.of("country", osiColumn)) {
      if (!t.has(c)) {
        problems.add(t.atHeader().column(c).message("is a required column and is missing; columns are " + t.header())
            .build());
      }
    }
    problems.throwIfAny();
    List<CountryOsiRow> out = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      OptionalDouble v = t.number(r, osiColumn, NEED_NUMBER, problems);
      if (country(t, r, allowUserAssignedCountries, problems) && v.isPresent()) {
        add(() -> out.add(CountryOsiRow.builder().country(t.cell(r, "country")).osi(v.getAsDouble())
            .source(t.source()).line(r.line()).build()), problems);
      }
    }
    problems.throwIfAny();
    return out;
  }

  /**
   * Checks a row's country cell: a three-upper-case-letter cell must be an ISO 3166-1 alpha-3 code
   * ({@link IsoCountries}); a name ({@code Denmark}) is left to the study's join.
   */
  private static boolean country(CsvTable t, CsvTable.Row r, boolean userAssigned, ProblemCollector problems) {
    String country = t.cell(r, "country");
    Optional<String> refusal = IsoCountries.refusal(country, userAssigned);
    refusal.ifPresent(m -> problems.add(t.at(r).column("country").field("country").value(country).message(m).build()));
    return refusal.isEmpty();
  }

  private static void add(Runnable build, ProblemCollector problems) {
    try {
      build.run();
    } catch (LosiValidationException e) {
      problems.addAll(e);
    }
  }
}
