package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.core.scoring.Scorer;
import dev.losi.io.internal.Relocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The streaming path's accumulator: rows handed on by a table reader are grouped by city, assessor and date
 * (in order of first appearance, as {@link AssessmentTables.Assembler} groups them) into packed answers
 * ({@link PackedAnswers#pack(dev.losi.core.Answer, int)}) held in one {@link GroupAnswers} store. Nothing per
 * row is kept: the city is the reader's one object per city id, the assessor id is interned, and only
 * responses to local indicators (outside the instrument) are kept as objects.
 *
 * <p>Memory per group: its answers in the store (about 12 bytes an answer up to {@link GroupAnswers#SPARSE}
 * answers, {@code 4 * size} beyond), about 24 bytes of references here, and, on the row path
 * ({@link #accept}), an entry of the city, assessor and date index; whatever the number of rows.
 *
 * <p>{@link #score(Scorer)} hands each group's packed answers to the {@link Scorer}, with the same answers and
 * evidence channels (URL and note, which scoring never reads, are dropped), so the scores and the problems are
 * those of the object path, in the same order.
 */
final class PackedAssessments implements Consumer<AssessmentRow> {

  /** A position no row answered. */
  static final int NOT_GIVEN = GroupAnswers.NOT_GIVEN;

  private final Instrument instrument;
  private final int size;
  private final GroupAnswers answers;
  /** Per group, in order of first appearance. */
  private final List<City> cities = new ArrayList<>();
  private final List<String> instrumentIds = new ArrayList<>();
  private final List<String> assessorOf = new ArrayList<>();
  private final List<LocalDate> dates = new ArrayList<>();
  private long[] lines = new long[16];
  /** The responses to local indicators, by group; only groups that have any. */
  private final Map<Integer, List<Response>> local = new HashMap<>();
  /** The row path's index of groups. */
  private final Map<Key, Integer> groups = new HashMap<>();
  private final Map<String, String> assessors = new HashMap<>();
  /**
   * Set by the byte-level reader: false when no row has a URL or note (the file has no such column, or every
   * such cell is empty), so that there are none to read again ({@link LongCsvTexts}).
   */
  boolean texts = true;

  PackedAssessments(Instrument instrument) {
    this(instrument, new GroupAnswers(instrument.size()));
  }

  /**
   * Packed assessments over the answers of {@code answers}, whose groups are then added in their order with
   * {@link #addGroup} (the byte-level reader, {@link LongCsvScan}).
   */
  PackedAssessments(Instrument instrument, GroupAnswers answers) {
    if (answers.size() != instrument.size()) {
      throw new IllegalArgumentException("packed answers: " + answers.size() + " for " + instrument.size()
          + " indicators");
    }
    this.instrument = instrument;
    this.size = instrument.size();
    this.answers = answers;
  }

  private record Key(String city, String assessor, LocalDate date) {}

  @Override
  public void accept(AssessmentRow row) {
    String assessor = assessors.computeIfAbsent(row.assessorId(), a -> a);
    LocalDate date = row.date().orElse(null);
    Integer known = groups.get(new Key(row.city().id(), assessor, date));
    int g;
    if (known == null) {
      g = answers.add();
      groups.put(new Key(row.city().id(), assessor, date), g);
      describe(g, row.city(), row.instrumentId(), assessor, date, row.line());
    } else {
      g = known;
    }
    Response r = row.response();
    int i = instrument.indexOf(r.indicator());
    if (i < 0) {
      local.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
      return;
    }
    answers.set(g, i, PackedAnswers.pack(r.answer(), r.evidence().map(e -> Channel.maskOf(e.channels())).orElse(0)));
  }

  private void describe(int g, City city, String instrumentId, String assessor, LocalDate date, long line) {
    cities.add(city);
    instrumentIds.add(instrumentId);
    assessorOf.add(assessor);
    dates.add(date);
    if (g == lines.length) {
      lines = Arrays.copyOf(lines, g * 2);
    }
    lines[g] = line;
  }

  /**
   * Describes the next group of the store given to the constructor, which the caller (the byte-level reader,
   * {@link LongCsvScan}) knows to be new: its city, instrument id, assessor and date (null when none).
   */
  void addGroup(City city, String instrumentId, String assessor, LocalDate date) {
    int g = cities.size();
    if (g >= answers.groups()) {
      throw new IllegalStateException("group " + g + " is not in the store of " + answers.groups());
    }
    describe(g, city, instrumentId, assessor, date, -1);
  }

  /** What {@link #forEachGroup} hands on: one group. */
  interface GroupVisitor {
    /**
     * One group: its city, instrument id, assessor, date (null when none), packed answers ({@link #NOT_GIVEN}
     * where no row answered; a buffer reused for the next group, so read it before returning) and responses to
     * local indicators, in file order.
     */
    void group(City city, String instrumentId, String assessor, LocalDate date, int[] packed, List<Response> local);
  }

  /** Hands every group to {@code visitor}, in order of first appearance. */
  void forEachGroup(GroupVisitor visitor) {
    int[] packed = new int[size];
    for (int g = 0; g < cities.size(); g++) {
      answers.copyTo(g, packed, NOT_GIVEN);
      List<Response> mine = local.get(g);
      visitor.group(cities.get(g), instrumentIds.get(g), assessorOf.get(g), dates.get(g), packed,
          mine == null ? List.of() : mine);
    }
  }

  /** The number of groups (assessments) read. */
  int count() {
    return cities.size();
  }

  /**
   * Scores every group with {@code scorer}, releasing each group's city and responses once it is scored: the
   * packed answers go to {@link Scorer#score(Assessment, int[], ProblemCollector)} with an assessment holding
   * only the city, assessor, date and local responses, so the scores and problems are those of
   * {@code scorer.scoreAll} of the assessments, in group order.
   *
   * @throws dev.losi.core.LosiValidationException with every scoring problem, in group order
   */
  List<CityScore> score(Scorer scorer) {
    return score(scorer, null);
  }

  /**
   * Scores as {@link #score(Scorer)}; the scoring problems of a city (missing answers, adjustment checks)
   * are reported at the line of the city's and assessor's first row in {@code source}, when given.
   */
  List<CityScore> score(Scorer scorer, String source) {
    Map<String, Long> first = new HashMap<>();
    if (source != null) {
      for (int g = 0; g < cities.size(); g++) {
        first.putIfAbsent(cities.get(g).id() + "\u0000" + assessorOf.get(g), lines[g]);
      }
    }
    try {
      return scoreGroups(scorer);
    } catch (LosiValidationException e) {
      if (source == null) {
        throw e;
      }
      throw Relocation.atFirstRows(e, source, (city, assessor) -> {
        Long line = first.get(city + "\u0000" + assessor);
        return line == null || line < 0 ? null : Problem.builder().line(line);
      });
    }
  }

  /** From this many groups, {@link #score} scores them in blocks on the caller's thread and the common pool. */
  static final int PARALLEL_GROUPS = 4096;
  private static final int SCORE_BLOCK = 256;

  private List<CityScore> scoreGroups(Scorer scorer) {
    groups.clear();
    int n = cities.size();
    int notAssessed = PackedAnswers.pack(Answer.NOT_ASSESSED, 0);
    // groups scored in blocks, each block alone with its own problems, in group order within it; the blocks'
    // problems then taken in block order: the problems and scores of one pass over the groups
    int blocks = n < PARALLEL_GROUPS ? 1 : (n + SCORE_BLOCK - 1) / SCORE_BLOCK;
    int per = blocks == 1 ? n : SCORE_BLOCK;
    CityScore[] scored = new CityScore[n];
    ProblemCollector[] found = new ProblemCollector[blocks];
    RuntimeException[] failed = new RuntimeException[blocks];
    IntStream all = IntStream.range(0, blocks);
    (blocks > 1 ? all.parallel() : all).forEach(k -> {
      ProblemCollector problems = new ProblemCollector();
      int[] packed = new int[size];
      try {
        scoreBlock(scorer, k * per, Math.min(n, k * per + per), packed, notAssessed, scored, problems);
      } catch (RuntimeException e) {
        failed[k] = e; // thrown below if no earlier block failed: what one pass would have thrown
      }
      found[k] = problems;
    });
    for (RuntimeException e : failed) {
      if (e != null) {
        throw e;
      }
    }
    local.clear();
    ProblemCollector problems = new ProblemCollector();
    for (ProblemCollector p : found) {
      problems.addAll(p);
    }
    problems.throwIfAny();
    List<CityScore> scores = new ArrayList<>(n);
    for (CityScore s : scored) {
      if (s != null) {
        scores.add(s);
      }
    }
    return List.copyOf(scores);
  }

  /** Scores groups {@code [from, to)} into {@code scored}, their problems into {@code problems}. */
  private void scoreBlock(Scorer scorer, int from, int to, int[] packed, int notAssessed, CityScore[] scored,
      ProblemCollector problems) {
    for (int g = from; g < to; g++) {
      Assessment.Builder b = Assessment.builder().city(cities.get(g)).instrumentId(instrumentIds.get(g))
          .assessorId(assessorOf.get(g));
      if (dates.get(g) != null) {
        b.date(dates.get(g));
      }
      List<Response> mine = local.get(g);
      Assessment header = b.addAllResponses(mine == null ? List.of() : mine).build();
      cities.set(g, null); // the score holds the city now; a distinct slot per group, so any thread may clear it
      answers.copyTo(g, packed, notAssessed);
      scored[g] = scorer.score(header, packed, problems);
    }
  }
}
