package dev.losi.stats.agreement;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;

/**
 * The linearised family of Gwet (2008, 2014) on per-unit category counts: percent agreement, Bennett's S and
 * Randolph's kappa (Brennan-Prediger), Gwet's AC1/AC2, Scott's pi and Fleiss' kappa, each
 * {@code (p_a - p_e) / (1 - p_e)} with its chance agreement, and the linearised variance with a t interval;
 * the formulas are in {@link Agreement}'s class documentation. One algorithm: the observed side
 * ({@link Observed}, computed once per set of counts and weights) and the estimate of each kind.
 */
final class GwetFamily {

  private static final double EPS = 1e-12;

  private GwetFamily() {}

  /**
   * The observed side of the family for one set of counts and weights: per pattern of units {@code p_a|i}, the mean
   * {@code p_a} and the classification probabilities {@code pi_k}. Every coefficient of the family on the
   * same counts and weights reads the same values, so a report computes them once ({@link #estimate(Coefficient,
   * Observed, UnitCounts, Weights, Agreement.Kind)}); the arithmetic is the same as computing them per coefficient.
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

    /**
     * The observed values; the counts must have a unit with two ratings ({@code uc.n2 > 0}). {@code paI} is
     * per pattern; the sums run unit by unit in data order.
     */
    static Observed of(UnitCounts uc, Weights weights) {
      double[][] w = weights.matrix();
      int n = uc.n;
      int q = uc.q;
      double[] paI = new double[uc.patterns];
      double[] share = new double[uc.start[uc.patterns]]; // per entry: r_ik / r_i
      for (int p = 0; p < uc.patterns; p++) {
        int s = uc.start[p];
        int e = uc.start[p + 1];
        int r = uc.total[p];
        for (int a = s; a < e; a++) {
          share[a] = (double) uc.cnt[a] / r;
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
          paI[p] = sum / ((double) r * (r - 1));
        }
      }
      double pa = 0;
      double[] pi = new double[q];
      for (int i = 0; i < n; i++) {
        int p = uc.unit[i];
        for (int a = uc.start[p]; a < uc.start[p + 1]; a++) {
          pi[uc.cat[a]] += share[a];
        }
        if (uc.total[p] >= 2) {
          pa += paI[p];
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
  static Estimate estimate(Coefficient coefficient, Observed observed, UnitCounts uc, Weights weights, Agreement.Kind kind) {
    String name = coefficient.key();
    if (uc.n2 == 0) {
      return Estimate.undefined(name, "no unit has two or more ratings");
    }
    int q = uc.q;
    if ((kind == Agreement.Kind.AC || kind == Agreement.Kind.BP) && q < 2) {
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
    double coef = Agreement.clampUnit((pa - pe) / (1 - pe));
    Estimate.Builder b = Estimate.builder(name, coef);
    if (n >= 2) {
      double[] piBar = new double[q];
      if (kind == Agreement.Kind.PI) {
        for (int k = 0; k < q; k++) {
          double s = 0;
          for (int l = 0; l < q; l++) {
            s += (w[k][l] + w[l][k]) * pi[l];
          }
          piBar[k] = s / 2;
        }
      }
      double acFactor = kind == Agreement.Kind.AC ? sumW / ((double) q * (q - 1)) : 0;
      double[] square = new double[uc.patterns]; // per pattern: (c*_i - c)^2
      for (int p = 0; p < uc.patterns; p++) {
        int r = uc.total[p];
        double ci = (double) n / uc.n2 * ((r >= 2 ? paI[p] - pe : 0)) / (1 - pe);
        double peI = pe;
        if (kind == Agreement.Kind.AC || kind == Agreement.Kind.PI) {
          double s = 0;
          for (int a = uc.start[p]; a < uc.start[p + 1]; a++) {
            int k = uc.cat[a];
            s += uc.cnt[a] * (kind == Agreement.Kind.AC ? acFactor * (1 - pi[k]) : piBar[k]);
          }
          peI = s / r;
        }
        double x = ci - 2 * (1 - coef) * (peI - pe) / (1 - pe);
        square[p] = (x - coef) * (x - coef);
      }
      double ss = 0;
      for (int i = 0; i < n; i++) {
        ss += square[uc.unit[i]];
      }
      double se = Math.sqrt(ss / ((double) n * (n - 1)));
      StudentT st = StudentT.of(n - 1);
      double t = st.quantile975;
      double lower = coef - t * se;
      double upper = Math.min(1, coef + t * se);
      b.standardError(se).confidenceInterval(ConfidenceInterval.of(Math.min(lower, upper), upper, 0.95, st.method));
      if (kind != Agreement.Kind.PA && se > 0) {
        b.pValue(Math.min(1, 2 * st.distribution.survivalProbability(Math.abs(coef / se))));
      }
    }
    return b.build();
  }

  private static String onlyCategory(double[] pi) {
    for (int k = 0; k < pi.length; k++) {
      if (pi[k] > 0.5) {
        return "category index " + k;
      }
    }
    return "a single category";
  }
}
