package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.CompiledInstrument;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assessments of one instrument held as packed answers, the input of {@link AssessmentReview},
 * {@link ReviewBootstrap} and {@link dev.losi.stats.uncertainty.CityLosiInterval}: per assessment, a header
 * (city, instrument id, assessor id, date and the responses to indicators outside the instrument), one
 * {@link PackedAnswers packed answer} per indicator of the instrument (answer and evidence channels), and at
 * least the few evidences that say more than their channels (a URL or a note). A reader that holds answers packed fills
 * it without a {@link Response} object per answer; {@link #of(Instrument, List)} packs assessments.
 *
 * <p>The evidence of an answer is the one given for it, or else, when its channels are not empty, an evidence
 * naming just those channels, or else none. So assessments and their packed form give the same answers,
 * evidence and statistics. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AssessmentAnswers {

  /** The number of answers, counted once ({@code Answer.values()} makes a new array at each call). */
  private static final int ANSWERS = Answer.values().length;
  /** The channel mask of every channel ({@link Channel#maskOf}). */
  private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1;

  private final Instrument instrument;
  private final List<Assessment> headers;
  private final int[][] packed;
  private final List<Map<Integer, Evidence>> evidence;

  private AssessmentAnswers(Builder b) {
    this.instrument = b.instrument;
    this.headers = List.copyOf(b.headers);
    this.packed = b.packed.toArray(new int[0][]);
    this.evidence = List.copyOf(b.evidence);
  }

  /**
   * The assessments packed, in the order given.
   *
   * @param instrument the instrument whose indicators give the positions
   * @param assessments the assessments; responses to indicators outside the instrument stay in their headers
   * @return the packed assessments
   */
  public static AssessmentAnswers of(Instrument instrument, List<Assessment> assessments) {
    Builder b = builder(instrument);
    assessments.forEach(b::add);
    return b.build();
  }

  /**
   * Starts packed assessments of an instrument.
   *
   * @param instrument the instrument whose indicators give the positions
   * @return an empty builder
   */
  public static Builder builder(Instrument instrument) {
    return new Builder(Objects.requireNonNull(instrument, "instrument"));
  }

  /** {@return the instrument whose indicators give the positions} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the number of assessments} */
  public int count() {
    return headers.size();
  }

  /**
   * Scores every assessment, as {@code scorer.scoreAll} of the assessments would: the same scores and the same
   * problems in the same order ({@link Scorer#score(Assessment, int[], ProblemCollector)}).
   *
   * @param scorer a scorer of this instrument
   * @return one score per assessment, in order
   * @throws dev.losi.core.LosiValidationException listing every problem found
   * @throws IllegalArgumentException when the scorer is for another instrument
   */
  public List<CityScore> score(Scorer scorer) {
    if (!scorer.instrument().equals(instrument)) {
      throw new IllegalArgumentException("the scorer is for instrument " + scorer.instrument().id()
          + ", the answers for " + instrument.id());
    }
    ProblemCollector problems = new ProblemCollector();
    List<CityScore> scores = new ArrayList<>(headers.size());
    for (int k = 0; k < headers.size(); k++) {
      CityScore s = scorer.score(headers.get(k), packed[k], problems);
      if (s != null) {
        scores.add(s);
      }
    }
    problems.throwIfAny();
    return List.copyOf(scores);
  }

  /**
   * The standard LOSI of every assessment, in order, through the compiled scoring entry: element {@code k} is
   * {@code CityScore.standard().value()} of assessment {@code k} as {@link #score(Scorer)} gives it with a
   * scorer of this instrument without country adjustments and any missing-answer policy but
   * {@code REJECT} (the policy changes the answer counts, not the standard score), computed by the same
   * {@code CompiledInstrument.score(points(packed, 0)).value()} without building the score objects. Empty
   * when that scoring could report a problem (an assessment of another instrument, a response to an
   * indicator outside the instrument, weights that cannot be scored exactly): the caller then scores through
   * {@link #score(Scorer)}, which reports them.
   *
   * @return one value in [0, 1] per assessment, in order, or empty (see above)
   * @since 0.1.0
   */
  public Optional<double[]> standardValues() {
    CompiledInstrument compiled;
    try {
      compiled = CompiledInstrument.of(instrument);
    } catch (IllegalArgumentException e) { // not exact: Scorer.of reports it
      return Optional.empty();
    }
    if (compiled.maximumUnits() <= 0) {
      return Optional.empty();
    }
    for (Assessment h : headers) {
      if (!h.instrumentId().equals(instrument.id())) {
        return Optional.empty();
      }
      for (Response r : h.responses()) {
        if (!instrument.hasIndicator(r.indicator())) {
          return Optional.empty();
        }
      }
    }
    double[] out = new double[headers.size()];
    Map<Long, Double> values = new HashMap<>(); // one Score per points, as the scorer shares them
    for (int k = 0; k < out.length; k++) {
      long points = compiled.points(packed[k], 0);
      out[k] = values.computeIfAbsent(points, p -> compiled.score(p).value());
    }
    return Optional.of(out);
  }

  /** {@return the city of every assessment, in order} */
  public List<City> cities() {
    List<City> out = new ArrayList<>(headers.size());
    for (Assessment h : headers) {
      out.add(h.city());
    }
    return List.copyOf(out);
  }

  /** The headers, in order. */
  List<Assessment> headers() {
    return headers;
  }

  /** The header of assessment {@code k}. */
  Assessment header(int k) {
    return headers.get(k);
  }

  /** The packed answer of assessment {@code k} to indicator position {@code i}. */
  int packed(int k, int i) {
    return packed[k][i];
  }

  /** The answer of assessment {@code k} to indicator position {@code i}. */
  Answer answer(int k, int i) {
    return PackedAnswers.answerOf(packed[k][i]);
  }

  /** The evidence of assessment {@code k}'s answer to indicator position {@code i} (see the class comment). */
  Optional<Evidence> evidence(int k, int i) {
    Evidence e = evidence.get(k).get(i);
    if (e != null) {
      return Optional.of(e);
    }
    return CHANNELS_ONLY[PackedAnswers.channelsOf(packed[k][i])];
  }

  /** Per channel mask, the evidence of those channels alone (no url, no note); empty for no channel. */
  private static final Optional<Evidence>[] CHANNELS_ONLY = channelsOnly();

  @SuppressWarnings("unchecked")
  private static Optional<Evidence>[] channelsOnly() {
    Optional<Evidence>[] out = new Optional[1 << Channel.values().length];
    out[0] = Optional.empty();
    for (int mask = 1; mask < out.length; mask++) {
      out[mask] = Optional.of(Evidence.builder().channels(Channel.ofMask(mask)).build());
    }
    return out;
  }

  /**
   * Builds {@link AssessmentAnswers}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Instrument instrument;
    private final List<Assessment> headers = new ArrayList<>();
    private final List<int[]> packed = new ArrayList<>();
    private final List<Map<Integer, Evidence>> evidence = new ArrayList<>();

    private Builder(Instrument instrument) {
      this.instrument = instrument;
    }

    /**
     * Adds an assessment, packed: its answers and evidence channels by indicator position, its other evidence
     * kept, its responses to indicators outside the instrument in its header.
     *
     * @param assessment the assessment
     * @return this builder
     */
    public Builder add(Assessment assessment) {
      int[] p = new int[instrument.size()];
      PackedAnswers.pack(instrument, assessment, p, 0);
      Map<Integer, Evidence> given = new HashMap<>();
      for (Response r : assessment.responses()) {
        int i = instrument.indexOf(r.indicator());
        if (i >= 0 && r.evidence().isPresent()) {
          given.put(i, r.evidence().get());
        }
      }
      return add(assessment, p, given);
    }

    /**
     * Adds a packed assessment.
     *
     * @param header the city, instrument id, assessor id and date, and the responses to indicators outside the
     *     instrument (any response to an indicator of the instrument is ignored: {@code packed} stands for it)
     * @param packed one packed answer per indicator of the instrument, in instrument order (not assessed where
     *     none was given), each as {@link PackedAnswers#pack(Answer, int)} makes it; copied
     * @param evidence the evidence given for answers, by indicator position: at least every one that says more
     *     than its channels (a URL or a note); copied; any other answer has evidence naming its channels, or
     *     none when it has none
     * @return this builder
     * @throws IllegalArgumentException when {@code packed} has another length than the instrument, or an
     *     evidence position is not one of the instrument's
     */
    public Builder add(Assessment header, int[] packed, Map<Integer, Evidence> evidence) {
      Objects.requireNonNull(header, "header");
      if (packed.length != instrument.size()) {
        throw new IllegalArgumentException("packed answers: " + packed.length + " for an instrument of "
            + instrument.size() + " indicators");
      }
      for (Integer i : evidence.keySet()) {
        if (i < 0 || i >= instrument.size()) {
          throw new IllegalArgumentException("evidence at position " + i + " of an instrument of "
              + instrument.size() + " indicators");
        }
      }
      int[] own = Arrays.copyOf(packed, packed.length);
      for (int p : own) {
        // what PackedAnswers.pack makes: an answer's ordinal in the low byte, known channel bits above it
        if ((p & 0xFF) >= ANSWERS || (p >>> 8 & ~ALL_CHANNELS) != 0) {
          throw new IllegalArgumentException("not a packed answer: " + p);
        }
      }
      headers.add(header);
      this.packed.add(own);
      this.evidence.add(evidence.isEmpty() ? Map.of() : Map.copyOf(evidence));
      return this;
    }

    /**
     * {@return the packed assessments, in the order added}
     */
    public AssessmentAnswers build() {
      return new AssessmentAnswers(this);
    }
  }
}
