package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.io.Assessments;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentAnswers;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.ReviewSettings;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The packed read of {@code losi agreement --assessments} ({@link Assessments.Reader#readPacked}: the byte-level
 * scan's packed answers, then the evidence URL and note of the rows that have them, into {@link AssessmentAnswers})
 * and the object path ({@link Assessments.Reader#read}, the review and intervals of the assessments) give the
 * same review JSON byte for byte (coefficients, per city, disagreements with every assessor's answer and
 * evidence) and the same city intervals, or the same problems in the same order. Over random instruments, one to three assessors per city (some dated, some twice for a
 * city on two dates), answers left out, rows shuffled, URLs and notes with the delimiter, doubled quotes, a
 * formula-neutralised apostrophe and a non-ASCII letter, CRLF line ends and a byte order mark, and bad rows: an
 * unknown value code, an unknown indicator, a duplicate row, a city field that differs, a row of the wrong width.
 */
class ReviewReadingProperties {

  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION);
  private static final String[] VALUES = {"1", "0", "NA", "", "1", "0"};
  private static final String[] CHANNELS = {"", "", "MGP", "SOCIAL_MEDIA", "MGP|SOCIAL_MEDIA"};
  private static final String[] TEXTS = {"", "", "", "https://x.example/a", "\"seen, twice\"", "\"said \"\"no\"\"\"",
      "'=SUM(A1)", "Z\u00fcrich note"};

  @Property(tries = 300)
  void byteLevelReadGivesTheObjectPathsReview(@ForAll long seed) throws IOException {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(8);
    Instrument.Builder b = Instrument.builder().id("P").editionYear(2024).title("random").addAllCriteria(CRITERIA);
    for (int i = 0; i < n; i++) {
      b.addIndicators(Indicator.builder().code("#" + i).title("t").criterion(CRITERIA.get(r.nextInt(2)).code())
          .channelScope(r.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT).weight(1).build());
    }
    Instrument ins = b.build();
    String csv = file(r, n);
    Path file = Files.createTempFile("review", ".csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      Assessments.Reader reader = Assessments.reader(ins);
      ReviewSettings settings = new ReviewSettings(0.05, r.nextBoolean() ? AnswerCoding.SCORED : AnswerCoding.AS_ANSWERED);
      Outcome slow = outcome(reader, file, ins, settings);
      Outcome fast = packed(reader, file, ins, settings);
      assertEquals(slow.problems, fast.problems, csv);
      assertEquals(slow.json, fast.json, csv);
      assertEquals(slow.intervals, fast.intervals, csv);
    } finally {
      Files.delete(file);
    }
  }

  /** The problems, or the review's JSON (its problems when it has any) and the city intervals. */
  private record Outcome(List<Problem> problems, String json, Object intervals) {}

  /** The object path: the general reader's assessments, reviewed and scored as objects. */
  private static Outcome outcome(Assessments.Reader reader, Path file, Instrument ins, ReviewSettings settings)
      throws IOException {
    try {
      List<Assessment> list = reader.read(file);
      return outcome(() -> AssessmentReview.of(ins, list, settings),
          () -> CityLosiInterval.of(ins, list, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95));
    } catch (LosiValidationException e) {
      return new Outcome(e.problems(), "", List.of());
    }
  }

  /** The packed path of {@code losi agreement --assessments}. */
  private static Outcome packed(Assessments.Reader reader, Path file, Instrument ins, ReviewSettings settings)
      throws IOException {
    try {
      AssessmentAnswers.Builder b = AssessmentAnswers.builder(ins);
      reader.readPacked(file, bytes -> { }, b::add);
      AssessmentAnswers answers = b.build();
      return outcome(() -> AssessmentReview.of(answers, settings),
          () -> CityLosiInterval.of(answers, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95));
    } catch (LosiValidationException e) {
      return new Outcome(e.problems(), "", List.of());
    }
  }

  private static Outcome outcome(Supplier<AssessmentReview> review, Supplier<Object> intervals) {
    String json;
    try {
      json = StatisticsJson.review(review.get());
    } catch (LosiValidationException e) {
      json = "review problems: " + e.problems();
    }
    Object losi;
    try {
      losi = intervals.get();
    } catch (LosiValidationException e) {
      losi = "scoring problems: " + e.problems();
    }
    return new Outcome(List.of(), json, losi);
  }

  private static String file(Random r, int n) {
    List<String> lines = new ArrayList<>();
    int cities = 1 + r.nextInt(4);
    for (int c = 1; c <= cities; c++) {
      List<String> assessors = new ArrayList<>(List.of("A", "B", "C").subList(0, 1 + r.nextInt(3)));
      if (r.nextInt(8) == 0) {
        assessors.add("A"); // the same assessor on another date: two assessments of one city for the review
      }
      for (int k = 0; k < assessors.size(); k++) {
        String date = k == 3 ? "2024-02-01" : r.nextInt(4) == 0 ? "2024-01-01" : "";
        String city = "C" + c + ",City " + c + "," + (c % 2 == 0 ? "ARG" : "BRA") + "," + assessors.get(k) + "," + date;
        for (int i = 0; i < n; i++) {
          if (r.nextInt(10) != 0) {
            lines.add(city + ",#" + i + "," + VALUES[r.nextInt(VALUES.length)] + "," + CHANNELS[r.nextInt(CHANNELS.length)]
                + "," + TEXTS[r.nextInt(TEXTS.length)] + "," + TEXTS[r.nextInt(TEXTS.length)]);
          }
        }
      }
    }
    Collections.shuffle(lines, r);
    for (int k = r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0; k > 0 && !lines.isEmpty(); k--) {
      int at = r.nextInt(lines.size());
      String row = lines.get(at);
      switch (r.nextInt(5)) {
        case 0 -> lines.set(at, row.replaceFirst(",#(\\d+),[^,]*,", ",#$1,2,"));
        case 1 -> lines.set(at, row.replaceFirst(",#\\d+,", ",#99,"));
        case 2 -> lines.add(r.nextInt(lines.size() + 1), row);
        case 3 -> lines.set(at, row.replaceFirst(",City \\d+,", ",Other,"));
        default -> lines.set(at, row + ",extra");
      }
    }
    lines.add(0, "city_id,city_name,country,assessor,date,indicator,value,evidence_channel,evidence_url,note");
    String sep = r.nextInt(4) == 0 ? "\r\n" : "\n";
    String text = String.join(sep, lines) + (r.nextInt(5) == 0 ? "" : sep);
    return r.nextInt(6) == 0 ? "\uFEFF" + text : text;
  }
}
