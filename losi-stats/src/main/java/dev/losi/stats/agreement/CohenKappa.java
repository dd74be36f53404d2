package dev.losi.stats.agreement;

import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Cohen's (weighted) kappa of two raters from their {@code q x q} contingency table, with the large-sample
 * variance of Fleiss, Cohen and Everitt (1969) and the variance under H0 for the p-value; the formulas are in
 * {@link Agreement}'s class documentation (those of statsmodels' {@code cohens_kappa} and SAS PROC FREQ).
 */
final class CohenKappa {

  private static final double EPS = 1e-12;

  /** The standard normal distribution and its 0.975 quantile, made once. */
  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
  private static final double Z975 = NORMAL.inverseSurvivalProbability(0.025);

  private CohenKappa() {}

  /** Cohen's (weighted) kappa from a contingency table with the Fleiss-Cohen-Everitt variance. */
  static Estimate fromTable(String name, long[][] table, long n, double[][] w) {
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
    double kappa = Agreement.clampUnit((po - pe) / (1 - pe));
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
    double z = Z975;
    Estimate.Builder b = Estimate.builder(name, kappa).standardError(se)
        .confidenceInterval(ConfidenceInterval.of(kappa - z * se, kappa + z * se, 0.95,
            "normal, Fleiss-Cohen-Everitt (1969) large-sample variance"));
    if (var0 > 0) {
      b.pValue(Math.min(1, 2 * NORMAL.survivalProbability(Math.abs(kappa) / Math.sqrt(var0))));
    }
    return b.build();
  }
}
