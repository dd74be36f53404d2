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
import dev.losi.core.scoring.CompiledInstrument;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The streaming path's accumulator: rows handed on by a table reader are grouped by city, assessor and date
 * (in order of first appearance, as {@link AssessmentTables.Assembler} groups them) into packed answers,
 * {@code instrument.size()} ints per group ({@link PackedAnswers#pack(dev.losi.core.Answer, int)}; {@link #NOT_GIVEN} where no
 * row answered). Nothing per row is kept: the city is the reader's one object per city id, the assessor id
 * is interned, and only responses to local indicators (outside the instrument) are kept as objects.
 *
 * <p>Memory: about {@code 4 * size + 150} bytes per group, whatever the number of rows.
 *
 * <p>{@link #score(Scorer)} hands each group's packed answers to the {@link Scorer}, with the same answers and
 * evidence channels (URL and note, which scoring never reads, are dropped), so the scores and the problems are
 * those of the object path, in the same order.
 */
final class PackedAssessments implements Consumer<AssessmentRow> {

  /** A position no row answered. */
  static final int NOT_GIVEN = -1;

  private final Instrument instrument;
  private final int size;
  private final Map<Key, Group> groups = new LinkedHashMap<>();
  private final Map<String, String> assessors = new HashMap<>();

  PackedAssessments(Instrument instrument) {
    this.instrument = instrument;
    this.size = instrument.size();
  }

  private record Key(String city, String assessor, LocalDate date) {}

  /** One city, assessor and date: its packed answers and any local responses. */
  private static final class Group {
    final City city;
    final String instrumentId;
    final String assessor;
    final LocalDate date;
    final int[] packed;
    final long line;
    List<Response> local = List.of();

    Group(City city, String instrumentId, String assessor, LocalDate date, int[] packed, long line) {
      this.line = line;
      this.city = city;
      this.instrumentId = instrumentId;
      this.assessor = assessor;
      this.date = date;
      this.packed = packed;
    }
  }

  @Override
  public void accept(AssessmentRow row) {
    String assessor = assessors.computeIfAbsent(row.assessorId(), a -> a);
    LocalDate date = row.date().orElse(null);
    Group g = groups.computeIfAbsent(new Key(row.city().id(), assessor, date),
        k -> newGroup(row.city(), row.instrumentId(), assessor, date, row.line()));
    Response r = row.response();
    int i = instrument.indexOf(r.indicator());
    if (i < 0) {
      if (g.local.isEmpty()) {
        g.local = new ArrayList<>();
      }
      g.local.add(r);
      return;
    }
    g.packed[i] = PackedAnswers.pack(r.answer(), r.evidence().map(e -> Channel.maskOf(e.channels())).orElse(0));
  }

  /** A group with its packed answers all {@link #NOT_GIVEN}. */
  private Group newGroup(City city, String instrumentId, String assessor, LocalDate date, long line) {
    int[] packed = new int[size];
    java.util.Arrays.fill(packed, NOT_GIVEN);
    return new Group(city, instrumentId, assessor, date, packed, line);
  }

  /**
   * Adds a group that the caller knows to be new (the byte-level reader, {@link LongCsvScan}) with its
   * packed answers ({@code instrument.size()} of them, {@link #NOT_GIVEN} where no row answered), which are
   * kept, not copied.
   */
  void addGroup(City city, String instrumentId, String assessor, LocalDate date, int[] packed) {
    if (packed.length != size) {
      throw new IllegalArgumentException("packed answers: " + packed.length + " for " + size + " indicators");
    }
    groups.put(new Key(city.id(), assessor, date), new Group(city, instrumentId, assessor, date, packed, -1));
  }

  /** What {@link #forEachGroup} hands on: one group. */
  interface GroupVisitor {
    /**
     * One group: its city, instrument id, assessor, date (null when none), packed answers ({@link #NOT_GIVEN}
     * where no row answered; the array itself, not a copy) and responses to local indicators, in file order.
     */
    void group(City city, String instrumentId, String assessor, LocalDate date, int[] packed, List<Response> local);
  }

  /** Hands every group to {@code visitor}, in order of first appearance. */
  void forEachGroup(GroupVisitor visitor) {
    for (Group g : groups.values()) {
      visitor.group(g.city, g.instrumentId, g.assessor, g.date, g.packed, g.local);
    }
  }

  /** The number of groups (assessments) read. */
  int count() {
    return groups.size();
  }

  /**
   * Scores every group with {@code scorer}, releasing each group once it is scored: the packed answers go to
   * {@link Scorer#score(Assessment, int[], ProblemCollector)} with an assessment holding only the city,
   * assessor, date and local responses, so the scores and problems are those of {@code scorer.scoreAll} of
   * the assessments, in group order.
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
      groups.values().forEach(g -> first.putIfAbsent(g.city.id() + "\u0000" + g.assessor, g.line));
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

  private List<CityScore> scoreGroups(Scorer scorer) {
    ProblemCollector problems = new ProblemCollector();
    List<CityScore> scores = new ArrayList<>(groups.size());
    int notAssessed = PackedAnswers.pack(Answer.NOT_ASSESSED, 0);
    for (Iterator<Group> it = groups.values().iterator(); it.hasNext(); ) {
      Group g = it.next();
      it.remove();
      Assessment.Builder b = Assessment.builder().city(g.city).instrumentId(g.instrumentId).assessorId(g.assessor);
      if (g.date != null) {
        b.date(g.date);
      }
      Assessment header = b.addAllResponses(g.local).build();
      int[] packed = g.packed;
      for (int i = 0; i < size; i++) {
        if (packed[i] == NOT_GIVEN) {
          packed[i] = notAssessed;
        }
      }
      CityScore s = scorer.score(header, packed, problems);
      if (s != null) {
        scores.add(s);
      }
    }
    problems.throwIfAny();
    return List.copyOf(scores);
  }
}
