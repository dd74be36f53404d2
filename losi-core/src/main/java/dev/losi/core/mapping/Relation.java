package dev.losi.core.mapping;

import dev.losi.core.internal.EnumForms;
import java.util.List;
import java.util.Locale;

/**
 * How an indicator of edition A relates to edition B in an {@link EditionMapping}.
 *
 * <p>One {@link Link} row holds one pair of codes; a split or a merge is several rows with the same
 * relation that share their source (split) or their target (merge).
 *
 * @since 0.1.0
 */
public enum Relation {
  /** The same feature, in the same criterion, under the same title (codes may differ between editions). */
  SAME,
  /** The same feature in the same criterion, under a new title. */
  RENAMED,
  /** The same feature, now in another criterion. */
  MOVED,
  /** One A indicator became several B indicators: one row per target, all with the same source. */
  SPLIT,
  /** Several A indicators became one B indicator: one row per source, all with the same target. */
  MERGED,
  /** The A indicator has no counterpart in B: a row with a source and no target. */
  REMOVED,
  /**
   * The B indicator has no source in A: a row with a target and no source. Every B indicator within
   * the mapping's coverage that no row names is ADDED implicitly.
   */
  ADDED;

  /** The constant name, ignoring case. */
  private static final EnumForms<Relation> FORMS = EnumForms.ignoringCase(values(), r -> List.of(r.name()));

  /** {@return true when a row of this relation names an A indicator (all but {@link #ADDED})} */
  public boolean hasSource() {
    return this != ADDED;
  }

  /** {@return true when a row of this relation names a B indicator (all but {@link #REMOVED})} */
  public boolean hasTarget() {
    return this != REMOVED;
  }

  /** {@return true for {@link #SAME}, {@link #RENAMED} and {@link #MOVED}: one A indicator is one B indicator} */
  public boolean isOneToOne() {
    return this == SAME || this == RENAMED || this == MOVED;
  }

  /** {@return the lower-case name used in files, for example {@code renamed}} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a relation name, ignoring case and surrounding white space ({@code same}, {@code SPLIT}, ...).
   *
   * @param text the text to parse
   * @return the relation
   * @throws IllegalArgumentException when the text is no relation name, naming them
   */
  public static Relation parse(String text) {
    return FORMS.parse(text, "a relation (same, renamed, moved, split, merged, removed, added)");
  }
}
