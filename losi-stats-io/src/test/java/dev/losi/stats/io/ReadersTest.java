package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Answer;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.stats.agreement.Agreement;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.review.ReviewerDecision;
import dev.losi.stats.study.CityScoreRow;
import dev.losi.stats.study.CountryOsiRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV readers: what they accept, and every problem with file, line and column. */
class ReadersTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<String> problems(Supplier<?> read) {
    LosiValidationException e = assertThrows(LosiValidationException.class, read::get);
    return e.problems().stream().map(Problem::toString).toList();
  }

  /** Issue 9: 1e999 overflows a double; it is reported at its file, line and column, not as "pair N". */
  @Test
  void pairedDataRefusesOverflowAtItsLine() throws IOException {
    Path p = file("p.csv", "a,b\n1,2\n1e999,3\n2,x\n,4\n");
    String name = p.toString();
    assertEquals(List.of(
        name + ":3:a: a \"1e999\" is out of range: a number must be finite, at most about 1.8e308 in magnitude",
        name + ":4:b: b \"x\" is not a number (decimal point, e.g. 0.391)",
        name + ":5:a: is empty; every row needs a number in both columns"), problems(() -> PairedData.read(p, "a", "b")));
  }

  @Test
  void pairedDataReadsBothColumnsInRowOrder() throws IOException {
    PairedData d = PairedData.read(file("p.csv", "id;b;a\nr1;0.5;-2\nr2;1E-3;+.25\n"), "a", "b");
    assertEquals(2, d.size());
    assertArrayEquals(new double[] {-2, 0.25}, d.x());
    assertArrayEquals(new double[] {0.5, 0.001}, d.y());
    assertEquals(List.of(d.source() + ":1:c: is not a column of the file; columns are [id, b, a]"),
        problems(() -> PairedData.read(Path.of(d.source()), "a", "c")));
  }

  /** A number text longer than the one limit (100 characters) is refused, whatever its digits. */
  @Test
  void numberLimitIsOneForEveryReader() throws IOException {
    String longNumber = "0." + "1".repeat(120);
    Path osi = file("osi.csv", "country,osi\nDNK," + longNumber + "\n");
    List<String> ps = problems(() -> StudyCsv.countryOsi(osi, "osi"));
    assertEquals(1, ps.size());
    assertEquals(osi + ":2:osi: osi \"0.111111111111111111...\" is a number text of 122 characters; at most 100 are read",
        ps.get(0));
  }

  @Test
  void studyInputs() throws IOException {
    List<CityScoreRow> cities = StudyCsv.cityScores(file("s.csv",
        "city_name,country,losi,criterion_IF\nCopenhagen,DNK,0.9063,0.875\nTallinn,Estonia,0.5,\n"));
    assertEquals(2, cities.size());
    assertEquals("Copenhagen", cities.get(0).city());
    assertEquals(0.875, cities.get(0).criteria().get("IF"), 0);
    assertEquals(0, cities.get(1).criteria().size());
    assertEquals(3L, cities.get(1).line().getAsLong());
    List<CountryOsiRow> osi = StudyCsv.countryOsi(file("o.csv", "country,osi\nDenmark,0.99924\n"), "osi");
    assertEquals(0.99924, osi.get(0).osi(), 0);
    Path bad = file("b.csv", "town,losi\nX,1e999\n");
    assertEquals(List.of(bad + ":1:city: is a required column (city (or city_name, city_id)) and is missing; columns are"
        + " [town, losi]", bad + ":1:country: is a required column (country) and is missing; columns are [town, losi]"),
        problems(() -> StudyCsv.cityScores(bad)));
  }

  /**
   * A results table of {@code losi score --format csv} (header and first row copied from the CLI golden
   * correlate-study-scores.out) is read by the strict results reader: the city is city_name, the LOSI and
   * criteria are those written; a LOSI that does not follow from its points and maximum (52/95 =
   * 0.5473684210526316 by hand, not 0.6) is refused with file and line, which the column reader accepted.
   */
  @Test
  void aResultsTableIsReadByTheStrictResultsReader() throws IOException {
    String header = "city_id,city_name,country,population,size_class,region,assessor,instrument,losi,points,maximum,"
        + "level,rating_class,rank,criterion_IF,criterion_CP,criterion_SP,criterion_PE,criterion_TEC,"
        + "scope_CHANNEL_INDEPENDENT,scope_MGP_SPECIFIC,present,absent,not_applicable,not_assessed,"
        + "not_assessed_counted_absent,downgrades,not_applicable_without_adjustment,rank_in_country,rank_in_region,"
        + "rank_in_size_class,reference_basis,reference_size\n";
    String row = "SYN-BRA-01,Calonda,BRA,,,,panel,LOSI-2024,0.5473684210526316,52,95,HIGH,H2,1,0.625,0.65625,"
        + "0.5454545454545454,0.4444444444444444,0.4,0.5806451612903226,0.53125,53,42,0,0,0,#289:SOCIAL_MEDIA,,1,,,"
        + "CITIES,1\n";
    List<CityScoreRow> cities = StudyCsv.cityScores(file("results.csv", header + row));
    assertEquals(1, cities.size());
    assertEquals("Calonda", cities.get(0).city());
    assertEquals("BRA", cities.get(0).country());
    assertEquals(0.5473684210526316, cities.get(0).losi(), 0);
    assertEquals(0.65625, cities.get(0).criteria().get("CP"), 0);
    assertEquals(2L, cities.get(0).line().getAsLong());
    Path bad = file("bad-results.csv", header + row.replace("0.5473684210526316", "0.6"));
    List<String> ps = problems(() -> StudyCsv.cityScores(bad));
    assertEquals(1, ps.size(), ps::toString);
    assertTrue(ps.get(0).startsWith(bad + ":2:"), ps::toString);
    assertTrue(ps.get(0).contains("losi"), ps::toString);
  }

  /**
   * Reliability data: every problem at once, each with its line (issue 15, item 22): an empty cell, a value
   * outside the declared categories, a second rating of one unit by one rater.
   */
  @Test
  void reliabilityDataReportsEveryProblemWithItsLine() throws IOException {
    Path p = file("r.csv", "unit,rater,value\n1,A,low\n1,B,\n1,A,high\n2,A,mid\n2,B,top\n");
    String n = p.toString();
    assertEquals(List.of(n + ":3:value: is empty; leave out the row of a missing rating instead",
        n + ":6: value \"top\" at unit \"2\", rater \"B\" is not one of [low, mid, high]",
        n + ":4: value \"high\" unit \"1\", rater \"A\" is rated more than once (first low); give one rating per unit and rater"),
        problems(() -> ReliabilityCsv.read(p, MeasurementLevel.ORDINAL, List.of("low", "mid", "high"))));
  }

  /** Without categories, labels at the ordinal level are refused, and each label is named at its line. */
  @Test
  void labelsAtAnOrderedLevelNameTheirLines() throws IOException {
    Path p = file("r.csv", "unit,rater,value\n1,A,1\n1,B,b\n");
    String n = p.toString();
    assertEquals(List.of(n + ":value: --level \"ordinal\" the ordinal level needs ordered categories; the scale [1, b] is nominal",
        n + ":3:value: value \"b\" is not a number, which the ordinal level needs; declare ordered categories with"
            + " --categories to use labels"), problems(() -> ReliabilityCsv.read(p, MeasurementLevel.ORDINAL)));
  }

  /**
   * Issue 15, item 13: the number of categories q enters Bennett's S = (p_o - 1/q)/(1 - 1/q). Two raters
   * agree on 3 of 4 units (p_o = 3/4) using values 1 and 2: inferred q = 2 gives S = (0.75 - 0.5)/0.5 = 0.5;
   * declared categories 1..5 give S = (0.75 - 0.2)/0.8 = 0.6875 (hand computation).
   */
  @Test
  void declaredCategoriesEnterBennettsS() throws IOException {
    Path p = file("r.csv", "unit,rater,value\n1,A,1\n1,B,1\n2,A,2\n2,B,2\n3,A,1\n3,B,1\n4,A,1\n4,B,2\n");
    ReliabilityData inferred = ReliabilityCsv.read(p, MeasurementLevel.NOMINAL);
    assertEquals(2, inferred.scale().size());
    assertEquals(0.5, Agreement.bennettS(inferred).estimate().value(), 1e-15);
    ReliabilityData declared = ReliabilityCsv.read(p, MeasurementLevel.NOMINAL, List.of("1", "2", "3", "4", "5"));
    assertEquals(5, declared.scale().size());
    assertEquals(0.6875, Agreement.bennettS(declared).estimate().value(), 1e-15);
  }

  @Test
  void decisionsAcceptTheAnswerCodesOfAnswerParse() throws IOException {
    List<ReviewerDecision> ds = ReviewerDecisions.read("d.csv", new ByteArrayInputStream(
        ("city,indicator,answer,reviewer,note\nX,#1,1,R,\nX,#2,absent,R,why\nX,#3,Not applicable,R,\n")
            .getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(Answer.PRESENT, Answer.ABSENT, Answer.NOT_APPLICABLE), ds.stream().map(ReviewerDecision::answer).toList());
    assertEquals("why", ds.get(1).note().orElseThrow());
    assertEquals("d.csv", ds.get(1).source().orElseThrow());
    assertEquals(3L, ds.get(1).line().getAsLong());
    Path bad = file("d.csv", "city,indicator,answer,reviewer\nX,#1,,R\nX,#2,yes,R\nX,#3,NOT_ASSESSED,R\nX,#4,0,\n");
    String n = bad.toString();
    assertEquals(List.of(n + ":2: city \"X\" indicator \"#1\": answer \"\" is empty: the reviewer must decide 1, 0 or NA (leave the reviewer blank too to keep the item pending)",
        n + ":3: city \"X\" indicator \"#2\": answer \"yes\" is not one of 1, 0, NA",
        n + ":4: city \"X\" indicator \"#3\": answer \"NOT_ASSESSED\" is not one of 1, 0, NA",
        n + ":5: city \"X\" indicator \"#4\": reviewer must not be blank: every decision names its reviewer"),
        problems(() -> ReviewerDecisions.read(bad)));
  }
}
