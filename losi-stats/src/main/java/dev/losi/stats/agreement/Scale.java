package dev.losi.stats.agreement;

import dev.losi.core.NumberText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The categories raters may use, in a fixed order: category {@code i} has index {@code i}
 * ({@code 0 <= i < size()}). Ratings are stored as these indices, so category identity never
 * depends on {@code equals}, {@code hashCode} or {@code toString} of user objects.
 *
 * <p>A scale is <em>nominal</em> (labels only), <em>ordered</em> (labels in rank order) or
 * <em>numeric</em> (strictly increasing numbers, which are also ordered). Which
 * {@link MeasurementLevel}s a scale supports: nominal always; ordinal when ordered; interval when
 * numeric; ratio when numeric and every value is {@code >= 0}.
 *
 * <p>Declaring the whole scale up front matters: a category nobody used still counts in Bennett's S,
 * Randolph's kappa and Gwet's AC1 ({@code q} is {@link #size()}), as with irrCAC's {@code categ.labels}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Scale {

  /** The LOSI binary scale: {@link #ABSENT} (index 0, value 0) and {@link #PRESENT} (index 1, value 1). */
  public static final Scale LOSI_BINARY = new Scale(List.of("ABSENT", "PRESENT"), new double[] {0, 1}, true, true);
  /** The feature was not found: index 0 of {@link #LOSI_BINARY}. */
  public static final Category ABSENT = LOSI_BINARY.category(0);
  /** The feature was found: index 1 of {@link #LOSI_BINARY}. */
  public static final Category PRESENT = LOSI_BINARY.category(1);

  private final List<Category> categories;
  private final Map<String, Integer> byLabel;
  private final boolean ordered;
  private final boolean numeric;

  private Scale(List<String> labels, double[] values, boolean ordered, boolean numeric) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("a scale needs at least one category");
    }
    List<Category> cs = new ArrayList<>(labels.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("category " + i + ": the label must not be blank");
      }
      if (index.put(label, i) != null) {
        throw new IllegalArgumentException("category label \"" + label + "\" is given more than once");
      }
      if (numeric && i > 0 && !(values[i] > values[i - 1])) {
        throw new IllegalArgumentException("numeric categories must be strictly increasing, got " + values[i - 1]
            + " then " + values[i]);
      }
      cs.add(new Category(i, label, values[i]));
    }
    this.categories = List.copyOf(cs);
    this.byLabel = Map.copyOf(index);
    this.ordered = ordered;
    this.numeric = numeric;
  }

  /**
   * {@return a nominal scale with the given labels (at least one, unique, not blank)}
   *
   * @param labels the labels, in any order
   */
  public static Scale nominal(String... labels) {
    return nominal(List.of(labels));
  }

  /**
   * {@return a nominal scale with the given labels (at least one, unique, not blank)}
   *
   * @param labels the labels, in any order
   */
  public static Scale nominal(List<String> labels) {
    return new Scale(labels, indices(labels.size()), false, false);
  }

  /**
   * {@return an ordered scale: labels from lowest to highest rank; values are the ranks 0, 1, 2, ..}
   *
   * @param labels the labels, lowest first, at least one, unique, not blank
   */
  public static Scale ordinal(String... labels) {
    return ordinal(List.of(labels));
  }

  /**
   * {@return an ordered scale: labels from lowest to highest rank; values are the ranks 0, 1, 2, ..}
   *
   * @param labels the labels, lowest first, at least one, unique, not blank
   */
  public static Scale ordinal(List<String> labels) {
    return new Scale(labels, indices(labels.size()), true, false);
  }

  /**
   * A numeric scale with strictly increasing finite values; each label is the value's shortest
   * decimal form (for example {@code 1}, {@code 2.5}).
   *
   * @param values the values, strictly increasing, finite
   * @return the scale
   */
  public static Scale numeric(double... values) {
    List<String> labels = new ArrayList<>(values.length);
    for (double v : values) {
      labels.add(decimal(v));
    }
    return new Scale(labels, values.clone(), true, true);
  }

  /**
   * {@return a numeric scale with labels and strictly increasing values of the same length}
   *
   * @param labels one label per value, unique, not blank
   * @param values the values, strictly increasing, finite
   */
  public static Scale numeric(List<String> labels, double[] values) {
    if (labels.size() != values.length) {
      throw new IllegalArgumentException(labels.size() + " labels but " + values.length + " values");
    }
    return new Scale(labels, values.clone(), true, true);
  }

  /**
   * The scale implied by the distinct labels observed in a data set, for the command line's generic
   * {@code unit,rater,value} files.
   *
   * <ul>
   *   <li>When every label is a number (for example {@code 1}, {@code 2.5}, {@code -3}), the scale is
   *       numeric, sorted by value, and supports every level allowed by its values. Two labels with the
   *       same value ({@code 1} and {@code 1.0}) are an error: they would silently merge.</li>
   *   <li>Otherwise the scale is nominal with the labels in the order given; an ordinal, interval or
   *       ratio level then needs an explicit scale, and this method says so.</li>
   * </ul>
   *
   * @param labels the distinct labels observed
   * @param level the level the data will be analysed at
   * @return the scale
   * @throws IllegalArgumentException when the labels do not support {@code level}, naming why
   */
  public static Scale infer(Collection<String> labels, MeasurementLevel level) {
    Set<String> distinct = new LinkedHashSet<>(labels);
    if (distinct.isEmpty()) {
      throw new IllegalArgumentException("no ratings: cannot infer a scale");
    }
    Map<BigDecimal, String> numbers = new java.util.TreeMap<>();
    boolean allNumeric = true;
    for (String label : distinct) {
      BigDecimal d = parseNumber(label);
      if (d == null) {
        allNumeric = false;
        break;
      }
      String previous = numbers.put(d.stripTrailingZeros(), label);
      if (previous != null) {
        throw new IllegalArgumentException("values \"" + previous + "\" and \"" + label + "\" are the same number");
      }
    }
    Scale scale;
    if (allNumeric) {
      List<String> ls = new ArrayList<>(numbers.values());
      double[] vs = numbers.keySet().stream().mapToDouble(BigDecimal::doubleValue).toArray();
      scale = numeric(ls, vs);
    } else {
      scale = nominal(new ArrayList<>(distinct));
    }
    scale.whyNot(level).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    return scale;
  }

  /** {@return the number of categories, {@code q}} */
  public int size() {
    return categories.size();
  }

  /** {@return the categories in index order} */
  public List<Category> categories() {
    return categories;
  }

  /**
   * The category with this index.
   *
   * @param index a 0-based category index
   * @return the category
   * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, size())}
   */
  public Category category(int index) {
    return categories.get(index);
  }

  /**
   * {@return the category with this label (exact, case-sensitive match), if any}
   *
   * @param label the label
   */
  public Optional<Category> category(String label) {
    Integer i = byLabel.get(label);
    return i == null ? Optional.empty() : Optional.of(categories.get(i));
  }

  /** {@return true when the categories are in rank order (ordinal or numeric scale)} */
  public boolean isOrdered() {
    return ordered;
  }

  /** {@return true when the categories carry numbers usable at the interval level} */
  public boolean isNumeric() {
    return numeric;
  }

  /**
   * {@return true when this scale supports the level (see the class documentation)}
   *
   * @param level the level of measurement
   */
  public boolean supports(MeasurementLevel level) {
    return whyNot(level).isEmpty();
  }

  /**
   * {@return why this scale does not support the level; empty when it does}
   *
   * @param level the level of measurement
   */
  public Optional<String> whyNot(MeasurementLevel level) {
    return switch (level) {
      case NOMINAL -> Optional.empty();
      case ORDINAL -> ordered ? Optional.empty()
          : Optional.of("the ordinal level needs ordered categories; the scale " + labels() + " is nominal");
      case INTERVAL -> numeric ? Optional.empty()
          : Optional.of("the interval level needs numeric categories; the scale " + labels() + " is not numeric");
      case RATIO -> !numeric
          ? Optional.of("the ratio level needs numeric categories; the scale " + labels() + " is not numeric")
          : categories.get(0).value() < 0
              ? Optional.of("the ratio level needs values >= 0; the scale has "
                  + NumberText.shortest(categories.get(0).value()))
              : Optional.empty();
    };
  }

  /** {@return the labels in index order} */
  public List<String> labels() {
    return categories.stream().map(Category::label).toList();
  }

  /** {@return the numeric values in index order (a fresh array)} */
  public double[] values() {
    return categories.stream().mapToDouble(Category::value).toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale s && s.categories.equals(categories) && s.ordered == ordered && s.numeric == numeric;
  }

  @Override
  public int hashCode() {
    return categories.hashCode() * 31 + (ordered ? 2 : 0) + (numeric ? 1 : 0);
  }

  @Override
  public String toString() {
    return (numeric ? "numeric" : ordered ? "ordinal" : "nominal") + " scale " + labels();
  }

  private static double[] indices(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  private static BigDecimal parseNumber(String s) {
    String t = s.strip();
    if (t.isEmpty() || !t.equals(s)) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(t);
      return Double.isFinite(d.doubleValue()) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String decimal(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("numeric categories must be finite, got " + v);
    }
    // the digits of NumberText, not of BigDecimal.valueOf (Double.toString), so a label is the same on Java 17
    BigDecimal d = new BigDecimal(NumberText.of(v)).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
