package dev.losi.io;

import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.PackedAnswers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments with their responses in instrument order, then responses to indicators outside the instrument
 * in file order: built from the byte-level scan's packed answers (and the URL and note of
 * {@link LongCsvTexts}), or reordered from the general reader's assessments. See
 * {@link Assessments.Reader#readInInstrumentOrder}.
 */
final class InstrumentOrder {

  private InstrumentOrder() {}

  /** The assessments of packed groups, in group order, with each answer's channels, URL and note. */
  static List<Assessment> of(Instrument instrument, PackedAssessments packed, Map<LongCsvTexts.Key, LongCsvTexts.Texts> texts) {
    List<Indicator> indicators = instrument.indicators();
    List<Assessment> out = new ArrayList<>(packed.count());
    Map<Long, Response> shared = new HashMap<>();
    packed.forEachGroup((city, instrumentId, assessor, date, answers, local) -> {
      Assessment.Builder b = Assessment.builder().city(city).instrumentId(instrumentId).assessorId(assessor);
      if (date != null) {
        b.date(date);
      }
      for (int i = 0; i < answers.length; i++) {
        int p = answers[i];
        if (p == PackedAssessments.NOT_GIVEN) {
          continue;
        }
        LongCsvTexts.Texts t = texts.isEmpty() ? null : texts.get(new LongCsvTexts.Key(city.id(), assessor, date, i));
        if (t == null) {
          // answers without URL and note repeat: one immutable response per indicator, answer and channels
          long key = (long) i << 32 | p;
          Response r = shared.get(key);
          if (r == null) {
            r = response(indicators.get(i), p, null);
            shared.put(key, r);
          }
          b.addResponses(r);
        } else {
          b.addResponses(response(indicators.get(i), p, t));
        }
      }
      out.add(b.addAllResponses(local).build());
    });
    return List.copyOf(out);
  }

  /** The response of a packed answer to an indicator, with the URL and note of {@code t} (null for none). */
  private static Response response(Indicator indicator, int p, LongCsvTexts.Texts t) {
    Response.Builder r = Response.builder().indicator(indicator.code()).answer(PackedAnswers.answerOf(p));
    int mask = PackedAnswers.channelsOf(p);
    if (mask != 0 || t != null) {
      Evidence.Builder e = Evidence.builder().channels(Channel.ofMask(mask));
      if (t != null && !t.url().isEmpty()) {
        e.url(t.url());
      }
      if (t != null && !t.note().isEmpty()) {
        e.note(t.note());
      }
      r.evidence(e.build());
    }
    return r.build();
  }

  /** The assessments with each one's responses reordered: instrument order, then the others in their order. */
  static List<Assessment> of(Instrument instrument, List<Assessment> assessments) {
    List<Assessment> out = new ArrayList<>(assessments.size());
    for (Assessment a : assessments) {
      List<Response> rs = a.responses();
      Response[] known = new Response[instrument.size()];
      List<Response> others = new ArrayList<>();
      boolean ordered = true;
      int last = -1;
      for (Response r : rs) {
        int i = instrument.indexOf(r.indicator());
        if (i < 0 || known[i] != null) {
          others.add(r);
          last = Integer.MAX_VALUE;
        } else {
          known[i] = r;
          ordered &= i > last;
          last = i;
        }
      }
      if (ordered) {
        out.add(a);
        continue;
      }
      List<Response> sorted = new ArrayList<>(rs.size());
      for (Response r : known) {
        if (r != null) {
          sorted.add(r);
        }
      }
      sorted.addAll(others);
      out.add(Assessment.builder().from(a).responses(sorted).build());
    }
    return List.copyOf(out);
  }
}
