package dev.losi.stats.agreement;

/**
 * Agreement weights {@code w[k][l]} in {@code [0, 1]} between categories {@code k} and {@code l} of a
 * scale, with {@code w[k][k] = 1}, for the weighted coefficients (Cohen's weighted kappa, Gwet's AC2).
 * The definitions follow Gwet (2014), <i>Handbook of Inter-Rater Reliability</i>, 4th ed., ch. 3, as
 * implemented in irrCAC: with category values {@code x} (the scale's values; ranks 0..q-1 for an
 * ordinal scale) and {@code x_min}, {@code x_max} the smallest and largest:
 *
 * <ul>
 *   <li>identity: {@code w = 1} if {@code k = l}, else 0 (unweighted);</li>
 *   <li>linear: {@code 1 - |x_k - x_l| / (x_max - x_min)};</li>
 *   <li>quadratic: {@code 1 - (x_k - x_l)^2 / (x_max - x_min)^2};</li>
 *   <li>ordinal: {@code 1 - M_kl / max M} with {@code M_kl = C(|k - l| + 1, 2)} on ranks;</li>
 *   <li>ratio: {@code 1 - ((x_k - x_l)/(x_k + x_l))^2 / ((x_max - x_min)/(x_max + x_min))^2}.</li>
 * </ul>
 *
 * A scale of one category has only the identity weight. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Weights {

  private final String name;
  private final double[][] w;
  private final double sum;

  private Weights(String name, double[][] w, double sum) {
    this.name = name;
    this.w = w;
    this.sum = sum;
  }

  /**
   * {@return Unweighted: 1 on the diagonal, 0 elsewhere}
   *
   * @param scale the scale the weights are on
   */
  public static Weights identity(Scale scale) {
    return build("identity", scale.size(), (k, l) -> 0);
  }

  /**
   * Linear weights on the scale's values (Cicchetti and Allison 1971).
   *
   * @param scale a scale with numeric values
   * @return {@code w_kl = 1 - |x_k - x_l| / (x_max - x_min)}
   */
  public static Weights linear(Scale scale) {
    return byValues("linear", scale, (a, b, min, max) -> 1 - Math.abs(a - b) / (max - min));
  }

  /**
   * Quadratic weights on the scale's values (Fleiss and Cohen 1973).
   *
   * @param scale a scale with numeric values
   * @return {@code w_kl = 1 - (x_k - x_l)^2 / (x_max - x_min)^2}
   */
  public static Weights quadratic(Scale scale) {
    return byValues("quadratic", scale, (a, b, min, max) -> 1 - (a - b) * (a - b) / ((max - min) * (max - min)));
  }

  /**
   * Ordinal weights on the ranks (Gwet 2014, section 3.x; irrCAC {@code ordinal.weights}).
   *
   * @param scale an ordered scale
   * @return the ordinal weights, 1 on the diagonal
   */
  public static Weights ordinal(Scale scale) {
    int q = scale.size();
    double max = q * (q - 1) / 2.0;
    return build("ordinal", q, (k, l) -> {
      double m = Math.abs(k - l) + 1;
      return 1 - m * (m - 1) / 2 / max;
    });
  }

  /**
   * Ratio weights on the scale's values (irrCAC {@code ratio.weights}).
   *
   * @param scale a scale whose values support the ratio level
   * @return the ratio weights, 1 on the diagonal
   * @throws IllegalArgumentException when the scale does not support the ratio level
   */
  public static Weights ratio(Scale scale) {
    scale.whyNot(MeasurementLevel.RATIO).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    return byValues("ratio", scale, (a, b, min, max) -> {
      double d = a + b == 0 ? 0 : (a - b) / (a + b);
      double s = (max - min) / (max + min);
      return 1 - d * d / (s * s);
    });
  }

  /**
   * The weights used for Gwet's AC2 at a level: identity (nominal), ordinal (ordinal), quadratic
   * (interval) and ratio (ratio), mirroring the distance of Krippendorff's alpha at that level.
   *
   * @param scale the scale
   * @param level the level of measurement
   * @return the weights for that level
   * @throws IllegalArgumentException when the scale does not support the level
   */
  public static Weights forLevel(Scale scale, MeasurementLevel level) {
    scale.whyNot(level).ifPresent(why -> {
      throw new IllegalArgumentException(why);
    });
    return switch (level) {
      case NOMINAL -> identity(scale);
      case ORDINAL -> ordinal(scale);
      case INTERVAL -> quadratic(scale);
      case RATIO -> ratio(scale);
    };
  }

  /** {@return the name: {@code identity}, {@code linear}, {@code quadratic}, {@code ordinal} or {@code ratio}} */
  public String name() {
    return name;
  }

  /** {@return the number of categories} */
  public int size() {
    return w.length;
  }

  /**
   * {@return the weight between categories {@code k} and {@code l}}
   *
   * @param k a 0-based category index
   * @param l a 0-based category index
   */
  public double weight(int k, int l) {
    return w[k][l];
  }

  /** {@return the sum of all weights ({@code q} for identity)} */
  public double sum() {
    return sum;
  }

  /** {@return true for the identity weights} */
  public boolean isIdentity() {
    return name.equals("identity");
  }

  double[][] matrix() {
    return w;
  }

  /** A weight from the two categories' values and the scale's smallest and largest value. */
  private interface ByValues {
    double apply(double a, double b, double min, double max);
  }

  /** A weight between two different categories, by index. */
  private interface ByIndex {
    double apply(int k, int l);
  }

  private static Weights byValues(String name, Scale scale, ByValues f) {
    double[] x = scale.values();
    double min = x[0];
    double max = x[x.length - 1];
    return build(name, x.length, (k, l) -> f.apply(x[k], x[l], min, max));
  }

  /**
   * The weights with 1 on the diagonal and {@code f} elsewhere (a scale of one category has only the
   * diagonal), and their sum, added row by row as they are made.
   */
  private static Weights build(String name, int q, ByIndex f) {
    double[][] w = new double[q][q];
    double sum = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        w[k][l] = k == l ? 1 : f.apply(k, l);
        sum += w[k][l];
      }
    }
    return new Weights(name, w, sum);
  }

  @Override
  public String toString() {
    return name + " weights (" + w.length + " categories)";
  }
}
