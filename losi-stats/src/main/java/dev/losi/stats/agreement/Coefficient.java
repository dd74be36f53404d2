package dev.losi.stats.agreement;

import java.util.Locale;

/**
 * The agreement coefficients this package computes, with the key used in JSON reports (the
 * {@code losi agreement --format json} keys) and the statistic name carried by each
 * {@link dev.losi.stats.Estimate}.
 *
 * @since 0.1.0
 */
public enum Coefficient {
  /** Percent agreement (share of agreeing rater pairs). */
  PERCENT_AGREEMENT("percent agreement"),
  /** Cohen's (1960) kappa, two raters. */
  COHEN_KAPPA("Cohen's kappa"),
  /** Cohen's (1968) weighted kappa with linear weights, two raters, ordered categories. */
  COHEN_KAPPA_LINEAR("Cohen's weighted kappa (linear)"),
  /** Cohen's (1968) weighted kappa with quadratic weights, two raters, ordered categories. */
  COHEN_KAPPA_QUADRATIC("Cohen's weighted kappa (quadratic)"),
  /** Scott's (1955) pi, two raters. */
  SCOTT_PI("Scott's pi"),
  /** Bennett, Alpert and Goldstein's (1954) S, two raters (= PABAK for two categories). */
  BENNETT_S("Bennett's S"),
  /** Fleiss' (1971) kappa, any number of raters, every unit rated by all of them. */
  FLEISS_KAPPA("Fleiss' kappa"),
  /** Randolph's (2005) free-marginal multirater kappa. */
  RANDOLPH_KAPPA("Randolph's free-marginal kappa"),
  /** Gwet's (2008) AC1. */
  GWET_AC1("Gwet's AC1"),
  /** Gwet's (2014) AC2, weighted, ordered categories. */
  GWET_AC2("Gwet's AC2"),
  /** Krippendorff's alpha at the requested level. */
  KRIPPENDORFF_ALPHA("Krippendorff's alpha");

  private final String displayName;
  /** The key, made once (a review asks for it a few hundred thousand times). */
  private final String key = name().toLowerCase(Locale.ROOT);

  Coefficient(String displayName) {
    this.displayName = displayName;
  }

  /**
   * {@return the smallest value the coefficient can take: 0 for percent agreement, negative infinity for
   * Krippendorff's alpha (whose lower limit depends on the data; Krippendorff 2011, section 3), -1 for the
   * others (chance-corrected agreement {@code (p_a - p_e) / (1 - p_e)} with {@code p_a >= 0} and
   * {@code p_e <= 1/2} at its most negative). Intervals are clipped to [minimum, maximum] when reported}
   */
  public double minimum() {
    return switch (this) {
      case PERCENT_AGREEMENT -> 0;
      case KRIPPENDORFF_ALPHA -> Double.NEGATIVE_INFINITY;
      default -> -1;
    };
  }

  /** {@return the largest value the coefficient can take: 1 (perfect agreement) for every coefficient} */
  public double maximum() {
    return 1;
  }

  /**
   * An interval of this coefficient clipped to [{@link #minimum()}, {@link #maximum()}], flagged when a bound
   * moved: normal-theory intervals can leave the range (a per-city Cohen's kappa reached 1.0158).
   *
   * @param interval the interval to clip
   * @return the clipped interval and whether it was clipped
   */
  public ClusterBootstrap.ClippedInterval clip(dev.losi.stats.ConfidenceInterval interval) {
    return ClusterBootstrap.ClippedInterval.of(interval.lower(), interval.upper(), interval.level(), interval.method(),
        minimum(), maximum());
  }

  /**
   * {@return the JSON key and {@link dev.losi.stats.Estimate#statistic()} name, the constant name in lower case, for
   * example {@code gwet_ac1}}
   */
  public String key() {
    return key;
  }

  /** {@return the name for people, for example {@code Gwet's AC1}} */
  public String displayName() {
    return displayName;
  }
}
