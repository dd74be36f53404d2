package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests of the statistics commands' inputs (issue 15, items 9, 12, 13, 19, 22 and the number
 * limits of issue 9); each fails on cb3af66.
 */
class StatisticsInputsTest {

  @TempDir Path dir;
  String instrument;

  @BeforeEach
  void instrument() throws Exception {
    instrument = CliFixture.instrument(dir);
  }

  private Path assessments(String... cityAssessor) throws Exception {
    StringBuilder sb = new StringBuilder(ReviewCommandsTest.HEADER);
    for (String ca : cityAssessor) {
      String[] p = ca.split(" ");
      for (int i = 1; i <= 12; i++) {
        sb.append(p[0]).append(",City ").append(p[0]).append(",DEU,").append(p[1]).append(String.format(",D%02d,", i))
            .append(i % 2).append('\n');
      }
    }
    return Files.writeString(dir.resolve("a.csv"), sb.toString());
  }

  /** Item 12: on cb3af66 this exited 0 with empty tables. */
  @Test
  void agreementNeedsTwoAssessorsAndNamesTheCitiesWithOne() throws Exception {
    Path a = assessments("X A", "Y A");
    Cli r = Cli.run("agreement", "--assessments", a.toString(), "--instrument", instrument);
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains(a + ": has no city with two or more assessors, which agreement needs; the 2 cities"
        + " with only one are X, Y"), r::toString);
    assertEquals("", r.out());
    Cli ok = Cli.run("agreement", "--assessments", assessments("X A", "X B", "Y A").toString(), "--instrument", instrument);
    assertEquals(0, ok.exitCode(), ok::toString);
    assertTrue(ok.out().contains("Not compared (a single assessment): Y"), ok::toString);
  }

  /** Items 9 and 22: on cb3af66 the unknown city and indicator appeared only after the answer was fixed. */
  @Test
  void decisionsReportEveryProblemInOneRun() throws Exception {
    Path a = assessments("X A", "X B");
    Path d = Files.writeString(dir.resolve("d.csv"), "city,indicator,answer,reviewer\nX,D05,2,R\nQ,D05,1,R\nX,D99,1,R\n");
    Cli r = Cli.run("reconcile", "--assessments", a.toString(), "--instrument", instrument, "--decisions", d.toString(),
        "--out", dir.resolve("c.csv").toString());
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals(List.of("losi reconcile: 3 problems in the input; nothing was written:",
        d + ":2: city \"X\" indicator \"D05\": answer \"2\" is not one of 1, 0, NA",
        d + ":3: city \"Q\" indicator \"D05\": city \"Q\" has no assessments to reconcile",
        d + ":4: city \"X\" indicator \"D99\": indicator \"D99\" is not an indicator of SMALL-12"), r.err().lines().toList());
  }

  /** Item 22: on cb3af66 the run stopped at the empty cell, and the label "b" had no line. */
  @Test
  void agreementDataReportsEveryProblemWithItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("r.csv"), "unit,rater,value\n1,A,1\n1,B,\n2,A,b\n2,B,2\n");
    Cli r = Cli.run("agreement", "--data", p.toString(), "--level", "interval");
    assertEquals(2, r.exitCode(), r::toString);
    assertEquals(List.of("losi agreement: 3 problems in the input; nothing was written:",
        p + ":3:value: is empty; leave out the row of a missing rating instead",
        p + ":value: --level \"interval\" the interval level needs numeric categories; the scale [1, b, 2] is not numeric",
        p + ":4:value: value \"b\" is not a number, which the interval level needs; declare ordered categories with"
            + " --categories to use labels"), r.err().lines().toList());
  }

  /**
   * Item 13, hand computation: two raters agree on 3 of 4 units, values 1 and 2 only. Bennett's S =
   * (p_o - 1/q)/(1 - 1/q): inferred q = 2 gives (0.75 - 0.5)/0.5 = 0.5; --categories 1,2,3,4,5 gives
   * (0.75 - 0.2)/0.8 = 0.6875. Labels in a declared order make an ordinal scale.
   */
  @Test
  void declaredCategoriesEnterBennettsS() throws Exception {
    Path p = Files.writeString(dir.resolve("r.csv"), "unit,rater,value\n1,A,1\n1,B,1\n2,A,2\n2,B,2\n3,A,1\n3,B,1\n4,A,1\n4,B,2\n");
    ObjectMapper m = new ObjectMapper();
    Cli inferred = Cli.run("agreement", "--data", p.toString(), "--level", "nominal", "--format", "json");
    assertEquals(0.5, m.readTree(inferred.out()).at("/bennett_s/value").asDouble(), 1e-15, inferred::toString);
    Cli declared = Cli.run("agreement", "--data", p.toString(), "--level", "nominal", "--categories", "1,2,3,4,5",
        "--format", "json");
    assertEquals(0.6875, m.readTree(declared.out()).at("/bennett_s/value").asDouble(), 1e-15, declared::toString);
    Path labels = Files.writeString(dir.resolve("l.csv"), "unit,rater,value\n1,A,low\n1,B,high\n2,A,mid\n2,B,mid\n");
    Cli ordinal = Cli.run("agreement", "--data", labels.toString(), "--level", "ordinal", "--categories", "low,mid,high");
    assertEquals(0, ordinal.exitCode(), ordinal::toString);
    assertTrue(ordinal.out().contains("scale ordinal scale [low, mid, high]"), ordinal::toString);
    Cli outside = Cli.run("agreement", "--data", labels.toString(), "--level", "ordinal", "--categories", "low,high");
    assertEquals(2, outside.exitCode(), outside::toString);
    assertTrue(outside.err().contains(labels + ":4: value \"mid\" at unit \"2\", rater \"A\" is not one of [low, high]"),
        outside::toString);
  }

  /** Item 19: on cb3af66 --bootstrap 2000000000 ended in an OutOfMemoryError. */
  @Test
  void bootstrapIsBounded() throws Exception {
    Path p = Files.writeString(dir.resolve("p.csv"), "unit,rater,value\n1,A,1\n1,B,1\n");
    Cli a = Cli.run("agreement", "--data", p.toString(), "--level", "nominal", "--bootstrap", "100001");
    assertEquals(2, a.exitCode(), a::toString);
    assertTrue(a.err().startsWith("--bootstrap takes at most 100000 replicates, got 100001"), a::toString);
    Cli c = Cli.run("correlate", "--data", p.toString(), "--x", "unit", "--y", "value", "--bootstrap", "2000000000");
    assertEquals(2, c.exitCode(), c::toString);
    assertTrue(c.err().startsWith("--bootstrap takes at most 100000 resamples, got 2000000000"), c::toString);
    assertTrue(Cli.run("agreement", "--help").out().contains("(N from 100 to 100000)"));
    assertTrue(Cli.run("correlate", "--help").out().contains("(100 to 100000)"));
  }

  /** Issue 9: on cb3af66 1e999 passed the reader and failed later as "pair N", without file or line. */
  @Test
  void overflowIsReportedAtItsLine() throws Exception {
    Path p = Files.writeString(dir.resolve("p.csv"), "a,b\n1,2\n2,1e999\n3,4\n");
    Cli r = Cli.run("correlate", "--data", p.toString(), "--x", "a", "--y", "b");
    assertEquals(2, r.exitCode(), r::toString);
    assertTrue(r.err().contains(p + ":3:b: b \"1e999\" is out of range: a number must be finite"), r::toString);
    assertFalse(r.hasStackTrace(), r::toString);
  }
}
