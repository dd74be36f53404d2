package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.Scorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming path ({@link Assessments.Reader#score}: bytes to packed answers to scores) and the object
 * path ({@code Scorer.scoreAll(reader.read(...))}) give identical results: the same scores bit for bit
 * ({@link CityScore} equality compares every double with {@link Double#compare}), or the same problems in
 * the same order. Over random instruments (decimal weights, both channel scopes, sometimes a declared
 * maximum), random cities and assessors (rows shuffled, some answers left out, some dated), random
 * EXCLUDE_INDICATOR, ACCEPT_CHANNEL and REWEIGHT adjustments (some for one city), both missing-answer
 * policies, both CSV layouts, and bad rows: an unknown value code, an unknown indicator, a duplicate row, a
 * city field that differs from the city's first row, a blank assessor, a row of the wrong width. A file is
 * scored a third way, by the byte-level reader ({@link LongCsvScan}, which hands a file with problems to the
 * general reader); its outcome must be the same too. And the file is read by the byte-level reader in parts,
 * cut at random places (each cut moved to just after a line feed, so bad rows, a city's rows, a quoted field
 * holding a line break and empty lines fall on either side of a cut or at it): it must read the same files
 * at the byte level and give the same outcome.
 */
class StreamingScoringProperties {

  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION,
      Criterion.TECHNOLOGY);
  private static final double[] WEIGHTS = {1, 2, 3, 0.5, 0.7, 0.1, 0.8, 0.25, 1.3, 0.05};
  private static final String[] VALUES = {"1", "0", "NA", ""};

  record Case(Instrument instrument, List<CountryAdjustment> adjustments, MissingAnswerPolicy policy, String csv,
      AssessmentLayout layout) {
    @Override
    public String toString() {
      return instrument.size() + " indicators, " + adjustments.size() + " adjustments, " + policy + ", " + layout
          + "\n" + csv;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.longs().map(StreamingScoringProperties::generate);
  }

  private static Case generate(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(12);
    double[] weights = new double[1];
    Instrument.Builder b = indicators(r, n, weights);
    double sum = weights[0];
    if (r.nextInt(3) == 0) {
      b.declaredMaximum(Math.ceil(sum) + 1 + r.nextInt(3));
    }
    Instrument ins = b.build();
    List<CountryAdjustment> adj = adjustments(r, ins);
    boolean wide = r.nextBoolean();
    List<String> lines = new ArrayList<>();
    int cities = 1 + r.nextInt(4);
    for (int c = 1; c <= cities; c++) {
      String country = c % 2 == 0 ? "ARG" : "BRA";
      for (String assessor : List.of("A", "B").subList(0, 1 + r.nextInt(2))) {
        String date = r.nextInt(4) == 0 ? "2024-0" + (1 + r.nextInt(2)) + "-01" : "";
        String city = "C" + c + ",City " + c + "," + country + "," + assessor + "," + date;
        if (wide) {
          lines.add(city + wideCells(r, n));
        } else {
          for (int i = 0; i < n; i++) {
            if (r.nextInt(15) != 0) {
              lines.add(city + ",#" + i + "," + VALUES[r.nextInt(VALUES.length)] + "," + channels(r));
            }
          }
        }
      }
    }
    java.util.Collections.shuffle(lines, r);
    for (int k = r.nextInt(3); k > 0 && !lines.isEmpty(); k--) {
      badRow(r, lines, wide, n);
    }
    String header = "city_id,city_name,country,assessor,date";
    if (wide) {
      StringBuilder h = new StringBuilder(header);
      for (int i = 0; i < n; i++) {
        h.append(",#").append(i).append(",#").append(i).append(":channel");
      }
      header = h.toString();
    } else {
      header += ",indicator,value,evidence_channel";
    }
    lines.add(0, header);
    MissingAnswerPolicy policy = r.nextBoolean() ? MissingAnswerPolicy.REJECT : MissingAnswerPolicy.COUNT_AS_ABSENT;
    return new Case(ins, adj, policy, rarities(r, lines), wide ? AssessmentLayout.WIDE : AssessmentLayout.AUTO);
  }

  /**
   * An instrument of {@code n} random indicators (a weight of {@link #WEIGHTS}, one of the criteria, either
   * scope), their weights' sum in {@code sum[0]}.
   */
  private static Instrument.Builder indicators(Random r, int n, double[] sum) {
    Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
    for (int i = 0; i < n; i++) {
      double w = WEIGHTS[r.nextInt(WEIGHTS.length)];
      sum[0] += w;
      b.addIndicators(Indicator.builder().code("#" + i).title("t").criterion(CRITERIA.get(r.nextInt(3)).code())
          .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT).weight(w)
          .build());
    }
    return b;
  }

  /**
   * The lines as text, sometimes with what a byte-level reader must get right: CRLF line ends, a byte order
   * mark, empty lines, a quoted city name holding the delimiter and a non-ASCII letter, a city id quoted on
   * one row only (the same id spelt two ways), an apostrophe-neutralised value, a quoted city name holding a
   * line break on one row.
   */
  private static String rarities(Random r, List<String> lines) {
    String sep = r.nextInt(4) == 0 ? "\r\n" : "\n";
    String text = String.join(sep, lines) + sep;
    if (r.nextInt(5) == 0) {
      text = text.replace(",City 1,", ",\"Z\u00fcrich, 1\",");
    }
    if (r.nextInt(5) == 0) {
      text = text.replaceFirst(sep + "C2,", sep + "\"C2\",");
    }
    if (r.nextInt(8) == 0) {
      text = text.replaceFirst(",NA,", ",'NA,");
    }
    if (r.nextInt(6) == 0) {
      text = text.replace(sep + "C3,", sep + sep + "C3,");
    }
    if (r.nextInt(10) == 0) {
      text = text.replaceFirst(",City 2,", ",\"City" + sep + "2\",");
    }
    return r.nextInt(6) == 0 ? "\uFEFF" + text : text;
  }

  private static String wideCells(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(',').append(VALUES[r.nextInt(VALUES.length)]).append(',').append(channels(r));
    }
    return sb.toString();
  }

  private static String channels(Random r) {
    if (r.nextBoolean()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (Channel ch : Channel.ofMask(1 + r.nextInt(63))) {
      names.add(ch.name());
    }
    return String.join("|", names);
  }

  /** Spoils one row: a value code, an indicator, a duplicate, a city name, an assessor, the width. */
  private static void badRow(Random r, List<String> lines, boolean wide, int n) {
    int at = r.nextInt(lines.size());
    String row = lines.get(at);
    String[] f = row.split(",", -1);
    switch (r.nextInt(6)) {
      case 0 -> f[wide ? 5 : 6] = "2";
      case 1 -> {
        if (!wide) {
          f[5] = "#99";
        }
      }
      case 2 -> {
        lines.add(r.nextInt(lines.size() + 1), row);
        return;
      }
      case 3 -> f[1] = "Other name";
      case 4 -> f[3] = " ";
      default -> {
        lines.set(at, row + ",extra");
        return;
      }
    }
    lines.set(at, String.join(",", f));
  }

  /**
   * Up to one adjustment per indicator, each with probability 1/4: EXCLUDE_INDICATOR, REWEIGHT, or (for an
   * MGP-specific indicator) ACCEPT_CHANNEL of some non-municipal channels; for country BRA, a quarter of them
   * for one city only.
   */
  private static List<CountryAdjustment> adjustments(Random r, Instrument ins) {
    List<CountryAdjustment> list = new ArrayList<>();
    for (Indicator ind : ins.indicators()) {
      int pick = r.nextInt(12);
      if (pick >= 3) {
        continue;
      }
      List<String> only = r.nextInt(4) == 0 ? List.of(r.nextBoolean() ? "C1" : "C3") : List.of();
      CountryAdjustment.Builder x = CountryAdjustment.builder().id("ADJ-" + ind.code()).country("BRA")
          .instrumentId("P").indicator(ind.code()).addAllCities(only).rationale("r").decidedBy("d")
          .decidedOn(LocalDate.of(2025, 1, 1));
      if (pick == 0) {
        list.add(x.kind(AdjustmentKind.EXCLUDE_INDICATOR).build());
      } else if (pick == 1) {
        list.add(x.kind(AdjustmentKind.REWEIGHT).weight(WEIGHTS[r.nextInt(WEIGHTS.length)]).build());
      } else if (ind.channelScope() == ChannelScope.MGP_SPECIFIC) {
        Set<Channel> accepted = EnumSet.copyOf(Channel.ofMask(4 << r.nextInt(4)));
        list.add(x.kind(AdjustmentKind.ACCEPT_CHANNEL).acceptedChannels(accepted).build());
      }
    }
    return list;
  }

  /** The scores, or the problems (and how many were left out), of one path. */
  private record Outcome(List<CityScore> scores, List<Problem> problems, long omitted) {}

  private interface Path {
    List<CityScore> run() throws IOException;
  }

  private static Outcome outcome(Path path) throws IOException {
    try {
      return new Outcome(path.run(), List.of(), 0);
    } catch (LosiValidationException e) {
      return new Outcome(List.of(), e.problems(), e.omitted());
    }
  }

  private final java.nio.file.Path dir;

  StreamingScoringProperties() throws IOException {
    dir = Files.createTempDirectory("streaming-scoring");
    dir.toFile().deleteOnExit();
  }

  @Property(tries = 400)
  void streamingScoresEqualTheObjectPath(@ForAll("cases") Case c,
      @ForAll @Size(max = 3) List<@DoubleRange(min = 0, max = 1) Double> cuts) throws IOException {
    Scorer scorer = Scorer.of(c.instrument()).withAdjustments(c.adjustments()).withMissingAnswers(c.policy());
    Assessments.Reader reader = Assessments.reader(c.instrument()).withLayout(c.layout()).withAdjustments(c.adjustments());
    byte[] bytes = c.csv().getBytes(StandardCharsets.UTF_8);
    Outcome objects = outcome(() -> scorer.scoreAll(reader.read(new ByteArrayInputStream(bytes), "a.csv")));
    Outcome streamed = outcome(() -> reader.score(new ByteArrayInputStream(bytes), "a.csv", scorer));
    // Scoring-time problems carry no place on the object path; the streaming paths add the file and the
    // line of the city's first row (issue 15 item 5), and nothing else.
    assertEquals(objects, unplaced(objects, streamed), "the streaming reader");
    java.nio.file.Path file = dir.resolve("a.csv");
    Files.write(file, bytes);
    Outcome byteLevel = outcome(() -> reader.score(file, scorer));
    IndicatorCodes codes = IndicatorCodes.of(c.instrument(), c.adjustments());
    boolean handled = LongCsvScan.scan(new ByteArrayInputStream(bytes), c.instrument(), codes, CsvFormat.standard(),
        c.layout(), n -> { }) != null;
    PackedAssessments parts = LongCsvParts.scan(file, c.instrument(), codes, CsvFormat.standard(), c.layout(), n -> { },
        (size, start) -> cuts.stream().mapToLong(f -> (long) (f * size)).sorted().toArray());
    Files.delete(file);
    assertEquals(handled, parts != null, "read at the byte level in parts (cuts " + cuts + ") as in one");
    if (parts != null) {
      assertEquals(objects, outcome(() -> parts.score(scorer)), "the byte-level reader in parts (cuts " + cuts + ")");
    }
    Statistics.label("cuts").collect(cuts.size());
    Statistics.label("byte level").collect(handled ? "read at the byte level" : "handed to the general reader");
    Statistics.label("byte level").coverage(check -> check.check("read at the byte level").percentage(p -> p >= 5));
    assertEquals(objects, unplaced(objects, byteLevel), "the byte-level reader (LongCsvScan) of a file");
    Statistics.label("outcome").collect(objects.problems().isEmpty() ? "scored" : "problems");
    Statistics.label("outcome").coverage(check -> {
      check.check("scored").percentage(p -> p >= 10);
      check.check("problems").percentage(p -> p >= 10);
    });
  }

  /**
   * A file of {@link PackedAssessments#PARALLEL_GROUPS} assessments or more is scored in blocks on several
   * threads: the same scores, or the same problems in the same order (a missing answer under REJECT here and
   * there, more than the collector keeps when many), as the object path, for the byte-level reader of the file.
   */
  @Property(tries = 6)
  void aLargeFileScoredInBlocksEqualsTheObjectPath(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    Instrument ins = indicators(r, 1 + r.nextInt(5), new double[1]).build();
    int n = ins.size();
    List<CountryAdjustment> adj = adjustments(r, ins);
    // missing answers: none, a few (problems under REJECT), or many (more problems than the collector keeps)
    int missEvery = new int[] {0, 997, 3}[r.nextInt(3)];
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,date,indicator,value,evidence_channel\n");
    int groups = 0;
    int row = 0;
    for (int c = 1; groups < PackedAssessments.PARALLEL_GROUPS + 300; c++) {
      for (String assessor : List.of("A", "B").subList(0, 1 + r.nextInt(2))) {
        groups++;
        for (int i = 0; i < n; i++) {
          if (missEvery > 0 && ++row % missEvery == 0) {
            continue;
          }
          csv.append('C').append(c).append(",City ").append(c).append(',').append(c % 2 == 0 ? "ARG" : "BRA")
              .append(',').append(assessor).append(",,#").append(i).append(',').append(VALUES[r.nextInt(3)])
              .append(',').append(channels(r)).append('\n');
        }
      }
    }
    MissingAnswerPolicy policy = r.nextBoolean() ? MissingAnswerPolicy.REJECT : MissingAnswerPolicy.COUNT_AS_ABSENT;
    Scorer scorer = Scorer.of(ins).withAdjustments(adj).withMissingAnswers(policy);
    Assessments.Reader reader = Assessments.reader(ins).withAdjustments(adj);
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    Outcome objects = outcome(() -> scorer.scoreAll(reader.read(new ByteArrayInputStream(bytes), "a.csv")));
    java.nio.file.Path file = dir.resolve("a.csv");
    Files.write(file, bytes);
    IndicatorCodes codes = IndicatorCodes.of(ins, adj);
    PackedAssessments packed = LongCsvParts.scan(file, ins, codes, CsvFormat.standard(), AssessmentLayout.AUTO,
        x -> { });
    Outcome byteLevel = outcome(() -> reader.score(file, scorer));
    Files.delete(file);
    assertTrue(packed != null, "read at the byte level");
    assertEquals(objects, outcome(() -> packed.score(scorer)), "scored in blocks");
    assertEquals(objects, unplaced(objects, byteLevel), "the byte-level reader of the file");
    Statistics.label("outcome").collect(objects.problems().isEmpty() ? "scored" : "problems");
  }

  /**
   * {@code streamed} with the place (file {@code a.csv} and line) that streaming adds to a scoring-time
   * problem taken off again, after checking it is there.
   */
  private static Outcome unplaced(Outcome objects, Outcome streamed) {
    List<Problem> placed = new java.util.ArrayList<>();
    for (int i = 0; i < streamed.problems().size() && i < objects.problems().size(); i++) {
      Problem o = objects.problems().get(i);
      Problem st = streamed.problems().get(i);
      if (o.source().isEmpty()) {
        assertEquals(java.util.Optional.of("a.csv"), st.source(), st::toString);
        assertTrue(st.line().isPresent(), st::toString);
        st = Problem.builder().from(o).build();
      }
      placed.add(st);
    }
    placed.addAll(streamed.problems().subList(placed.size(), streamed.problems().size()));
    return new Outcome(streamed.scores(), placed, streamed.omitted());
  }
}
