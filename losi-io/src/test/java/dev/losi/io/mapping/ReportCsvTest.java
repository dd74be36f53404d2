package dev.losi.io.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The city table of a longitudinal report as CSV ({@code losi compare-editions --format csv}), parsed back by
 * a second RFC 4180 implementation (Apache Commons CSV) and checked against the hand computation of
 * {@link ReportJsonTest} on {@link MappingFixtures#aToB()}: city C1 has core 2 of 3 before and after (gained
 * b2, lost b3), official 2/7 before (MIDDLE) and 2/8 = 0.25 after (MIDDLE); C2 is assessed only before and has
 * no row.
 */
class ReportCsvTest {

  private static Assessment assessment(Instrument i, String city, String present) {
    List<Response> rs = new ArrayList<>();
    i.indicators().forEach(x -> rs.add(Response.of(x.code(), present.contains(x.code() + ",") ? Answer.PRESENT : Answer.ABSENT)));
    return Assessment.builder().city(City.of(city, "=City " + city, "BRA")).instrumentId(i.id()).assessorId("UN")
        .responses(rs).build();
  }

  @Test
  void cityTableMatchesTheHandComputation() throws Exception {
    LongitudinalReport r = LongitudinalComparison.compare(MappingFixtures.aToB(),
        List.of(assessment(MappingFixtures.A, "C1", "a1,a3,"), assessment(MappingFixtures.A, "C2", "a1,")),
        List.of(assessment(MappingFixtures.B, "C1", "b1,b2,")), MissingAnswerPolicy.REJECT);
    String csv = MappingCsv.toCsv(r);
    assertTrue(csv.endsWith("\n") && !csv.contains("\r"));
    List<CSVRecord> all = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertEquals(MappingCsv.REPORT_HEADER, all.get(0).toList());
    assertEquals(2, all.size(), "one row per city compared");
    CSVRecord c1 = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
        .getRecords().get(0);
    assertEquals("C1", c1.get("city_id"));
    assertEquals("'=City C1", c1.get("name"), "a formula is neutralised");
    String[] expected = {"core_size", "3", "core_before_present", "2", "core_before_value", Double.toString(2.0 / 3),
        "core_change_in_indicators", "0", "core_change", "0", "gained", "b2", "lost", "b3", "official_before_points", "2",
        "official_before_value", Double.toString(2.0 / 7), "level_before", "MIDDLE", "official_after_value", "0.25",
        "level_after", "MIDDLE"};
    for (int i = 0; i < expected.length; i += 2) {
      assertEquals(expected[i + 1], c1.get(expected[i]), expected[i]);
    }
    assertEquals(csv, MappingCsv.toCsv(r), "same bytes");
  }
}
