package dev.losi.stats.review;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Response;
import dev.losi.core.scoring.PackedAnswers;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.agreement.Scale;
import java.util.Arrays;
import java.util.Optional;

/**
 * How assessors' answers become ratings for agreement statistics: the answers as scored
 * ({@link #SCORED}, the default, so agreement is about what the LOSI counts) or the raw answers
 * ({@link #AS_ANSWERED}). {@link Answer#NOT_ASSESSED} is always a missing rating (the item was not
 * checked, so there is nothing to agree on).
 *
 * @since 0.1.0
 */
public enum AnswerCoding {
  /**
   * The answer as the standard LOSI scores it, on {@link Scale#LOSI_BINARY}: 1 when the answer counts a
   * point, else 0. PRESENT counts, except for an MGP-specific indicator whose evidence names only channels
   * other than the municipal portal and the sites it links to (the channel-scope rule of
   * docs/scoring.md: such a PRESENT scores 0); ABSENT and NOT_APPLICABLE are 0. Assessors who differ only
   * between ABSENT and NOT_APPLICABLE, or between an off-portal PRESENT and ABSENT, agree. Country
   * adjustments are not applied. The default.
   */
  SCORED,
  /** The answer as given, on the nominal scale {PRESENT, ABSENT, NOT_APPLICABLE}. */
  AS_ANSWERED;

  private static final Scale ANSWERS = Scale.nominal("PRESENT", "ABSENT", "NOT_APPLICABLE");

  /** The channel bits of the municipal portal and the sites it links to. */
  private static final int PORTAL_MASK = Channel.maskOf(
      Arrays.stream(Channel.values()).filter(Channel::isMunicipalPortal).toList());

  /** {@return the scale of the ratings} */
  public Scale scale() {
    return this == SCORED ? Scale.LOSI_BINARY : ANSWERS;
  }

  /**
   * The category index of an assessor's answer to an indicator, or {@link ReliabilityData#MISSING} when
   * it is not assessed; {@link #SCORED} applies the channel-scope rule to the answer's evidence.
   *
   * @param assessment the assessment holding the answer
   * @param indicator the indicator answered
   * @return the category index (0 or 1 for the scored coding), or {@code MISSING}
   */
  public int code(Assessment assessment, Indicator indicator) {
    Response r = assessment.response(indicator.code()).orElse(null);
    return r == null ? code(Answer.NOT_ASSESSED) : code(indicator, r.answer(), r.evidence());
  }

  /** The category index of an answer with its evidence, as {@link #code(Assessment, Indicator)}. */
  int code(Indicator indicator, Answer answer, Optional<Evidence> evidence) {
    if (this != SCORED || answer != Answer.PRESENT) {
      return code(answer);
    }
    return offPortal(indicator, evidence) ? Scale.ABSENT.index() : Scale.PRESENT.index();
  }

  /**
   * The category index of a packed answer ({@link PackedAnswers}), as {@link #code(Indicator, Answer, Optional)} of
   * its answer with evidence naming its channels: the channel-scope rule reads only the channels.
   */
  int code(Indicator indicator, int packed) {
    Answer answer = PackedAnswers.answerOf(packed);
    if (this != SCORED || answer != Answer.PRESENT) {
      return code(answer);
    }
    int mask = PackedAnswers.channelsOf(packed);
    boolean offPortal = indicator.channelScope() == ChannelScope.MGP_SPECIFIC && mask != 0
        && (mask & PORTAL_MASK) == 0;
    return offPortal ? Scale.ABSENT.index() : Scale.PRESENT.index();
  }

  /** True for evidence of an MGP-specific indicator that names only channels other than the portal. */
  static boolean offPortal(Indicator indicator, Optional<Evidence> evidence) {
    return indicator.channelScope() == ChannelScope.MGP_SPECIFIC
        && evidence.map(Evidence::namesOnlyNonMunicipalChannels).orElse(false);
  }

  /**
   * The category index of an answer without its evidence, or {@link ReliabilityData#MISSING} for
   * NOT_ASSESSED; for {@link #SCORED} this is PRESENT 1, ABSENT and NOT_APPLICABLE 0, which differs from
   * the score for an off-portal PRESENT of an MGP-specific indicator: use
   * {@link #code(Assessment, Indicator)} when the evidence is known.
   *
   * @param a the answer
   * @return the category index, or {@code MISSING}
   */
  public int code(Answer a) {
    if (a == Answer.NOT_ASSESSED) {
      return ReliabilityData.MISSING;
    }
    if (this == SCORED) {
      return a == Answer.PRESENT ? Scale.PRESENT.index() : Scale.ABSENT.index();
    }
    return switch (a) {
      case PRESENT -> 0;
      case ABSENT -> 1;
      default -> 2;
    };
  }
}
