package dev.losi.core.mapping;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import java.util.List;

/**
 * An assessment of edition A translated to edition B by {@link AssessmentTranslator}, with a complete
 * account: every B indicator is either in {@link #translated()} or in {@link #notTranslated()}, and
 * every A indicator whose answer was not used is in {@link #dropped()}.
 *
 * @param source the assessment of edition A
 * @param assessment the assessment of edition B: one response per translated indicator whose answer is
 *     not {@link Answer#NOT_ASSESSED}, in B's order; every other B indicator is not assessed
 * @param rules the rules used for merges and splits
 * @param translated the B indicators that received an answer, in B's order
 * @param notTranslated the B indicators that did not, with the reason, in B's order
 * @param dropped the A indicators whose answer has no place in B, with the reason, in A's order
 *
 * @since 0.1.0
 */
public record Translation(Assessment source, Assessment assessment, TranslationRules rules,
    List<Translated> translated, List<NotTranslated> notTranslated, List<Dropped> dropped) {

  /**
   * A B indicator that received an answer.
   *
   * @param toCode the B indicator
   * @param answer its answer
   * @param relation the relation it was translated through
   * @param fromCodes the A indicators its answer comes from
   * @param how how the answer was obtained, for example {@code copied} or {@code merged: all present}
   *
   * @since 0.1.0
   */
  public record Translated(String toCode, Answer answer, Relation relation, List<String> fromCodes, String how) {
    /**
     * Copies the list.
     *
     * @param toCode the B indicator
     * @param answer its answer
     * @param relation the relation it was translated through
     * @param fromCodes the A indicators its answer comes from
     * @param how how the answer was obtained, for example {@code copied} or {@code merged: all present}
     */
    public Translated {
      fromCodes = List.copyOf(fromCodes);
    }
  }

  /**
   * A B indicator without an answer.
   *
   * @param toCode the B indicator
   * @param reason why, for example {@code added in LOSI-2024: no source in LOSI-2022}
   *
   * @since 0.1.0
   */
  public record NotTranslated(String toCode, String reason) {}

  /**
   * An A indicator whose answer is not carried to B.
   *
   * @param fromCode the A indicator
   * @param answer its answer in the source assessment
   * @param reason why, for example {@code removed: no counterpart in LOSI-2024}
   *
   * @since 0.1.0
   */
  public record Dropped(String fromCode, Answer answer, String reason) {}

  /**
   * Copies the lists.
   *
   * @param source the assessment of edition A
   * @param assessment the assessment of edition B
   * @param rules the rules used for merges and splits
   * @param translated the B indicators that received an answer, in B's order
   * @param notTranslated the B indicators that did not, with the reason, in B's order
   * @param dropped the A indicators whose answer has no place in B, with the reason, in A's order
   */
  public Translation {
    translated = List.copyOf(translated);
    notTranslated = List.copyOf(notTranslated);
    dropped = List.copyOf(dropped);
  }

  /** {@return true when every B indicator received an answer other than not assessed} */
  public boolean isComplete() {
    return notTranslated.isEmpty();
  }
}
