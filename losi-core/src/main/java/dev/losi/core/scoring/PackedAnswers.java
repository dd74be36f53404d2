package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import java.util.Arrays;

/**
 * The packed layout of answers that {@link CompiledInstrument} scores: one {@code int} per indicator
 * position of the instrument (questionnaire order),
 * <pre>
 *   packed[offset + i] = answer.ordinal() | channelMask &lt;&lt; 8
 * </pre>
 * with the {@link Answer} ordinal in the low byte (PRESENT 0, ABSENT 1, NOT_APPLICABLE 2, NOT_ASSESSED 3)
 * and the evidence channels above it ({@link Channel#maskOf}; 0 when no channel is named). Many
 * assessments can share one array, {@code instrument.size()} ints apart.
 *
 * @since 0.1.0
 */
public final class PackedAnswers {

  private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1;
  /** The answers by ordinal, made once: {@code Answer.values()} makes a new array at each call. */
  private static final Answer[] ANSWERS = Answer.values();

  private PackedAnswers() {}

  /**
   * One packed element.
   *
   * @param answer the answer
   * @param channelMask the evidence channels ({@link Channel#maskOf}), 0 for none; other bits are dropped
   * @return {@code answer.ordinal() | (channelMask << 8)}, the channel bits kept to the known channels
   */
  public static int pack(Answer answer, int channelMask) {
    return answer.ordinal() | (channelMask & ALL_CHANNELS) << 8;
  }

  /**
   * {@return the answer of a packed element}
   *
   * @param packed an element made by {@link #pack}
   */
  public static Answer answerOf(int packed) {
    return ANSWERS[packed & 0xFF];
  }

  /**
   * {@return the channel mask of a packed element}
   *
   * @param packed an element made by {@link #pack}
   */
  public static int channelsOf(int packed) {
    return packed >>> 8;
  }

  /**
   * Packs an assessment into {@code into[offset .. offset + instrument.size())}: positions without a
   * response are {@code NOT_ASSESSED}. Responses for codes the instrument lacks (local indicators, typos)
   * are skipped here; {@link Scorer} reports them.
   *
   * @param instrument the instrument whose positions are used
   * @param assessment the assessment
   * @param into the array to fill
   * @param offset where the assessment starts in {@code into}
   */
  public static void pack(Instrument instrument, Assessment assessment, int[] into, int offset) {
    Arrays.fill(into, offset, offset + instrument.size(), pack(Answer.NOT_ASSESSED, 0));
    for (Response r : assessment.responses()) {
      int i = instrument.indexOf(r.indicator());
      if (i >= 0) {
        into[offset + i] = pack(r.answer(), r.evidence().map(e -> Channel.maskOf(e.channels())).orElse(0));
      }
    }
  }
}
