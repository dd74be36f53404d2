package dev.losi.stats.agreement;

import java.util.Objects;

/**
 * One category of a {@link Scale}: its position {@code index} (0 to {@code k-1}, the identity used
 * in every computation), its label and its numeric value.
 *
 * <p>Identity is the index within its scale; labels are for people and never compared by hash or
 * {@code toString()} in a computation. The value is the number used at the interval and ratio
 * levels; for scales built from labels it is the index.
 *
 * @param index the position in the scale, 0-based
 * @param label the label, for example {@code PRESENT}
 * @param value the numeric value, finite
 *
 * @since 0.1.0
 */
public record Category(int index, String label, double value) {

  /**
   * Checks the components.
   *
   * @param index the position in the scale, 0-based
   * @param label the label, for example {@code PRESENT}
   * @param value the numeric value, finite
   */
  public Category {
    Objects.requireNonNull(label, "label");
    if (index < 0) {
      throw new IllegalArgumentException("a category index must be >= 0, got " + index);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("category " + label + ": value must be finite, got " + value);
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
