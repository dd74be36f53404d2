package dev.losi.stats.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.MissingAnswerPolicy;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.core.scoring.Scorer;
import dev.losi.stats.uncertainty.CityLosiInterval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The packed input as a byte-level reader fills it ({@link AssessmentAnswers.Builder#add(Assessment, int[], Map)}:
 * headers without the responses to the instrument's indicators, packed answers, and only the evidence that says
 * more than its channels) gives the review and the city intervals of the assessments themselves
 * ({@link AssessmentReview#of(Instrument, List, ReviewSettings)}, which {@link PackedViewsProperties} checks against
 * the object implementation {@link ObjectReview}): the same disagreements with every assessor's answer and
 * evidence, the same cities and counts, the same reports, or the same problems in the same order. Over random
 * instruments, one to three assessors per city, answers left out, evidence on and off the portal, with a URL or a
 * note (with and without channels), both codings, and bad input (an assessor twice for a city, another instrument, an
 * unknown indicator, a city id with other details).
 */
class AssessmentAnswersProperties {

  private static final List<Criterion> CRITERIA = List.of(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.TECHNOLOGY);

  @Property(tries = 300)
  void sparsePackedInputGivesTheReviewOfTheAssessments(@ForAll long seed) {
    Random rnd = new Random(seed);
    Instrument ins = instrument(rnd);
    List<Assessment> as = assessments(rnd, ins);
    ReviewSettings settings = new ReviewSettings(0.05, rnd.nextBoolean() ? AnswerCoding.SCORED : AnswerCoding.AS_ANSWERED);
    AssessmentAnswers sparse = sparse(ins, as);
    assertEquals(outcome(() -> describe(ObjectReview.of(ins, as, settings))), outcome(() -> {
      AssessmentReview r = AssessmentReview.of(sparse, settings);
      return describe(new ObjectReview.Result(r.overall(), r.byIndicator(), r.byCriterion(), r.byCity(),
          r.byAssessorPair(), r.disagreements()));
    }));
    assertEquals(outcome(() -> means(Scorer.of(ins).withMissingAnswers(MissingAnswerPolicy.COUNT_AS_ABSENT).scoreAll(as))),
        outcome(() -> CityLosiInterval.of(sparse, List.of(), MissingAnswerPolicy.COUNT_AS_ABSENT, 0.95).stream()
            .map(x -> x.city().id() + " " + x.assessors() + " " + Double.doubleToLongBits(x.losi())).toList().toString()));
  }

  /** Each city's number of assessors and mean LOSI (its bits), by city id, from the scores of the assessments. */
  private static String means(List<CityScore> scores) {
    Map<String, List<Double>> byCity = new TreeMap<>();
    scores.forEach(s -> byCity.computeIfAbsent(s.city().id(), k -> new ArrayList<>()).add(s.standard().value()));
    List<String> out = new ArrayList<>();
    byCity.forEach((id, v) -> {
      double sum = 0;
      for (double x : v) {
        sum += x;
      }
      out.add(id + " " + v.size() + " " + Double.doubleToLongBits(sum / v.size()));
    });
    return out.toString();
  }

  @Example
  void aPackedAnswerOfTheWrongLengthOrValueIsRefused() {
    Instrument ins = instrument(new Random(1));
    Assessment header = Assessment.builder().city(City.of("C1", "City 1", "BRA")).instrumentId(ins.id())
        .assessorId("A").build();
    AssessmentAnswers.Builder b = AssessmentAnswers.builder(ins);
    assertThrows(IllegalArgumentException.class, () -> b.add(header, new int[ins.size() + 1], Map.of()));
    int[] bad = new int[ins.size()];
    bad[0] = Answer.values().length; // no answer has this ordinal
    assertThrows(IllegalArgumentException.class, () -> b.add(header, bad, Map.of()));
    assertThrows(IllegalArgumentException.class, () -> b.add(header, new int[ins.size()],
        Map.of(ins.size(), Evidence.on(Channel.MGP))));
    assertEquals(0, b.build().count());
  }

  /**
   * Exact enumeration of the packed values a reader may hand on: every answer with every channel mask
   * ({@link PackedAnswers#pack(Answer, int)}, 4 x 64 values) is accepted; any other int of the low 16 bits, and
   * a channel bit above the known channels or a negative value, is refused.
   */
  @Example
  void exactlyThePackedAnswersAreAccepted() {
    Instrument ins = instrument(new Random(2));
    Assessment header = Assessment.builder().city(City.of("C1", "City 1", "BRA")).instrumentId(ins.id())
        .assessorId("A").build();
    java.util.Set<Integer> packed = new java.util.HashSet<>();
    for (Answer a : Answer.values()) {
      for (int mask = 0; mask < 1 << Channel.values().length; mask++) {
        packed.add(PackedAnswers.pack(a, mask));
      }
    }
    List<Integer> candidates = new ArrayList<>();
    for (int p = 0; p < 1 << 16; p++) {
      candidates.add(p);
    }
    candidates.addAll(List.of(1 << 14, 1 << 20, Integer.MIN_VALUE, -1, Integer.MAX_VALUE));
    int accepted = 0;
    for (int p : candidates) {
      int[] one = new int[ins.size()];
      one[0] = p;
      AssessmentAnswers.Builder b = AssessmentAnswers.builder(ins);
      if (packed.contains(p)) {
        b.add(header, one, Map.of());
        accepted++;
      } else {
        assertThrows(IllegalArgumentException.class, () -> b.add(header, one, Map.of()), "packed " + p);
      }
    }
    assertEquals(Answer.values().length << Channel.values().length, accepted);
  }

  /**
   * The assessments as a byte-level reader hands them on: packed, with only the evidence that says more than its
   * channels (a URL or a note).
   */
  private static AssessmentAnswers sparse(Instrument ins, List<Assessment> as) {
    AssessmentAnswers.Builder b = AssessmentAnswers.builder(ins);
    for (Assessment a : as) {
      int[] packed = new int[ins.size()];
      PackedAnswers.pack(ins, a, packed, 0);
      Map<Integer, Evidence> texts = new HashMap<>();
      List<Response> local = new ArrayList<>();
      for (Response r : a.responses()) {
        int i = ins.indexOf(r.indicator());
        if (i < 0) {
          local.add(r);
        } else if (r.evidence().isPresent() && !justChannels(r.evidence().get())) {
          texts.put(i, r.evidence().get());
        }
      }
      b.add(Assessment.builder().from(a).responses(local).build(), packed, texts);
    }
    return b.build();
  }

  /** True for evidence that names channels and says nothing else: what packed channels stand for. */
  private static boolean justChannels(Evidence e) {
    return !e.channels().isEmpty() && e.equals(Evidence.builder().channels(e.channels()).build());
  }

  private static String outcome(Supplier<String> s) {
    try {
      return s.get();
    } catch (LosiValidationException e) {
      return "problems: " + e.problems();
    }
  }

  private static String describe(ObjectReview.Result r) {
    StringBuilder sb = new StringBuilder();
    List<GroupAgreement> groups = new ArrayList<>(List.of(r.overall()));
    groups.addAll(r.byIndicator());
    groups.addAll(r.byCriterion());
    groups.addAll(r.byPair());
    for (GroupAgreement g : groups) {
      sb.append(g.key()).append(' ').append(g.itemsCompared()).append(' ').append(g.itemsDisagreeing()).append(' ')
          .append(g.report().results()).append('\n');
    }
    for (CityAgreement c : r.byCity()) {
      sb.append(c.city()).append(c.assessorIds()).append(c.itemsCompared()).append(' ').append(c.itemsDisagreeing())
          .append(' ').append(c.alert()).append(' ').append(c.report().results()).append('\n');
    }
    r.disagreements().forEach(d -> sb.append(d).append('\n'));
    return sb.toString();
  }

  private static Instrument instrument(Random rnd) {
    Instrument.Builder b = Instrument.builder().id("R-1").editionYear(2024).title("Random instrument")
        .addAllCriteria(CRITERIA);
    int n = 1 + rnd.nextInt(7);
    for (int i = 0; i < n; i++) {
      b.addIndicators(Indicator.builder().code("#" + (i + 1)).title("Feature " + (i + 1))
          .criterion(CRITERIA.get(rnd.nextInt(2)).code()).weight(1)
          .channelScope(rnd.nextBoolean() ? ChannelScope.MGP_SPECIFIC : ChannelScope.CHANNEL_INDEPENDENT).build());
    }
    return b.build();
  }

  private static List<Assessment> assessments(Random rnd, Instrument ins) {
    List<Assessment> out = new ArrayList<>();
    boolean bad = rnd.nextInt(6) == 0;
    for (int c = 0; c < 1 + rnd.nextInt(5); c++) {
      City city = City.of("C" + c, "City " + c, "BRA");
      for (String who : List.of("A", "B", "C").subList(0, 1 + rnd.nextInt(3))) {
        out.add(assessment(rnd, ins, city, who, ins.id(), false));
      }
      if (bad && rnd.nextBoolean()) {
        switch (rnd.nextInt(4)) {
          case 0 -> out.add(assessment(rnd, ins, city, "A", ins.id(), false));
          case 1 -> out.add(assessment(rnd, ins, city, "Y", "OTHER-1", false));
          case 2 -> out.add(assessment(rnd, ins, City.of("C" + c, "Other", "BRA"), "Y", ins.id(), false));
          default -> out.add(assessment(rnd, ins, city, "Y", ins.id(), true));
        }
      }
    }
    java.util.Collections.shuffle(out, rnd);
    return out;
  }

  private static final Answer[] ANSWERS = {Answer.NOT_ASSESSED, Answer.PRESENT, Answer.PRESENT, Answer.PRESENT,
      Answer.ABSENT, Answer.ABSENT, Answer.NOT_APPLICABLE};

  /** A random assessment: about one indicator in eight without a response, then answers with random evidence. */
  private static Assessment assessment(Random rnd, Instrument ins, City city, String who, String instrumentId,
      boolean unknownIndicator) {
    List<Evidence> evidence = java.util.Arrays.asList(null, Evidence.on(Channel.MGP),
        Evidence.on(Channel.SOCIAL_MEDIA, Channel.MOBILE_APP),
        Evidence.builder().addChannels(Channel.MGP).url("https://x.example/m").build(),
        Evidence.builder().addChannels(Channel.OTHER).note("seen, " + who).build(),
        Evidence.builder().url("https://x.example/" + who).build());
    Assessment.Builder b = Assessment.builder().city(city).instrumentId(instrumentId).assessorId(who);
    ins.indicators().stream().filter(ind -> rnd.nextInt(8) != 0).forEach(ind -> {
      Evidence e = evidence.get(rnd.nextInt(evidence.size()));
      Answer a = ANSWERS[rnd.nextInt(ANSWERS.length)];
      b.addResponses(e == null ? Response.of(ind.code(), a) : Response.of(ind.code(), a, e));
    });
    if (unknownIndicator) {
      b.addResponses(Response.of("#99", Answer.PRESENT));
    }
    return b.build();
  }
}
