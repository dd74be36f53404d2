package dev.losi.core.scoring;

/**
 * How many indicators of an assessment got each answer. The four answer counts add up to the number of
 * indicators in the instrument.
 *
 * @param present indicators answered present (before any channel-scope downgrade)
 * @param absent indicators answered absent
 * @param notApplicable indicators answered not applicable
 * @param notAssessed indicators not assessed (no response, or {@code NOT_ASSESSED})
 * @param notAssessedCountedAbsent how many of {@code notAssessed} were counted as absent under
 *     {@link MissingAnswerPolicy#COUNT_AS_ABSENT} (0 under {@link MissingAnswerPolicy#REJECT})
 *
 * @since 0.1.0
 */
public record AnswerCounts(int present, int absent, int notApplicable, int notAssessed, int notAssessedCountedAbsent) {

  /**
   * Checks the invariants.
   *
   * @param present indicators answered present
   * @param absent indicators answered absent
   * @param notApplicable indicators answered not applicable
   * @param notAssessed indicators not assessed
   * @param notAssessedCountedAbsent how many of {@code notAssessed} were counted as absent under {@link MissingAnswerPolicy#COUNT_AS_ABSENT}
   */
  public AnswerCounts {
    if (present < 0 || absent < 0 || notApplicable < 0 || notAssessed < 0 || notAssessedCountedAbsent < 0
        || notAssessedCountedAbsent > notAssessed) {
      throw new IllegalArgumentException("invalid counts " + present + "/" + absent + "/" + notApplicable + "/"
          + notAssessed + "/" + notAssessedCountedAbsent);
    }
  }

  /** {@return the number of indicators counted: the sum of the four answer counts} */
  public int total() {
    return present + absent + notApplicable + notAssessed;
  }
}
