package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Assessment;
import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.Response;
import dev.losi.io.Assessments;
import dev.losi.stats.review.AnswerCoding;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.ReviewSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The byte-level read of {@code losi agreement --assessments} ({@link Assessments.Reader#readInInstrumentOrder}:
 * packed answers, then the evidence URL and note of the rows that have them) and the object path
 * ({@link Assessments.Reader#read}) give the same review: the same assessments in the same order (each one's
 * responses compared by indicator, since the order of rows is the one thing allowed to differ), the same review
 * JSON byte for byte (coefficients, per city, disagreements with every assessor's evidence), or the same problems
 * in the same order. Over random instruments, one to three assessors per city (some dated, some twice for a
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
      Outcome slow = outcome(() -> reader.read(file), ins, settings);
      Outcome fast = outcome(() -> reader.readInInstrumentOrder(file, bytes -> { }), ins, settings);
      assertEquals(slow.problems, fast.problems, csv);
      assertEquals(slow.assessments, fast.assessments, csv);
      assertEquals(slow.json, fast.json, csv);
    } finally {
      Files.delete(file);
    }
  }

  private interface Read {
    List<Assessment> read() throws IOException;
  }

  /** The problems, or the assessments (responses sorted by indicator code) and the review's JSON. */
  private record Outcome(List<Problem> problems, List<List<Object>> assessments, String json) {}

  private static Outcome outcome(Read read, Instrument ins, ReviewSettings settings) throws IOException {
    try {
      List<Assessment> list = read.read();
      List<List<Object>> flat = new ArrayList<>();
      for (Assessment a : list) {
        List<Response> rs = new ArrayList<>(a.responses());
        rs.sort(Comparator.comparing(Response::indicator));
        flat.add(List.of(a.city(), a.instrumentId(), a.assessorId(), a.date(), rs));
      }
      String json;
      try {
        json = StatisticsJson.review(AssessmentReview.of(ins, list, settings));
      } catch (LosiValidationException e) {
        json = "review problems: " + e.problems();
      }
      return new Outcome(List.of(), flat, json);
    } catch (LosiValidationException e) {
      return new Outcome(e.problems(), List.of(), "");
    }
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
