package dev.losi.core.plan;

/**
 * Why an indicator does not count for a city today, and so what its fix is. Only indicators in the
 * score's denominator can have a gap: an indicator excluded by an {@code EXCLUDE_INDICATOR} adjustment
 * has none.
 *
 * @since 0.1.0
 */
public enum Gap {
  /** Answered absent: the feature has to be provided. */
  ABSENT("provide it on the municipal portal"),
  /** Not assessed, counted as absent by the missing-answer policy: assess it, and provide it if absent. */
  NOT_ASSESSED("assess it, and provide it on the municipal portal if it is absent"),
  /**
   * An MGP-specific indicator found only on channels other than the municipal portal (a channel
   * downgrade): the fix is to link the feature from the municipal portal, usually the cheapest change.
   */
  CHANNEL_DOWNGRADE("link it from the municipal portal: it was found only on another channel, and this indicator"
      + " only counts on the municipal portal or a site it links to"),
  /**
   * Answered not applicable, but no {@code EXCLUDE_INDICATOR} adjustment backs that answer, so it scores 0:
   * provide it, or document an adjustment.
   */
  NOT_APPLICABLE_WITHOUT_ADJUSTMENT("provide it, or document an EXCLUDE_INDICATOR adjustment: it was answered"
      + " not applicable, but no adjustment backs that answer");

  private final String fix;

  Gap(String fix) {
    this.fix = fix;
  }

  /** {@return the fix in plain words, for reports} */
  public String fix() {
    return fix;
  }
}
