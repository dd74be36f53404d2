package dev.losi.core.mapping;

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
  SAME(true, true),
  /** The same feature in the same criterion, under a new title. */
  RENAMED(true, true),
  /** The same feature, now in another criterion. */
  MOVED(true, true),
  /** One A indicator became several B indicators: one row per target, all with the same source. */
  SPLIT(true, true),
  /** Several A indicators became one B indicator: one row per source, all with the same target. */
  MERGED(true, true),
  /** The A indicator has no counterpart in B: a row with a source and no target. */
  REMOVED(true, false),
  /**
   * The B indicator has no source in A: a row with a target and no source. Every B indicator within
   * the mapping's coverage that no row names is ADDED implicitly.
   */
  ADDED(false, true);

  private final boolean hasSource;
  private final boolean hasTarget;

  Relation(boolean hasSource, boolean hasTarget) {
    this.hasSource = hasSource;
    this.hasTarget = hasTarget;
  }

  /** True when a row of this relation names an A indicator (all but {@link #ADDED}). */
  public boolean hasSource() {
    return hasSource;
  }

  /** True when a row of this relation names a B indicator (all but {@link #REMOVED}). */
  public boolean hasTarget() {
    return hasTarget;
  }

  /** True for {@link #SAME}, {@link #RENAMED} and {@link #MOVED}: one A indicator is one B indicator. */
  public boolean isOneToOne() {
    return this == SAME || this == RENAMED || this == MOVED;
  }

  /** The lower-case name used in files, for example {@code renamed}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Parses a relation name, ignoring case and surrounding white space ({@code same}, {@code SPLIT}, ...). */
  public static Relation parse(String text) {
    String t = text.strip();
    for (Relation r : values()) {
      if (r.name().equalsIgnoreCase(t)) {
        return r;
      }
    }
    throw new IllegalArgumentException("\"" + text + "\" is not a relation (same, renamed, moved, split, merged, removed, added)");
  }
}
