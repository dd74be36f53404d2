package dev.losi.stats.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.io.AssessmentCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test data: a four-indicator instrument, assessments read by losi-io from long CSV, resources and JSON parsing. */
final class Fixture {

  private Fixture() {}

  static final Instrument INSTRUMENT = Instrument.builder().id("T-4").editionYear(2024).title("Test instrument")
      .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION)
      .addIndicators(indicator("#1", "IF"), indicator("#2", "IF"), indicator("#3", "CP"), indicator("#4", "CP"))
      .build();

  private static Indicator indicator(String code, String criterion) {
    return Indicator.builder().code(code).title("Feature " + code).criterion(criterion)
        .channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  /**
   * Assessments from "city assessor answers" triples, one letter per indicator #1..#4: 1 present (with an
   * evidence URL), 0 absent, N not applicable.
   */
  static List<Assessment> assessments(String... cityAssessorAnswers) {
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value,evidence_url\n");
    for (String s : cityAssessorAnswers) {
      String[] p = s.split(" ");
      for (int i = 0; i < p[2].length(); i++) {
        char c = p[2].charAt(i);
        String url = c == '1' ? "https://" + p[0].toLowerCase() + ".example/" + p[1] + "/" + (i + 1) : "";
        csv.append(p[0]).append(",City ").append(p[0]).append(",BRA,").append(p[1]).append(",#").append(i + 1)
            .append(',').append(c == 'N' ? "NA" : String.valueOf(c)).append(',').append(url).append('\n');
      }
    }
    return AssessmentCsv.reader(INSTRUMENT).read(csv.toString(), "a.csv");
  }

  static Path resource(String name) {
    try {
      return Path.of(Fixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
