package dev.losi.cli.internal;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the long assessments CSV of issue 2 for the command line:
 * {@code city_id,city_name,country,assessor,indicator,value[,evidence_channel,evidence_url,note]} (optional
 * columns {@code instrument}, {@code date} are checked too). One row per city, assessor and indicator;
 * {@code value} is {@code 1} (present), {@code 0} (absent), {@code NA} (not applicable) or blank (not
 * assessed); {@code evidence_channel} holds channel names (MGP, MGP_LINKED_SITE, NATIONAL_PORTAL,
 * MOBILE_APP, SOCIAL_MEDIA, OTHER) separated by {@code |}.
 *
 * <p>Every problem is reported with file, line, city, assessor, indicator and field: a missing column, an
 * unknown indicator code, a bad value or channel, a duplicate row, a city whose name or country differs
 * between rows, a row for another instrument.
 */
public final class LongCsvAssessments {

  /** The required columns, in the documented order. */
  public static final List<String> REQUIRED = List.of("city_id", "city_name", "country", "assessor", "indicator", "value");

  private LongCsvAssessments() {}

  /**
   * Reads the assessments.
   *
   * @param table the parsed CSV
   * @param instrumentId the instrument the assessments are made against
   * @param knownCodes the indicator codes allowed (the instrument's, plus local indicators of adjustments)
   * @throws LosiValidationException listing every problem
   */
  public static List<Assessment> read(CsvTable table, String instrumentId, Set<String> knownCodes) {
    ProblemCollector problems = new ProblemCollector();
    String src = table.source();
    for (String c : REQUIRED) {
      if (!table.has(c)) {
        problems.add(Problem.builder().source(src).line(1).column(c)
            .message("is a required column and is missing; the header must have " + String.join(",", REQUIRED)
                + " (evidence_channel, evidence_url, note optional)").build());
      }
    }
    problems.throwIfAny();
    int cId = table.column("city_id").orElseThrow();
    int cName = table.column("city_name").orElseThrow();
    int cCountry = table.column("country").orElseThrow();
    int cAssessor = table.column("assessor").orElseThrow();
    int cInd = table.column("indicator").orElseThrow();
    int cVal = table.column("value").orElseThrow();
    int cChan = table.column("evidence_channel").orElse(-1);
    int cUrl = table.column("evidence_url").orElse(-1);
    int cNote = table.column("note").orElse(-1);
    int cInstr = table.column("instrument").orElse(-1);

    Map<String, City> cities = new LinkedHashMap<>();
    Map<String, Long> cityLine = new HashMap<>();
    Map<List<String>, List<Response>> groups = new LinkedHashMap<>();
    Map<List<String>, Long> seen = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      List<String> f = row.fields();
      String city = f.get(cId).strip();
      String assessor = f.get(cAssessor).strip();
      String code = f.get(cInd).strip();
      long line = row.line();
      java.util.function.Supplier<Problem.Builder> at = () -> {
        Problem.Builder b = Problem.builder().source(src).line(line);
        if (!city.isEmpty()) {
          b.city(city);
        }
        if (!assessor.isEmpty()) {
          b.assessor(assessor);
        }
        if (!code.isEmpty()) {
          b.indicator(code);
        }
        return b;
      };
      int before = (int) problems.count();
      if (city.isEmpty()) {
        problems.add(at.get().field("city_id").message("is empty; every row needs a city id").build());
      }
      if (assessor.isEmpty()) {
        problems.add(at.get().field("assessor").message("is empty; every row needs an assessor id").build());
      }
      if (code.isEmpty()) {
        problems.add(at.get().field("indicator").message("is empty; every row needs an indicator code").build());
      } else if (!knownCodes.contains(code)) {
        problems.add(at.get().field("indicator").value(code)
            .message("is not an indicator of instrument \"" + instrumentId + "\"").build());
      }
      if (cInstr >= 0) {
        String ins = f.get(cInstr).strip();
        if (!ins.isEmpty() && !ins.equals(instrumentId)) {
          problems.add(at.get().field("instrument").value(ins)
              .message("does not match the instrument being scored, \"" + instrumentId + "\"").build());
        }
      }
      Answer answer = null;
      String v = f.get(cVal).strip();
      switch (v.toUpperCase(Locale.ROOT)) {
        case "1" -> answer = Answer.PRESENT;
        case "0" -> answer = Answer.ABSENT;
        case "NA" -> answer = Answer.NOT_APPLICABLE;
        case "" -> answer = Answer.NOT_ASSESSED;
        default -> problems.add(at.get().field("value").value(v)
            .message("is not one of 1, 0, NA (or blank for not assessed)").build());
      }
      Set<Channel> channels = EnumSet.noneOf(Channel.class);
      if (cChan >= 0) {
        for (String part : f.get(cChan).split("\\|", -1)) {
          String p = part.strip();
          if (p.isEmpty()) {
            continue;
          }
          try {
            channels.add(Channel.valueOf(p.toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            problems.add(at.get().field("evidence_channel").value(p)
                .message("is not a channel; expected MGP, MGP_LINKED_SITE, NATIONAL_PORTAL, MOBILE_APP, SOCIAL_MEDIA"
                    + " or OTHER, several separated by |").build());
          }
        }
      }
      String url = cUrl >= 0 ? f.get(cUrl).strip() : "";
      String note = cNote >= 0 ? f.get(cNote) : "";
      if (!city.isEmpty()) {
        try {
          City c = City.of(city, f.get(cName).strip(), f.get(cCountry).strip());
          City prev = cities.putIfAbsent(city, c);
          if (prev == null) {
            cityLine.put(city, line);
          } else if (!prev.equals(c)) {
            problems.add(at.get().field("city_name/country").value(c.name() + " / " + c.country())
                .message("differs from line " + cityLine.get(city) + " (" + prev.name() + " / " + prev.country()
                    + "); a city id must have one name and country").build());
          }
        } catch (LosiValidationException e) {
          for (Problem p : e.problems()) {
            problems.add(Problem.builder().from(p).source(src).line(line).build());
          }
        }
      }
      if (!city.isEmpty() && !assessor.isEmpty() && !code.isEmpty()) {
        List<String> key = List.of(city, assessor, code);
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
          problems.add(at.get().message("is a duplicate row: the same city, assessor and indicator are on line "
              + first).build());
        }
      }
      if (problems.count() > before) {
        continue;
      }
      Response.Builder r = Response.builder().indicator(code).answer(answer);
      if (!channels.isEmpty() || !url.isEmpty() || !note.isEmpty()) {
        Evidence.Builder e = Evidence.builder().channels(channels);
        if (!url.isEmpty()) {
          e.url(url);
        }
        if (!note.isEmpty()) {
          e.note(note);
        }
        r.evidence(e.build());
      }
      groups.computeIfAbsent(List.of(city, assessor), k -> new ArrayList<>()).add(r.build());
    }
    if (table.rows().isEmpty()) {
      problems.add(Problem.builder().source(src).message("has a header but no data rows").build());
    }
    problems.throwIfAny();
    List<Assessment> out = new ArrayList<>();
    groups.forEach((k, responses) -> out.add(Assessment.builder()
        .city(cities.get(k.get(0))).instrumentId(instrumentId).assessorId(k.get(1))
        .responses(responses).build()));
    return List.copyOf(out);
  }
}
