package dev.losi.stats.io;

import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.stats.agreement.ClusterBootstrap;
import dev.losi.stats.agreement.Coefficient;
import dev.losi.stats.review.AssessmentReview;
import dev.losi.stats.review.AssessorAnswer;
import dev.losi.stats.review.CityAgreement;
import dev.losi.stats.review.Disagreement;
import dev.losi.stats.review.GroupAgreement;
import dev.losi.stats.review.ReviewBootstrap;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

/**
 * The JSON of an assessor review ({@link StatisticsJson#review(AssessmentReview, ReviewBootstrap, List)}),
 * written straight to a {@link JsonOut}, one value at a time, with no tree in between; a large review in three
 * parts at once (see {@link #review(JsonOut, AssessmentReview, ReviewBootstrap, List, int)}). Its agreement
 * reports and estimates are written by {@link AgreementJson}. Key names and order are those documented in
 * {@code docs/agreement.md} and {@code docs/cli.md}; the text is the one the earlier tree writer gave (property
 * {@code AgreementJsonProperties}).
 */
final class ReviewJson {

  private ReviewJson() {}

  /** Below this many cities a review is written on one thread: a thread of its own would not pay. */
  private static final int CITIES_FOR_TWO_THREADS = 256;

  /** See {@link StatisticsJson#review(AssessmentReview, ReviewBootstrap, List)}. */
  static void review(JsonOut g, AssessmentReview r, ReviewBootstrap boot, List<CityLosiInterval.Result> losi)
      throws IOException {
    review(g, r, boot, losi, 1);
  }

  /**
   * See {@link StatisticsJson#writeReview(AssessmentReview, ReviewBootstrap, List, java.io.Writer, int)}: with
   * {@code threads >= 2} and a large review, what follows {@code by_city} is written on a thread of its own into
   * a buffer while {@code by_city} is written here, then appended: the same text.
   */
  static void review(JsonOut g, AssessmentReview r, ReviewBootstrap boot, List<CityLosiInterval.Result> losi,
      int threads) throws IOException {
    review(g, r, boot, losi, threads, CITIES_FOR_TWO_THREADS);
  }

  /** As above, with two threads from {@code minCities} cities (the tests take both paths on small reviews). */
  static void review(JsonOut g, AssessmentReview r, ReviewBootstrap boot, List<CityLosiInterval.Result> losi,
      int threads, int minCities) throws IOException {
    g.writeStartObject();
    reviewHead(g, r);
    if (threads < 2 || r.byCity().size() < minCities) {
      byCity(g, r);
      reviewTail(g, r, boot, losi);
    } else {
      // three parts at once: the entries after by_city (a continuation of the review object) and the second half
      // of by_city (a continuation of its array), each on a thread of its own into memory, the first half of
      // by_city here; then the second half and the rest follow, as one writer would have written them
      JsonOut.Chunks tailText = new JsonOut.Chunks();
      JsonOut tail = g.continuation(tailText);
      FutureTask<Void> rest = started("losi-json-review", () -> reviewTail(tail, r, boot, losi));
      if (r.byCity().size() < 2) {
        byCity(g, r);
      } else {
        byCityInHalves(g, r.byCity());
      }
      await(rest);
      g.append(tail, tailText);
    }
    g.writeEndObject();
  }

  /** The entries after {@code by_city}: the rest of the review, the city intervals and the bootstrap. */
  private static void reviewTail(JsonOut g, AssessmentReview r, ReviewBootstrap boot,
      List<CityLosiInterval.Result> losi) throws IOException {
    reviewAfterCities(g, r);
    if (!losi.isEmpty()) {
      g.writeArrayFieldStart("city_losi");
      for (CityLosiInterval.Result c : losi) {
        g.writeStartObject();
        g.writeStringField("city", c.city().id());
        g.writeNumberField("assessors", c.assessors());
        if (c.estimate().isDefined()) {
          AgreementJson.estimateFields(g, c.estimate(), null);
        } else {
          g.writeNumberField("value", c.losi()); // the mean LOSI in the place of the undefined estimate's null
          g.writeStringField("undefined_reason", c.estimate().undefinedReason().orElseThrow());
        }
        g.writeBooleanField("ci95_clipped", c.clipped());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (boot != null) {
      g.writeObjectFieldStart("cluster_bootstrap");
      g.writeNumberField("replicates", boot.replicates());
      g.writeNumberField("seed", boot.seed());
      g.writeStringField("unit", "city");
      g.writeFieldName("overall");
      intervals(g, boot.overall());
      g.writeObjectFieldStart("by_criterion");
      for (Map.Entry<String, Map<Coefficient, ClusterBootstrap.Result>> e : boot.byCriterion().entrySet()) {
        g.writeFieldName(e.getKey());
        intervals(g, e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("by_indicator");
      for (Map.Entry<String, Map<Coefficient, ClusterBootstrap.Result>> e : boot.byIndicator().entrySet()) {
        g.writeFieldName(e.getKey());
        intervals(g, e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void intervals(JsonOut g, Map<Coefficient, ClusterBootstrap.Result> results) throws IOException {
    g.writeStartObject();
    for (Map.Entry<Coefficient, ClusterBootstrap.Result> e : results.entrySet()) {
      ClusterBootstrap.Result r = e.getValue();
      g.writeObjectFieldStart(e.getKey().key());
      if (r.point().isDefined()) {
        g.writeNumberField("value", r.point().value());
      } else {
        g.writeNullField("value");
      }
      interval(g, "analytic", r.analytic());
      interval(g, "bootstrap", r.bootstrap());
      g.writeNumberField("undefined_replicates", r.undefinedReplicates());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void interval(JsonOut g, String key, Optional<ClusterBootstrap.ClippedInterval> ci)
      throws IOException {
    if (ci.isEmpty()) {
      g.writeNullField(key + "_ci95");
      return;
    }
    AgreementJson.pair(g, key + "_ci95", ci.get().interval());
    g.writeStringField(key + "_method", ci.get().interval().method());
    g.writeBooleanField(key + "_clipped", ci.get().clipped());
  }

  /** See {@link StatisticsJson#review(AssessmentReview)}. */
  static void review(JsonOut g, AssessmentReview r) throws IOException {
    g.writeStartObject();
    reviewFields(g, r);
    g.writeEndObject();
  }

  private static void reviewFields(JsonOut g, AssessmentReview r) throws IOException {
    reviewHead(g, r);
    byCity(g, r);
    reviewAfterCities(g, r);
  }

  private static void reviewHead(JsonOut g, AssessmentReview r) throws IOException {
    g.writeStringField("instrument", r.instrument().id());
    g.writeNumberField("threshold", r.settings().alertThreshold());
    g.writeStringField("coding", r.settings().coding().name().toLowerCase(Locale.ROOT));
    g.writeFieldName("overall");
    group(g, r.overall());
    groups(g, "by_indicator", r.byIndicator());
    groups(g, "by_criterion", r.byCriterion());
  }

  private static void byCity(JsonOut g, AssessmentReview r) throws IOException {
    g.writeArrayFieldStart("by_city");
    for (CityAgreement c : r.byCity()) {
      city(g, c);
    }
    g.writeEndArray();
  }

  /**
   * {@code by_city} of two or more cities: the second half written on a thread of its own into memory (a
   * continuation of the array) while the first is written here, then appended.
   */
  private static void byCityInHalves(JsonOut g, List<CityAgreement> cities) throws IOException {
    int half = cities.size() / 2;
    g.writeArrayFieldStart("by_city");
    JsonOut.Chunks laterText = new JsonOut.Chunks();
    JsonOut later = g.continuation(laterText);
    FutureTask<Void> secondHalf = started("losi-json-cities", () -> {
      for (CityAgreement c : cities.subList(half, cities.size())) {
        city(later, c);
      }
    });
    for (CityAgreement c : cities.subList(0, half)) {
      city(g, c);
    }
    await(secondHalf);
    g.append(later, laterText);
    g.writeEndArray();
  }

  /** One city of {@code by_city}. */
  private static void city(JsonOut g, CityAgreement c) throws IOException {
    g.writeStartObject();
    g.writeStringField("city", c.city().id());
    g.writeStringField("name", c.city().name());
    AgreementJson.strings(g, "assessors", c.assessorIds());
    g.writeNumberField("items_compared", c.itemsCompared());
    g.writeNumberField("items_disagreeing", c.itemsDisagreeing());
    g.writeNumberField("items_not_compared", c.itemsNotCompared());
    share(g, c.rawDisagreement());
    g.writeBooleanField("alert", c.alert());
    g.writeFieldName("coefficients");
    AgreementJson.report(g, c.report());
    g.writeEndObject();
  }

  /** What a part written on a thread of its own does. */
  private interface Part {
    void write() throws IOException;
  }

  /** {@code part} running on a daemon thread of this name. */
  private static FutureTask<Void> started(String name, Part part) {
    FutureTask<Void> task = new FutureTask<>(() -> {
      part.write();
      return null;
    });
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return task;
  }

  /** Waits for a part, and throws what it threw. */
  private static void await(FutureTask<Void> part) throws IOException {
    try {
      part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the review's JSON was written");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException x) {
        throw x;
      }
      if (c instanceof RuntimeException x) {
        throw x;
      }
      if (c instanceof Error x) {
        throw x;
      }
      throw new IllegalStateException(c);
    }
  }

  private static void reviewAfterCities(JsonOut g, AssessmentReview r) throws IOException {
    groups(g, "by_assessor_pair", r.byAssessorPair());
    g.writeArrayFieldStart("alerts");
    for (CityAgreement c : r.alerts()) {
      g.writeString(c.city().id());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("disagreements");
    for (Disagreement d : r.disagreements()) {
      g.writeStartObject();
      g.writeStringField("city", d.city().id());
      g.writeStringField("indicator", d.indicator().code());
      g.writeStringField("criterion", d.indicator().criterion());
      answers(g, d.answers());
      g.writeEndObject();
    }
    g.writeEndArray();
    AgreementJson.cities(g, "single_assessor_cities", r.singleAssessorCities());
  }

  private static void groups(JsonOut g, String name, List<GroupAgreement> groups) throws IOException {
    g.writeArrayFieldStart(name);
    for (GroupAgreement x : groups) {
      group(g, x);
    }
    g.writeEndArray();
  }

  private static void group(JsonOut g, GroupAgreement x) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", x.key());
    g.writeStringField("label", x.label());
    g.writeNumberField("items_compared", x.itemsCompared());
    g.writeNumberField("items_disagreeing", x.itemsDisagreeing());
    share(g, x.rawDisagreement());
    g.writeFieldName("coefficients");
    AgreementJson.report(g, x.report());
    g.writeEndObject();
  }

  /** {@code raw_disagreement}: the share, or null when nothing was compared. */
  private static void share(JsonOut g, OptionalDouble d) throws IOException {
    if (d.isPresent()) {
      g.writeNumberField("raw_disagreement", d.getAsDouble());
    } else {
      g.writeNullField("raw_disagreement");
    }
  }

  /** {@code answers}: each as {@code {assessor, answer, evidence}}. */
  static void answers(JsonOut g, List<AssessorAnswer> answers) throws IOException {
    g.writeArrayFieldStart("answers");
    for (AssessorAnswer a : answers) {
      g.writeStartObject();
      g.writeStringField("assessor", a.assessorId());
      g.writeStringField("answer", a.answer().name());
      g.writeFieldName("evidence");
      if (a.evidence().isPresent()) {
        evidence(g, a.evidence().get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Per channel mask ({@link Channel#maskOf}), the names of its channels in alphabetical order. */
  private static final List<List<String>> CHANNEL_NAMES = IntStream.range(0, 1 << Channel.values().length)
      .mapToObj(m -> Channel.ofMask(m).stream().map(Channel::name).sorted().toList()).toList();

  private static void evidence(JsonOut g, Evidence e) throws IOException {
    g.writeStartObject();
    AgreementJson.strings(g, "channels", CHANNEL_NAMES.get(Channel.maskOf(e.channels())));
    g.writeStringField("url", e.url().orElse(null));
    g.writeStringField("note", e.note().orElse(null));
    g.writeEndObject();
  }
}
