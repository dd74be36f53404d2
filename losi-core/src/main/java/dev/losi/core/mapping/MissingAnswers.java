package dev.losi.core.mapping;

/** What a longitudinal comparison does with {@link dev.losi.core.Answer#NOT_ASSESSED} answers. */
public enum MissingAnswers {
  /** Refuse: every not-assessed indicator is reported as a problem and nothing is computed. */
  REFUSE,
  /** Count a not-assessed indicator as absent (0 points), as the Survey does for features not found. */
  COUNT_AS_ABSENT
}
