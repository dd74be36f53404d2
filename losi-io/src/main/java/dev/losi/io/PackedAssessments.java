package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.City;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.Response;
import dev.losi.core.scoring.CityScore;
import dev.losi.core.scoring.CompiledInstrument;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.core.scoring.Scorer;
import java.time.LocalDate;
import java.util.AbstractCollection;
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
 * <p>{@link #score(Scorer)} hands each group to the {@link Scorer} as an {@link Assessment} rebuilt one at a
 * time, with the same answers and evidence channels (URL and note, which scoring never reads, are dropped),
 * so the scores and the problems are those of the object path, in the same order.
 */
final class PackedAssessments implements Consumer<AssessmentRow> {

  /** A position no row answered. */
  static final int NOT_GIVEN = -1;

  private final Instrument instrument;
  private final int size;
  private final Map<Key, Group> groups = new LinkedHashMap<>();
  private final Map<String, String> assessors = new HashMap<>();
  private final Map<Integer, Response> responses = new HashMap<>();

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

    Group(City city, String instrumentId, String assessor, LocalDate date, int size, long line) {
      this.line = line;
      this.city = city;
      this.instrumentId = instrumentId;
      this.assessor = assessor;
      this.date = date;
      this.packed = new int[size];
      java.util.Arrays.fill(packed, NOT_GIVEN);
    }
  }

  @Override
  public void accept(AssessmentRow row) {
    String assessor = assessors.computeIfAbsent(row.assessorId(), a -> a);
    LocalDate date = row.date().orElse(null);
    Group g = groups.computeIfAbsent(new Key(row.city().id(), assessor, date),
        k -> new Group(row.city(), row.instrumentId(), assessor, date, size, row.line()));
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

  /** The number of groups (assessments) read. */
  int count() {
    return groups.size();
  }

  /**
   * Scores every group with {@code scorer}, releasing each group once it is scored.
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
        return line == null ? null : Problem.builder().line(line);
      });
    }
  }

  private List<CityScore> scoreGroups(Scorer scorer) {
    int n = groups.size();
    Iterator<Group> it = groups.values().iterator();
    return scorer.scoreAll(new AbstractCollection<Assessment>() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public Iterator<Assessment> iterator() {
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Assessment next() {
            Group g = it.next();
            it.remove();
            return assessment(g);
          }
        };
      }
    });
  }

  private Assessment assessment(Group g) {
    Assessment.Builder b = Assessment.builder().city(g.city).instrumentId(g.instrumentId).assessorId(g.assessor);
    if (g.date != null) {
      b.date(g.date);
    }
    for (int i = 0; i < size; i++) {
      if (g.packed[i] != NOT_GIVEN) {
        b.addResponses(response(i, g.packed[i]));
      }
    }
    return b.addAllResponses(g.local).build();
  }

  /** The one response object for a position and packed value. */
  private Response response(int position, int packed) {
    return responses.computeIfAbsent(position << 16 | packed, k -> {
      String code = instrument.indicators().get(position).code();
      Answer a = PackedAnswers.answerOf(packed);
      int mask = PackedAnswers.channelsOf(packed);
      return mask == 0 ? Response.of(code, a) : Response.of(code, a, Evidence.builder().channels(Channel.ofMask(mask)).build());
    });
  }
}
