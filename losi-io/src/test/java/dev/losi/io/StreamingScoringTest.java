package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.Score;
import dev.losi.core.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reference scoring cases of {@code ScorerTest} (hand computations: the exact boundaries 1/4, 2/4, 3/4
 * and the 69 of 92 = 0.75) run through the streaming path from CSV (long and wide) and XLSX bytes,
 * and the problems of bad input still name file and line.
 */
class StreamingScoringTest {

  private static Indicator ind(String code) {
    return Indicator.builder().code(code).title("t").criterion("TEC").channelScope(ChannelScope.CHANNEL_INDEPENDENT)
        .build();
  }

  private static List<CityScore> score(Instrument ins, Scorer scorer, String csv) throws IOException {
    return Assessments.reader(ins).withAdjustments(scorer.adjustments())
        .score(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", scorer);
  }

  /** Hand computation: with four unit weights, 0..4 present is 0, 1/4, 2/4, 3/4, 1, boundaries included. */
  @Test
  void boundariesAreExactOnTheStreamingPath() throws IOException {
    Instrument four = Instrument.builder().id("T-4").editionYear(2024).title("Four").addCriteria(Criterion.TECHNOLOGY)
        .addIndicators(ind("a"), ind("b"), ind("c"), ind("d")).build();
    StringBuilder wide = new StringBuilder("city_id,city_name,country,assessor,a,b,c,d\n");
    for (int present = 0; present <= 4; present++) {
      wide.append("C").append(present).append(",City,BRA,A");
      for (int i = 0; i < 4; i++) {
        wide.append(i < present ? ",1" : ",0");
      }
      wide.append('\n');
    }
    List<CityScore> s = score(four, Scorer.of(four), wide.toString());
    Level[] expected = {Level.LOW, Level.MIDDLE, Level.HIGH, Level.VERY_HIGH, Level.VERY_HIGH};
    for (int present = 0; present <= 4; present++) {
      assertEquals(present / 4.0, s.get(present).losi());
      assertEquals(expected[present], s.get(present).level(), present + "/4");
    }
  }

  /** The example, from a long CSV: 69 present of 95, 3 excluded: standard 69/95 HIGH, adjusted 69/92 = 0.75. */
  @Test
  void sixtyNineOfNinetyTwoIsVeryHighOnTheStreamingPath() throws IOException {
    Instrument.Builder b = Instrument.builder().id("T-95").editionYear(2024).title("95").addCriteria(Criterion.TECHNOLOGY);
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value\n");
    for (int i = 95; i >= 1; i--) { // rows in reverse order: grouping does not depend on it
      b.addIndicators(ind("i" + (96 - i)));
      csv.append("C1,Alpha,BRA,A,i").append(i).append(',').append(i <= 69 ? "1" : i <= 92 ? "0" : "NA").append('\n');
    }
    Instrument ins = b.build();
    List<CountryAdjustment> excl = new ArrayList<>();
    for (int i = 93; i <= 95; i++) {
      excl.add(CountryAdjustment.builder().id("E" + i).country("BRA").instrumentId("T-95")
          .kind(AdjustmentKind.EXCLUDE_INDICATOR).indicator("i" + i).rationale("national service")
          .decidedBy("team").decidedOn(LocalDate.of(2025, 1, 1)).build());
    }
    CityScore s = score(ins, Scorer.of(ins).withAdjustments(excl), csv.toString()).get(0);
    Score adjusted = s.adjusted().orElseThrow().score();
    assertEquals(List.of(new Score(69, 95), Level.HIGH, new Score(69, 92), 0.75, Level.VERY_HIGH),
        List.of(s.standard(), s.level(), adjusted, adjusted.value(), adjusted.level()));
  }

  /** XLSX bytes written by {@link AssessmentXlsx}: the streaming scores equal the object path's. */
  @Test
  void xlsxStreamsToTheSameScores() throws IOException {
    Instrument ins = Instruments.load("LOSI-2024");
    List<Assessment> all = AssessmentCsv.reader(ins).read(csvOf(ins), "a.csv");
    ByteArrayOutputStream x = new ByteArrayOutputStream();
    AssessmentXlsx.writer().write(all, x);
    Scorer scorer = Scorer.of(ins);
    List<CityScore> streamed = Assessments.reader(ins).score(new ByteArrayInputStream(x.toByteArray()), "a.xlsx", scorer);
    assertEquals(scorer.scoreAll(all), streamed);
    assertEquals(4, streamed.size());
  }

  /** A long CSV of LOSI-2024: cities 1 and 2, assessors A and B, indicator k present when (k + city) % 3 == 0. */
  private static String csvOf(Instrument ins) {
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value\n");
    for (int c = 1; c <= 2; c++) {
      for (String a : List.of("A", "B")) {
        for (int k = 0; k < ins.size(); k++) {
          csv.append("C").append(c).append(",City,BRA,").append(a).append(',').append(ins.indicators().get(k).code())
              .append((k + c) % 3 == 0 ? ",1\n" : ",0\n");
        }
      }
    }
    return csv.toString();
  }

  /** Every problem is collected, with the file and line, before anything is scored. */
  @Test
  void problemsNameFileAndLine() {
    Instrument ins = Instrument.builder().id("T-2").editionYear(2024).title("Two").addCriteria(Criterion.TECHNOLOGY)
        .addIndicators(ind("a"), ind("b")).build();
    String csv = "city_id,city_name,country,assessor,indicator,value\n"
        + "C1,Alpha,BRA,A,a,1\n"
        + "C1,Alpha,BRA,A,a,0\n"
        + "C1,Alpha,BRA,A,b,2\n";
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> score(ins, Scorer.of(ins), csv));
    assertEquals(List.of(
        "a.csv:3: city \"C1\" assessor \"A\" indicator \"a\": duplicate row: this city, assessor and indicator already"
            + " appear on line 2",
        "a.csv:4: city \"C1\" assessor \"A\" indicator \"b\": value \"2\" " + AssessmentCells.VALUE_CODES),
        e.problems().stream().map(Object::toString).toList());
  }
}
