package dev.losi.stats.agreement;

import dev.losi.stats.Estimate;

/**
 * The agreement coefficients on {@link ReliabilityData}, each with its standard error and 95%
 * confidence interval where the literature gives an analytic variance. Stateless and thread-safe.
 *
 * <h2>Notation</h2>
 * {@code n} units with at least one rating, {@code n'} of them with at least two; {@code r_i} ratings
 * of unit {@code i}, {@code r_ik} of them in category {@code k}; {@code q} categories of the scale
 * (all declared categories count, used or not); weights {@code w_kl} ({@link Weights}), with
 * {@code r*_ik = sum_l w_kl r_il}.
 *
 * <h2>The multi-rater family (Gwet 2014, <i>Handbook of Inter-Rater Reliability</i>, 4th ed., ch. 2-5)</h2>
 * Observed agreement {@code p_a = (1/n') sum_{i: r_i >= 2} sum_k r_ik (r*_ik - 1) / (r_i (r_i - 1))};
 * classification probabilities {@code pi_k = (1/n) sum_i r_ik / r_i}; a coefficient is
 * {@code (p_a - p_e) / (1 - p_e)} with the chance agreement {@code p_e} of each coefficient:
 * <ul>
 *   <li>percent agreement: {@code p_e = 0};</li>
 *   <li>Bennett's S, Randolph's kappa (Brennan-Prediger): {@code p_e = sum(w) / q^2} ({@code 1/q} unweighted);</li>
 *   <li>Gwet's AC1/AC2: {@code p_e = sum(w) / (q (q - 1)) * sum_k pi_k (1 - pi_k)};</li>
 *   <li>Fleiss' kappa, Scott's pi: {@code p_e = sum_kl w_kl pi_k pi_l}.</li>
 * </ul>
 *
 * <h2>Inference for that family</h2>
 * The linearised variance of Gwet (2008, <i>Br. J. Math. Stat. Psychol.</i> 61:29-48) and Gwet (2014),
 * exactly as irrCAC 1.0's {@code *.raw} functions compute it with infinite population ({@code N = Inf}):
 * per unit {@code c_i = (n/n') (p_a|i - p_e [r_i >= 2]) / (1 - p_e)} and
 * {@code c*_i = c_i - 2 (1 - c) (p_e|i - p_e) / (1 - p_e)}, with {@code p_e|i} the unit's share of chance
 * agreement (constant {@code p_e} for percent agreement and Brennan-Prediger;
 * {@code sum(w)/(q(q-1)) sum_k r_ik (1 - pi_k) / r_i} for AC1/AC2;
 * {@code sum_k r_ik (pibar_k) / r_i}, {@code pibar = (W pi + W' pi)/2}, for Fleiss/Scott); then
 * {@code var(c) = sum_i (c*_i - c)^2 / (n (n - 1))}. The 95% interval is
 * {@code c -/+ t_{0.975, n-1} se}, with the upper bound capped at 1 as irrCAC does. The p-value is the
 * two-sided {@code 2 P(T_{n-1} > |c / se|)} for H0: coefficient = 0, as printed in irrCAC's README (later
 * irrCAC code prints the one-sided value); none is given for percent agreement. No standard error when
 * {@code n < 2}. Checked against irrCAC's published output to its printed digits.
 *
 * <h2>Cohen's kappa (two raters)</h2>
 * On the {@code q x q} table of the units both raters rated (a unit with one rating is left out):
 * {@code kappa_w = (p_o - p_e)/(1 - p_e)} with {@code p_o = sum w_kl p_kl} and
 * {@code p_e = sum w_kl p_k. p_.l} (Cohen 1960; weighted: Cohen 1968). Standard error: the large-sample
 * variance of Fleiss, Cohen and Everitt (1969, <i>Psychol. Bull.</i> 72:323-327),
 * {@code var = [sum_kl p_kl (w_kl - (wbar_k. + wbar_.l)(1 - kappa))^2 - (kappa - p_e (1 - kappa))^2] / (n (1 - p_e)^2)}
 * with {@code wbar_k. = sum_l p_.l w_kl}, {@code wbar_.l = sum_k p_k. w_kl}; 95% interval
 * {@code kappa -/+ z_{0.975} se} (normal); p-value two-sided from {@code kappa / se_0} with the variance
 * under H0 {@code var_0 = [sum_kl p_k. p_.l (w_kl - (wbar_k. + wbar_.l))^2 - p_e^2] / (n (1 - p_e)^2)}.
 * These are the formulas of statsmodels' {@code cohens_kappa} and SAS PROC FREQ.
 *
 * <h2>Undefined cases</h2>
 * Never {@code NaN}: an {@link Estimate#undefined undefined estimate} with the reason when no unit has
 * two ratings, when chance agreement is 1 (every rating in one category, for the kappa/pi family), or
 * when a coefficient needing two categories meets a one-category scale. Krippendorff's alpha is in
 * {@link KrippendorffAlpha}.
 *
 * @since 0.1.0
 */
public final class Agreement {

  private Agreement() {}

  /**
   * Percent agreement {@code p_a} (share of agreeing rater pairs within units), with linearised SE.
   *
   * @param data the ratings, any number of raters, missing ratings allowed
   * @return {@code percent_agreement}, in [0, 1]
   */
  public static Estimate percentAgreement(ReliabilityData data) {
    return percentAgreement(data, UnitCounts.of(data));
  }

  /** {@link #percentAgreement(ReliabilityData)} with the data's counts computed once by the caller. */
  static Estimate percentAgreement(ReliabilityData data, UnitCounts all) {
    return family(Coefficient.PERCENT_AGREEMENT, all, Weights.identity(data.scale()), Kind.PA);
  }

  /**
   * Cohen's (1960) kappa for two raters, with the Fleiss-Cohen-Everitt standard error.
   * Not applicable unless the data have exactly two raters.
   *
   * @param data the ratings
   * @return {@code cohen_kappa} in [-1, 1], or not applicable with the reason
   */
  public static CoefficientResult cohenKappa(ReliabilityData data) {
    return cohenKappa(new ReportInput.Data(data), Weights.identity(data.scale()), Coefficient.COHEN_KAPPA);
  }

  /** {@link #cohenKappa(ReliabilityData)} on a report's input. */
  static CoefficientResult cohenKappa(ReportInput in) {
    return cohenKappa(in, Weights.identity(in.scale()), Coefficient.COHEN_KAPPA);
  }

  /**
   * Cohen's (1968) weighted kappa for two raters with the given weights (use {@link Weights#linear}
   * or {@link Weights#quadratic}), with the Fleiss-Cohen-Everitt standard error. The estimate is named
   * {@code cohen_kappa_linear}, {@code cohen_kappa_quadratic}, or {@code cohen_kappa_<weights>}.
   *
   * @param data the ratings
   * @param weights agreement weights on the data's scale, 1 on the diagonal
   * @return the weighted kappa in [-1, 1], or not applicable with the reason
   */
  public static CoefficientResult weightedKappa(ReliabilityData data, Weights weights) {
    return weightedKappa(new ReportInput.Data(data), weights);
  }

  /** {@link #weightedKappa(ReliabilityData, Weights)} on a report's input. */
  static CoefficientResult weightedKappa(ReportInput data, Weights weights) {
    Coefficient c = switch (weights.name()) {
      case "linear" -> Coefficient.COHEN_KAPPA_LINEAR;
      case "quadratic" -> Coefficient.COHEN_KAPPA_QUADRATIC;
      case "identity" -> Coefficient.COHEN_KAPPA;
      default -> null;
    };
    if (c == null) {
      return cohenKappaNamed(data, weights, Coefficient.COHEN_KAPPA, "cohen_kappa_" + weights.name());
    }
    return cohenKappa(data, weights, c);
  }

  /**
   * Scott's (1955) pi for two raters on the units both rated, with linearised SE (as Fleiss' kappa for two raters).
   *
   * @param data the ratings
   * @return {@code scott_pi} in [-1, 1], or not applicable with the reason
   */
  public static CoefficientResult scottPi(ReliabilityData data) {
    return data.raters() != 2 ? twoRatersOnly(Coefficient.SCOTT_PI, data) : scottPi(data, UnitCounts.of(data, true));
  }

  /** {@link #scottPi(ReliabilityData)} of two raters, with the counts of the units both rated given. */
  static CoefficientResult scottPi(ReliabilityData data, UnitCounts complete) {
    return CoefficientResult.of(Coefficient.SCOTT_PI,
        family(Coefficient.SCOTT_PI, complete, Weights.identity(data.scale()), Kind.PI));
  }

  /**
   * Bennett, Alpert and Goldstein's (1954) S for two raters on the units both rated:
   * {@code (p_o - 1/q) / (1 - 1/q)}; equals PABAK when {@code q = 2}. Linearised SE.
   *
   * @param data the ratings
   * @return {@code bennett_s} in [-1/(q-1), 1], or not applicable with the reason
   */
  public static CoefficientResult bennettS(ReliabilityData data) {
    return data.raters() != 2 ? twoRatersOnly(Coefficient.BENNETT_S, data) : bennettS(data, UnitCounts.of(data, true));
  }

  /** {@link #bennettS(ReliabilityData)} of two raters, with the counts of the units both rated given. */
  static CoefficientResult bennettS(ReliabilityData data, UnitCounts complete) {
    return CoefficientResult.of(Coefficient.BENNETT_S,
        family(Coefficient.BENNETT_S, complete, Weights.identity(data.scale()), Kind.BP));
  }

  /**
   * Fleiss' (1971) kappa for any number of raters, with linearised SE (Gwet 2014). Not applicable when
   * a rating is missing: Fleiss' kappa assumes every unit has the same number of ratings.
   *
   * @param data the ratings
   * @return {@code fleiss_kappa}, at most 1, or not applicable with the reason
   */
  public static CoefficientResult fleissKappa(ReliabilityData data) {
    return fleissKappa(data, null);
  }

  /** {@link #fleissKappa(ReliabilityData)} with the data's counts given, or null to compute them. */
  static CoefficientResult fleissKappa(ReliabilityData data, UnitCounts all) {
    return fleissKappa(new ReportInput.Data(data), all);
  }

  /** {@link #fleissKappa(ReliabilityData, UnitCounts)} on a report's input. */
  static CoefficientResult fleissKappa(ReportInput data, UnitCounts all) {
    if (data.raters() < 2) {
      return CoefficientResult.notApplicable(Coefficient.FLEISS_KAPPA, "needs at least two raters; the data have " + data.raters());
    }
    if (data.hasMissing()) {
      return CoefficientResult.notApplicable(Coefficient.FLEISS_KAPPA,
          "needs every unit rated by all " + data.raters() + " raters; the data have missing ratings"
              + " (Krippendorff's alpha, Gwet's AC1 and Randolph's kappa allow them)");
    }
    return CoefficientResult.of(Coefficient.FLEISS_KAPPA, family(Coefficient.FLEISS_KAPPA,
        all != null ? all : data.counts(false), Weights.identity(data.scale()), Kind.PI));
  }

  /**
   * Randolph's (2005) free-marginal multirater kappa {@code (p_a - 1/q) / (1 - 1/q)} for any number of
   * raters, missing ratings allowed; linearised SE (Brennan-Prediger in Gwet 2014).
   *
   * @param data the ratings
   * @return {@code randolph_kappa}, in [-1/(q-1), 1]
   */
  public static Estimate randolphKappa(ReliabilityData data) {
    return randolphKappa(data, UnitCounts.of(data));
  }

  /** {@link #randolphKappa(ReliabilityData)} with the data's counts given. */
  static Estimate randolphKappa(ReliabilityData data, UnitCounts all) {
    return family(Coefficient.RANDOLPH_KAPPA, all, Weights.identity(data.scale()), Kind.BP);
  }

  /**
   * Gwet's (2008) AC1 for any number of raters, missing ratings allowed; linearised SE.
   *
   * @param data the ratings
   * @return {@code gwet_ac1}, at most 1
   */
  public static Estimate gwetAc1(ReliabilityData data) {
    return gwetAc1(data, UnitCounts.of(data));
  }

  /** {@link #gwetAc1(ReliabilityData)} with the data's counts given. */
  static Estimate gwetAc1(ReliabilityData data, UnitCounts all) {
    return family(Coefficient.GWET_AC1, all, Weights.identity(data.scale()), Kind.AC);
  }

  /**
   * Gwet's AC2 (weighted AC1, Gwet 2014 ch. 3) with the given weights; linearised SE.
   *
   * @param data the ratings
   * @param weights agreement weights on the data's scale, 1 on the diagonal
   * @return {@code gwet_ac2}, at most 1
   */
  public static Estimate gwetAc2(ReliabilityData data, Weights weights) {
    return gwetAc2(data, weights, UnitCounts.of(data));
  }

  /** {@link #gwetAc2(ReliabilityData, Weights)} with the data's counts given. */
  static Estimate gwetAc2(ReliabilityData data, Weights weights, UnitCounts all) {
    return gwetAc2(data.scale(), weights, all);
  }

  /** Gwet's AC2 on a scale's counts. */
  static Estimate gwetAc2(Scale scale, Weights weights, UnitCounts all) {
    checkWeights(scale, weights);
    return family(Coefficient.GWET_AC2, all, weights, Kind.AC);
  }

  /**
   * Krippendorff's alpha at a level, with Gwet's analytic standard error at the nominal, interval and ratio
   * levels; see {@link KrippendorffAlpha#withStandardError} (and {@link KrippendorffAlpha#bootstrap}).
   *
   * @param data the ratings
   * @param level the level of measurement; the scale must support it
   * @return {@code krippendorff_alpha}, at most 1
   */
  public static Estimate krippendorffAlpha(ReliabilityData data, MeasurementLevel level) {
    return KrippendorffAlpha.withStandardError(data, level);
  }

  // ---------------------------------------------------------------------------------------------

  enum Kind { PA, BP, AC, PI }

  private static void checkWeights(Scale scale, Weights weights) {
    if (weights.size() != scale.size()) {
      throw new IllegalArgumentException("weights for " + weights.size() + " categories, but the scale has "
          + scale.size());
    }
  }

  private static CoefficientResult twoRatersOnly(Coefficient c, ReliabilityData data) {
    return twoRatersOnly(c, data.raters());
  }

  /** Scott's pi or Bennett's S, not applicable to {@code raters} raters (other than two). */
  static CoefficientResult twoRatersOnly(Coefficient c, int raters) {
    return CoefficientResult.notApplicable(c, "is defined for exactly two raters; the data have " + raters
        + " (use Fleiss' kappa, Gwet's AC1 or Krippendorff's alpha)");
  }

  /** The linearised family of Gwet (2014); see the class documentation. */
  static Estimate family(Coefficient coefficient, UnitCounts uc, Weights weights, Kind kind) {
    return GwetFamily.estimate(coefficient, uc.n2 == 0 ? null : GwetFamily.Observed.of(uc, weights), uc, weights,
        kind);
  }

  /** The estimate {@code e} under the name of {@code c}: the same value, standard error, interval and p-value. */
  static Estimate renamed(Estimate e, Coefficient c) {
    if (!e.isDefined()) {
      return Estimate.undefined(c.key(), e.undefinedReason().orElseThrow());
    }
    return Estimate.builder(c.key(), e.value()).standardError(e.standardError())
        .confidenceInterval(e.confidenceInterval()).pValue(e.pValue()).build();
  }


  private static CoefficientResult cohenKappa(ReportInput data, Weights weights, Coefficient c) {
    return cohenKappaNamed(data, weights, c, c.key());
  }

  private static CoefficientResult cohenKappaNamed(ReportInput data, Weights weights, Coefficient c, String name) {
    if (data.raters() != 2) {
      return twoRatersOnly(c, data.raters());
    }
    checkWeights(data.scale(), weights);
    long[][] table = data.pairTable();
    long n = 0;
    for (long[] row : table) {
      for (long x : row) {
        n += x;
      }
    }
    return CoefficientResult.of(c, CohenKappa.fromTable(name, table, n, weights.matrix()));
  }

  /** Guards against a last-ulp excursion beyond 1 from rounding; values are otherwise untouched. */
  static double clampUnit(double x) {
    return x > 1 && x - 1 < 1e-12 ? 1 : x;
  }
}
