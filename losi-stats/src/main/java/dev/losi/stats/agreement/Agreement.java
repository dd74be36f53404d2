package dev.losi.stats.agreement;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

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

  private static final double EPS = 1e-12;

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
    return cohenKappa(data, Weights.identity(data.scale()), Coefficient.COHEN_KAPPA);
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
    if (data.raters() < 2) {
      return CoefficientResult.notApplicable(Coefficient.FLEISS_KAPPA, "needs at least two raters; the data have " + data.raters());
    }
    if (data.hasMissing()) {
      return CoefficientResult.notApplicable(Coefficient.FLEISS_KAPPA,
          "needs every unit rated by all " + data.raters() + " raters; the data have missing ratings"
              + " (Krippendorff's alpha, Gwet's AC1 and Randolph's kappa allow them)");
    }
    return CoefficientResult.of(Coefficient.FLEISS_KAPPA, family(Coefficient.FLEISS_KAPPA,
        all != null ? all : UnitCounts.of(data), Weights.identity(data.scale()), Kind.PI));
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
    checkWeights(data, weights);
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

  private static void checkWeights(ReliabilityData data, Weights weights) {
    if (weights.size() != data.scale().size()) {
      throw new IllegalArgumentException("weights for " + weights.size() + " categories, but the scale has "
          + data.scale().size());
    }
  }

  private static CoefficientResult twoRatersOnly(Coefficient c, ReliabilityData data) {
    return CoefficientResult.notApplicable(c, "is defined for exactly two raters; the data have " + data.raters()
        + " (use Fleiss' kappa, Gwet's AC1 or Krippendorff's alpha)");
  }

  /** The linearised family of Gwet (2014); see the class documentation. */
  static Estimate family(Coefficient coefficient, UnitCounts uc, Weights weights, Kind kind) {
    return family(coefficient, uc.n2 == 0 ? null : Observed.of(uc, weights), uc, weights, kind);
  }

  /**
   * The observed side of the family for one set of counts and weights: per unit {@code p_a|i}, the mean
   * {@code p_a} and the classification probabilities {@code pi_k}. Every coefficient of the family on the
   * same counts and weights reads the same values, so a report computes them once ({@link #family(Coefficient,
   * Observed, UnitCounts, Weights, Kind)}); the arithmetic is the same as computing them per coefficient.
   */
  static final class Observed {
    final double[] paI;
    final double pa;
    final double[] pi;

    private Observed(double[] paI, double pa, double[] pi) {
      this.paI = paI;
      this.pa = pa;
      this.pi = pi;
    }

    /** The observed values; the counts must have a unit with two ratings ({@code uc.n2 > 0}). */
    static Observed of(UnitCounts uc, Weights weights) {
      double[][] w = weights.matrix();
      int n = uc.n;
      int q = uc.q;
      double[] paI = new double[n];
      double pa = 0;
      double[] pi = new double[q];
      for (int i = 0; i < n; i++) {
        int s = uc.start[i];
        int e = uc.start[i + 1];
        int r = uc.total[i];
        for (int a = s; a < e; a++) {
          pi[uc.cat[a]] += (double) uc.cnt[a] / r;
        }
        if (r >= 2) {
          double sum = 0;
          for (int a = s; a < e; a++) {
            double rw = 0;
            double[] wa = w[uc.cat[a]];
            for (int b = s; b < e; b++) {
              rw += wa[uc.cat[b]] * uc.cnt[b];
            }
            sum += uc.cnt[a] * (rw - 1);
          }
          paI[i] = sum / ((double) r * (r - 1));
          pa += paI[i];
        }
      }
      pa /= uc.n2;
      for (int k = 0; k < q; k++) {
        pi[k] /= n;
      }
      return new Observed(paI, pa, pi);
    }
  }

  /** The family from observed values computed once ({@code null} exactly when {@code uc.n2 == 0}). */
  static Estimate family(Coefficient coefficient, Observed observed, UnitCounts uc, Weights weights, Kind kind) {
    String name = coefficient.key();
    if (uc.n2 == 0) {
      return Estimate.undefined(name, "no unit has two or more ratings");
    }
    int q = uc.q;
    if ((kind == Kind.AC || kind == Kind.BP) && q < 2) {
      return Estimate.undefined(name, "the scale has only one category");
    }
    double[][] w = weights.matrix();
    int n = uc.n;
    double[] paI = observed.paI;
    double pa = observed.pa;
    double[] pi = observed.pi;
    double sumW = weights.sum();
    double pe;
    switch (kind) {
      case PA -> pe = 0;
      case BP -> pe = sumW / ((double) q * q);
      case AC -> {
        double s = 0;
        for (int k = 0; k < q; k++) {
          s += pi[k] * (1 - pi[k]);
        }
        pe = sumW / ((double) q * (q - 1)) * s;
      }
      default -> {
        double s = 0;
        for (int k = 0; k < q; k++) {
          for (int l = 0; l < q; l++) {
            s += w[k][l] * pi[k] * pi[l];
          }
        }
        pe = s;
      }
    }
    if (1 - pe <= EPS) {
      return Estimate.undefined(name, "chance agreement is 1: every rating is in the same category ("
          + onlyCategory(pi) + "), so agreement beyond chance cannot be measured");
    }
    double coef = clampUnit((pa - pe) / (1 - pe));
    Estimate.Builder b = Estimate.builder(name, coef);
    if (n >= 2) {
      double[] piBar = new double[q];
      if (kind == Kind.PI) {
        for (int k = 0; k < q; k++) {
          double s = 0;
          for (int l = 0; l < q; l++) {
            s += (w[k][l] + w[l][k]) * pi[l];
          }
          piBar[k] = s / 2;
        }
      }
      double acFactor = kind == Kind.AC ? sumW / ((double) q * (q - 1)) : 0;
      double ss = 0;
      for (int i = 0; i < n; i++) {
        int r = uc.total[i];
        double ci = (double) n / uc.n2 * ((r >= 2 ? paI[i] - pe : 0)) / (1 - pe);
        double peI = pe;
        if (kind == Kind.AC || kind == Kind.PI) {
          double s = 0;
          for (int a = uc.start[i]; a < uc.start[i + 1]; a++) {
            int k = uc.cat[a];
            s += uc.cnt[a] * (kind == Kind.AC ? acFactor * (1 - pi[k]) : piBar[k]);
          }
          peI = s / r;
        }
        double x = ci - 2 * (1 - coef) * (peI - pe) / (1 - pe);
        ss += (x - coef) * (x - coef);
      }
      double se = Math.sqrt(ss / ((double) n * (n - 1)));
      StudentT st = StudentT.of(n - 1);
      double t = st.quantile975;
      double lower = coef - t * se;
      double upper = Math.min(1, coef + t * se);
      b.standardError(se).confidenceInterval(ConfidenceInterval.of(Math.min(lower, upper), upper, 0.95, st.method));
      if (kind != Kind.PA && se > 0) {
        b.pValue(Math.min(1, 2 * st.distribution.survivalProbability(Math.abs(coef / se))));
      }
    }
    return b.build();
  }

  /**
   * Student's t with {@code df} degrees of freedom and its 0.975 quantile, remembered for the last
   * {@code df} asked for: a report of many groups of one size (the per-city views of a review) asks for the
   * same quantile thousands of times. Immutable; the cache is one volatile reference, so it is thread-safe.
   */
  static final class StudentT {
    private static volatile StudentT last;

    final int df;
    final TDistribution distribution;
    final double quantile975;
    /** The interval method of the family with these degrees of freedom. */
    final String method;

    private StudentT(int df) {
      this.df = df;
      this.method = "linearised variance (Gwet 2008), t with " + df + " df, upper bound capped at 1";
      this.distribution = TDistribution.of(df);
      this.quantile975 = distribution.inverseSurvivalProbability(0.025);
    }

    static StudentT of(int df) {
      StudentT t = last;
      if (t == null || t.df != df) {
        t = new StudentT(df);
        last = t;
      }
      return t;
    }
  }

  /** The estimate {@code e} under the name of {@code c}: the same value, standard error, interval and p-value. */
  static Estimate renamed(Estimate e, Coefficient c) {
    if (!e.isDefined()) {
      return Estimate.undefined(c.key(), e.undefinedReason().orElseThrow());
    }
    return Estimate.builder(c.key(), e.value()).standardError(e.standardError())
        .confidenceInterval(e.confidenceInterval()).pValue(e.pValue()).build();
  }

  private static String onlyCategory(double[] pi) {
    for (int k = 0; k < pi.length; k++) {
      if (pi[k] > 0.5) {
        return "category index " + k;
      }
    }
    return "a single category";
  }

  private static CoefficientResult cohenKappa(ReliabilityData data, Weights weights, Coefficient c) {
    return cohenKappaNamed(data, weights, c, c.key());
  }

  private static CoefficientResult cohenKappaNamed(ReliabilityData data, Weights weights, Coefficient c, String name) {
    if (data.raters() != 2) {
      return twoRatersOnly(c, data);
    }
    checkWeights(data, weights);
    int q = data.scale().size();
    long[][] table = new long[q][q];
    long n = 0;
    for (int u = 0; u < data.units(); u++) {
      int a = data.code(u, 0);
      int b = data.code(u, 1);
      if (a >= 0 && b >= 0) {
        table[a][b]++;
        n++;
      }
    }
    return CoefficientResult.of(c, cohenFromTable(name, table, n, weights.matrix()));
  }

  /** Cohen's (weighted) kappa from a contingency table with the Fleiss-Cohen-Everitt variance. */
  static Estimate cohenFromTable(String name, long[][] table, long n, double[][] w) {
    if (n == 0) {
      return Estimate.undefined(name, "no unit was rated by both raters");
    }
    int q = table.length;
    double[][] p = new double[q][q];
    double[] row = new double[q];
    double[] col = new double[q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        p[k][l] = (double) table[k][l] / n;
        row[k] += p[k][l];
        col[l] += p[k][l];
      }
    }
    double po = 0;
    double pe = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        po += w[k][l] * p[k][l];
        pe += w[k][l] * row[k] * col[l];
      }
    }
    if (1 - pe <= EPS) {
      return Estimate.undefined(name, "chance agreement is 1: both raters put every unit in the same category,"
          + " so agreement beyond chance cannot be measured");
    }
    double kappa = clampUnit((po - pe) / (1 - pe));
    double[] wRow = new double[q];
    double[] wCol = new double[q];
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        wRow[k] += col[l] * w[k][l];
        wCol[l] += row[k] * w[k][l];
      }
    }
    double s = 0;
    double s0 = 0;
    for (int k = 0; k < q; k++) {
      for (int l = 0; l < q; l++) {
        double d = w[k][l] - (wRow[k] + wCol[l]) * (1 - kappa);
        s += p[k][l] * d * d;
        double d0 = w[k][l] - (wRow[k] + wCol[l]);
        s0 += row[k] * col[l] * d0 * d0;
      }
    }
    double denom = n * (1 - pe) * (1 - pe);
    double a = kappa - pe * (1 - kappa);
    double var = Math.max(0, (s - a * a) / denom);
    double var0 = Math.max(0, (s0 - pe * pe) / denom);
    double se = Math.sqrt(var);
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);
    Estimate.Builder b = Estimate.builder(name, kappa).standardError(se)
        .confidenceInterval(ConfidenceInterval.of(kappa - z * se, kappa + z * se, 0.95,
            "normal, Fleiss-Cohen-Everitt (1969) large-sample variance"));
    if (var0 > 0) {
      b.pValue(Math.min(1, 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(kappa) / Math.sqrt(var0))));
    }
    return b.build();
  }

  /** Guards against a last-ulp excursion beyond 1 from rounding; values are otherwise untouched. */
  private static double clampUnit(double x) {
    return x > 1 && x - 1 < 1e-12 ? 1 : x;
  }
}
