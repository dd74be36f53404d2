package dev.losi.core.mapping;

import java.util.List;

/**
 * The result of {@link EditionMapping#compose(EditionMapping)}: the mapping from A to C through B, and
 * every A indicator that lost all or part of its counterpart on the way.
 *
 * <h2>Rules</h2>
 * For each A indicator {@code a}, let {@code C(a)} be the C indicators reached through its B
 * counterparts, and for each C indicator {@code c} let {@code A(c)} be the A indicators reaching it.
 * <ul>
 *   <li>{@code C(a)} empty: {@link Relation#REMOVED} (a {@link Loss} says whether it was removed in the
 *       first step, in the second, or left the second mapping's coverage);</li>
 *   <li>{@code C(a) = {c}} and {@code A(c) = {a}}: one-to-one: {@link Relation#MOVED} if the criterion
 *       of {@code c} differs from that of {@code a}, else {@link Relation#SAME} if every step was SAME,
 *       else {@link Relation#RENAMED};</li>
 *   <li>{@code C(a)} has two or more indicators, each reached only from {@code a}:
 *       {@link Relation#SPLIT};</li>
 *   <li>{@code C(a) = {c}}, and every A indicator reaching {@code c} reaches only {@code c}:
 *       {@link Relation#MERGED};</li>
 *   <li>a C indicator reached from {@code a} that also merges a B indicator with no A source (added in
 *       B, or outside the first mapping's coverage) holds content A never measured: the A indicators
 *       reaching it become {@link Relation#REMOVED}, the C indicators {@link Relation#ADDED}, with a
 *       {@link LossKind#NOT_COMPOSABLE} loss;</li>
 *   <li>anything else (a split in one step meeting a merge with other indicators in the next) cannot
 *       be expressed by one relation: the A indicators become {@link Relation#REMOVED}, the C
 *       indicators {@link Relation#ADDED}, and a {@link Loss} of kind
 *       {@link LossKind#NOT_COMPOSABLE} names them.</li>
 * </ul>
 * C indicators no A indicator reaches are added. The composed mapping covers the criteria both
 * mappings cover. Notes of the rows on a path are joined with {@code " / "}.
 *
 * @param mapping the composed mapping, from the first mapping's A to the last mapping's C
 * @param losses the A indicators that lost all or part of their counterpart, in A's order per step
 *
 * @since 0.1.0
 */
public record Composition(EditionMapping mapping, List<Loss> losses) {

  /**
   * Why an A indicator has less (or nothing) in C than it had in A.
   *
   * @since 0.1.0
   */
  public enum LossKind {
    /** Removed in the first mapping already: no counterpart in B. */
    REMOVED_IN_FIRST,
    /** Every B counterpart was removed by the second mapping. */
    REMOVED_IN_SECOND,
    /** Some, not all, targets of a split were removed by the second mapping. */
    PARTLY_REMOVED,
    /** A B counterpart is outside the second mapping's coverage, so its fate in C is unknown. */
    OUTSIDE_SECOND_COVERAGE,
    /** The indicator takes part in a many-to-many relation that no single relation expresses. */
    NOT_COMPOSABLE
  }

  /**
   * One A indicator that lost all or part of its counterpart.
   *
   * @param fromCode the A indicator
   * @param kind why
   * @param through the B indicators involved (empty for {@link LossKind#REMOVED_IN_FIRST})
   * @param explanation a sentence for reports
   *
   * @since 0.1.0
   */
  public record Loss(String fromCode, LossKind kind, List<String> through, String explanation) {
    /**
     * Copies the list.
     *
     * @param fromCode the A indicator
     * @param kind why it is lost: removed in a step, partly removed, outside coverage or not composable
     * @param through the B indicators involved
     * @param explanation a sentence for reports
     */
    public Loss {
      through = List.copyOf(through);
    }
  }

  /**
   * Copies the list.
   *
   * @param mapping the composed mapping, from the first mapping's A to the last mapping's C
   * @param losses the A indicators that lost all or part of their counterpart, in A's order per step
   */
  public Composition {
    losses = List.copyOf(losses);
  }

  /**
   * This composition followed by one more mapping (for example 2020 to 2022 composed, then 2022 to
   * 2024): the composed mapping, with this composition's losses followed by the new step's losses of
   * indicators not already reported (an indicator removed in an earlier step is not reported again).
   *
   * @param next the mapping from this composition's last edition to the next
   * @return the longer composition
   */
  public Composition then(EditionMapping next) {
    Composition step = mapping.compose(next);
    java.util.Set<String> reported = new java.util.HashSet<>();
    losses.forEach(l -> reported.add(l.fromCode()));
    List<Loss> all = new java.util.ArrayList<>(losses);
    step.losses().stream().filter(l -> !(l.kind() == LossKind.REMOVED_IN_FIRST && reported.contains(l.fromCode())))
        .forEach(all::add);
    return new Composition(step.mapping(), all);
  }

  /**
   * {@return the losses of one kind}
   *
   * @param kind the kind of loss
   */
  public List<Loss> losses(LossKind kind) {
    return losses.stream().filter(l -> l.kind() == kind).toList();
  }

  /** {@return one line per loss, for example {@code "E1: removed in second (through [B7]): ..."}} */
  public String lossReport() {
    StringBuilder sb = new StringBuilder();
    sb.append(mapping.from().id()).append(" -> ").append(mapping.to().id()).append(": ")
        .append(losses.size()).append(losses.size() == 1 ? " indicator" : " indicators").append(" lost on the way")
        .append(System.lineSeparator());
    for (Loss l : losses) {
      sb.append("  ").append(l.fromCode()).append(": ").append(l.explanation()).append(System.lineSeparator());
    }
    return sb.toString();
  }
}
