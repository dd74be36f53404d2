package dev.losi.core;

import dev.losi.core.internal.EnumForms;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An assessor's answer for one indicator.
 *
 * <p>Every reader of every format parses answers with {@link #parse(String)}, so one file cannot accept
 * what another refuses. An answer is written in tables as its {@link #code()} ({@code 1}, {@code 0},
 * {@code NA}, blank) and shown to people as its {@link #label()}.
 *
 * @since 0.1.0
 */
public enum Answer {
  /** The feature was found: the indicator scores its weight. */
  PRESENT("1", "Present"),
  /** The feature was not found (in reasonable time): the indicator scores 0. */
  ABSENT("0", "Absent"),
  /**
   * The assessor judged the indicator not applicable to this city. In the standard LOSI it scores 0
   * like {@link #ABSENT}; it leaves the denominator of the adjusted LOSI only when a documented
   * {@link AdjustmentKind#EXCLUDE_INDICATOR} adjustment says so.
   */
  NOT_APPLICABLE("NA", "Not applicable"),
  /**
   * The indicator was not checked. An assessment with such answers is incomplete: scoring refuses it
   * unless a missing-answer policy says to count them as absent.
   */
  NOT_ASSESSED("", "Not assessed");

  /** Codes and names, compared in upper case with a space read as an underscore (labels are names so read). */
  private static final EnumForms<Answer> FORMS = EnumForms.normalized(values(), a -> List.of(a.code, a.name()),
      t -> t.toUpperCase(Locale.ROOT).replace(' ', '_'));

  private final String code;
  private final String label;

  Answer(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /**
   * The code of this answer in tables: {@code 1}, {@code 0}, {@code NA}, or the empty string for
   * {@link #NOT_ASSESSED}.
   *
   * @return the table code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The label of this answer for people, as in a checklist: {@code Present}, {@code Absent},
   * {@code Not applicable}, {@code Not assessed}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Parses an answer. Accepted, after stripping surrounding white space: the table codes {@code 1},
   * {@code 0}, {@code NA} and the empty string (not assessed); the enum names ({@code PRESENT},
   * {@code ABSENT}, {@code NOT_APPLICABLE}, {@code NOT_ASSESSED}); and the labels ({@code Present},
   * {@code Absent}, {@code Not applicable}, {@code Not assessed}). Names, labels and {@code NA} are
   * read case-insensitively, with a space or an underscore between words. Nothing else is guessed:
   * {@code yes}, {@code true} or {@code 2} are refused.
   *
   * @param text the text of a cell or field; not null
   * @return the answer, or empty when the text is not one of the accepted forms
   */
  public static Optional<Answer> parse(String text) {
    return FORMS.find(text);
  }
}
