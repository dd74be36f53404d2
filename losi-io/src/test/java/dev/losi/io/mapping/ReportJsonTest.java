package dev.losi.io.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.mapping.LongitudinalComparison;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.scoring.MissingAnswerPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a longitudinal report, checked against a hand computation on {@link MappingFixtures#aToB()}
 * (core: a1-b1, a2-b2, a3-b3). City C1: before a1, a3 present of 7 = 2/7 (middle: 4*2 >= 7, 2*2 < 7);
 * after b1, b2 present of 8 = 2/8 (middle: 4*2 >= 8). Core 2/3 -> 2/3 (high), gained a2-b2, lost a3-b3.
 * City C2 is assessed only in T-A.
 */
class ReportJsonTest {

  private static Assessment assessment(Instrument i, String city, String present) {
    List<Response> rs = new ArrayList<>();
    i.indicators().forEach(x -> rs.add(Response.of(x.code(), present.contains(x.code() + ",") ? Answer.PRESENT : Answer.ABSENT)));
    return Assessment.builder().city(City.of(city, "City " + city, "BRA")).instrumentId(i.id()).assessorId("UN").responses(rs).build();
  }

  @Test
  void reportAsJson() throws Exception {
    LongitudinalReport r = LongitudinalComparison.compare(MappingFixtures.aToB(),
        List.of(assessment(MappingFixtures.A, "C1", "a1,a3,"), assessment(MappingFixtures.A, "C2", "a1,")),
        List.of(assessment(MappingFixtures.B, "C1", "b1,b2,")), MissingAnswerPolicy.REJECT);
    JsonNode t = new ObjectMapper().readTree(MappingJson.standard().write(r));
    JsonNode c1 = t.get("cities").get(0);
    assertEquals("C1", c1.get("city").textValue());
    assertEquals("{\"present\":2,\"size\":3,\"value\":0.6666666666666666,\"level\":\"HIGH\"}", c1.get("coreBefore").toString());
    assertEquals(0, c1.get("coreChangeInIndicators").intValue());
    assertEquals("[{\"from\":\"a2\",\"to\":\"b2\"}]", c1.get("gained").toString());
    assertEquals("[{\"from\":\"a3\",\"to\":\"b3\"}]", c1.get("lost").toString());
    assertEquals("{\"points\":2,\"maximum\":7,\"value\":0.2857142857142857,\"level\":\"MIDDLE\"}", c1.get("officialBefore").toString());
    assertEquals("{\"points\":2,\"maximum\":8,\"value\":0.25,\"level\":\"MIDDLE\"}", c1.get("officialAfter").toString());
    assertEquals("[[0,0,0,0],[0,0,0,0],[0,0,1,0],[0,0,0,0]]", t.get("officialTransitions").get("counts").toString());
    assertEquals("[[0,0,0,0],[0,1,0,0],[0,0,0,0],[0,0,0,0]]", t.get("coreTransitions").get("counts").toString());
    assertEquals("[\"C2\"]", t.get("onlyBefore").toString());
    assertEquals(3, t.get("commonCore").size());
    assertEquals("{\"code\":\"b8\",\"reason\":\"added: no source in the earlier edition\"}",
        t.get("notComparable").get("to").get(4).toString());
    assertEquals(r.comparabilityNote(), t.get("comparabilityNote").textValue());
  }
}
