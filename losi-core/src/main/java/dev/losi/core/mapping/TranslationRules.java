package dev.losi.core.mapping;

/**
 * The stated rules an {@link AssessmentTranslator} applies where a mapping is not one-to-one.
 *
 * @param mergeRule how the answers of a merge's sources become the answer of its target
 * @param splitRule what a split's targets receive
 *
 * @since 0.1.0
 */
public record TranslationRules(MergeRule mergeRule, SplitRule splitRule) {

  /**
   * How several source answers combine into the answer of a merged indicator.
   *
   * @since 0.1.0
   */
  public enum MergeRule {
    /**
     * Present only when every source is present. With {@code PRESENT} as true, {@code ABSENT} and
     * {@code NOT_APPLICABLE} as false and {@code NOT_ASSESSED} as unknown: any false source gives
     * {@code ABSENT} ({@code NOT_APPLICABLE} when every source is not applicable); otherwise any
     * unknown gives {@code NOT_ASSESSED}; otherwise {@code PRESENT}.
     */
    ALL_PRESENT,
    /**
     * Present when at least one source is present: any true source gives {@code PRESENT}; otherwise
     * any unknown gives {@code NOT_ASSESSED}; otherwise {@code ABSENT} ({@code NOT_APPLICABLE} when
     * every source is not applicable).
     */
    ANY_PRESENT
  }

  /**
   * What the targets of a split indicator receive.
   *
   * @since 0.1.0
   */
  public enum SplitRule {
    /** Every target gets the source's answer (and evidence). */
    COPY_TO_EVERY_TARGET,
    /** No target gets an answer: they are listed as not translated. */
    LEAVE_NOT_ASSESSED
  }

  /**
   * Checks for nulls.
   *
   * @param mergeRule how the answers of a merge's sources become the answer of its target
   * @param splitRule what a split's targets receive
   */
  public TranslationRules {
    java.util.Objects.requireNonNull(mergeRule, "mergeRule");
    java.util.Objects.requireNonNull(splitRule, "splitRule");
  }

  /**
   * {@return the conservative rules: a merged indicator is present only if all its sources are, and split
   * targets are left not assessed}
   */
  public static TranslationRules conservative() {
    return new TranslationRules(MergeRule.ALL_PRESENT, SplitRule.LEAVE_NOT_ASSESSED);
  }

  /**
   * {@return these rules with another merge rule}
   *
   * @param rule how the answers of a merge's sources become the answer of its target
   */
  public TranslationRules withMergeRule(MergeRule rule) {
    return new TranslationRules(rule, splitRule);
  }

  /**
   * {@return these rules with another split rule}
   *
   * @param rule what a split's targets receive
   */
  public TranslationRules withSplitRule(SplitRule rule) {
    return new TranslationRules(mergeRule, rule);
  }

  @Override
  public String toString() {
    return "merge: " + mergeRule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + ", split: " + splitRule.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
