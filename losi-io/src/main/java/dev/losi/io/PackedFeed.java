package dev.losi.io;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Evidence;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.scoring.PackedAnswers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands assessments to a {@link PackedAssessmentSink} (see {@link Assessments.Reader#readPacked}): the groups of
 * the byte-level scan with the URL and note of {@link LongCsvTexts}, or the general reader's assessments, packed.
 */
final class PackedFeed {

  private static final int NOT_ASSESSED = PackedAnswers.pack(Answer.NOT_ASSESSED, 0);

  private PackedFeed() {}

  /** The packed groups, in group order, each with the evidence of its answers that have a URL or a note. */
  static void of(PackedAssessments packed, Map<LongCsvTexts.Key, LongCsvTexts.Texts> texts, PackedAssessmentSink sink) {
    packed.forEachGroup((city, instrumentId, assessor, date, answers, local) -> {
      Assessment.Builder b = Assessment.builder().city(city).instrumentId(instrumentId).assessorId(assessor);
      if (date != null) {
        b.date(date);
      }
      Map<Integer, Evidence> evidence = Map.of();
      for (int i = 0; i < answers.length; i++) {
        int p = answers[i];
        if (p == PackedAssessments.NOT_GIVEN) {
          answers[i] = NOT_ASSESSED;
          continue;
        }
        LongCsvTexts.Texts t = texts.isEmpty() ? null : texts.get(new LongCsvTexts.Key(city.id(), assessor, date, i));
        if (t != null) {
          Evidence.Builder e = Evidence.builder().channels(Channel.ofMask(PackedAnswers.channelsOf(p)));
          if (!t.url().isEmpty()) {
            e.url(t.url());
          }
          if (!t.note().isEmpty()) {
            e.note(t.note());
          }
          if (evidence.isEmpty()) {
            evidence = new HashMap<>();
          }
          evidence.put(i, e.build());
        }
      }
      sink.accept(b.addAllResponses(local).build(), answers, evidence);
    });
  }

  /** The assessments, in order, each packed, with the evidence of its responses that have any. */
  static void of(Instrument instrument, List<Assessment> assessments, PackedAssessmentSink sink) {
    int[] answers = new int[instrument.size()];
    for (Assessment a : assessments) {
      PackedAnswers.pack(instrument, a, answers, 0);
      Map<Integer, Evidence> evidence = new HashMap<>();
      for (Response r : a.responses()) {
        int at = instrument.indexOf(r.indicator());
        r.evidence().filter(e -> at >= 0).ifPresent(e -> evidence.put(at, e));
      }
      sink.accept(a, answers, evidence);
    }
  }
}
