package dev.losi.stats.correlation;

import dev.losi.core.NumberText;
import dev.losi.stats.ConfidenceInterval;
import dev.losi.stats.Estimate;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Correlation coefficients of paired data with inference: Pearson's r, Spearman's rho and Kendall's
 * tau-b. Each method returns an {@link Estimate} with a two-sided p-value for the null hypothesis of
 * zero correlation and a 95% confidence interval.
 *
 * <h2>Input and degenerate cases</h2>
 *
 * <ul>
 *   <li>{@code null} arrays: {@link NullPointerException}.
 *   <li>Unequal lengths, NaN or infinite values: a {@link dev.losi.core.LosiValidationException} listing
 *       every offending pair (1-based) and variable. These are mistakes in the input, never guessed around.
 *   <li>n &lt; 3, or a constant x or y: {@link Estimate#undefined} with the reason (the coefficient is
 *       0/0 or has no inference). These are properties of valid data, so the caller gets a result to report.
 * </ul>
 *
 * <p>All methods are thread-safe and work on primitive arrays without boxing; Spearman and Kendall sort
 * each variable once (O(n log n)), Pearson is two passes (O(n)). The arrays are not modified.
 * {@link #all} of {@value #PARALLEL_MIN_N} pairs or more runs on two threads (the caller's and one of the
 * common fork-join pool), with the same results as on one.
 *
 * @since 0.1.0
 */
public final class Correlation {

  /** Statistic name of Pearson's r in {@link Estimate#statistic()}. */
  public static final String PEARSON = "pearson";
  /** Statistic name of Spearman's rho. */
  public static final String SPEARMAN = "spearman";
  /** Statistic name of Kendall's tau-b. */
  public static final String KENDALL = "kendall";

  /** The confidence level of the intervals returned here. */
  public static final double LEVEL = 0.95;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Correlation() {}

  /**
   * Pearson's product-moment correlation
   * r = Σ(x<sub>i</sub>-x̄)(y<sub>i</sub>-ȳ) / sqrt(Σ(x<sub>i</sub>-x̄)² Σ(y<sub>i</sub>-ȳ)²).
   *
   * <p>p-value: two-sided, from t = r sqrt((n-2)/(1-r²)) with n-2 degrees of freedom (exact under
   * bivariate normality); 0 when |r| = 1. Interval: Fisher's z, tanh(atanh(r) ± z<sub>0.975</sub>/sqrt(n-3))
   * (Fisher 1921); [r, r] when |r| = 1 and [-1, 1] when n = 3 (no information for the interval).
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @return r in [-1, 1] with p-value and interval; undefined for fewer than 3 pairs or a constant x or y
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public static Estimate pearson(double[] x, double[] y) {
    PairedData.check(x, y);
    String degenerate = degenerate(PEARSON, x, y);
    if (degenerate != null) {
      return Estimate.undefined(PEARSON, degenerate);
    }
    double r = pearsonValue(x, y);
    int n = x.length;
    return Estimate.builder(PEARSON, r)
        .pValue(tTestPValue(r, n))
        .confidenceInterval(fisherInterval(r, n > 3 ? 1 / Math.sqrt(n - 3.0) : Double.POSITIVE_INFINITY,
            "Fisher z, se 1/sqrt(n-3)"))
        .build();
  }

  /**
   * Spearman's rank correlation rho: Pearson's r of the average ranks (ties get the mean of the ranks
   * they span, as {@code NaturalRanking} with {@code TiesStrategy.AVERAGE}).
   *
   * <p>p-value: two-sided, t approximation t = rho sqrt((n-2)/(1-rho²)) with n-2 degrees of freedom (as R's
   * {@code cor.test(exact=FALSE)} and scipy's {@code spearmanr}); 0 when |rho| = 1. Interval: Fisher z with
   * the standard error sqrt((1 + rho²/2)/(n-3)) of Bonett and Wright (2000), Psychometrika 65:23-28;
   * [rho, rho] when |rho| = 1 and [-1, 1] when n = 3.
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @return rho in [-1, 1] with p-value and interval; undefined for fewer than 3 pairs or a constant x or y
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public static Estimate spearman(double[] x, double[] y) {
    PairedData.check(x, y);
    return spearman(x, y, null);
  }

  /** Spearman's rho of checked data, the ranks taken from (or put into) {@code shared} when it is not null. */
  private static Estimate spearman(double[] x, double[] y, Ranks[] shared) {
    String degenerate = degenerate(SPEARMAN, x, y);
    if (degenerate != null) {
      return Estimate.undefined(SPEARMAN, degenerate);
    }
    double rho = pearsonValue(ranks(shared, 0, x).averageRanks(), ranks(shared, 1, y).averageRanks());
    int n = x.length;
    double se = n > 3 ? Math.sqrt((1 + rho * rho / 2) / (n - 3.0)) : Double.POSITIVE_INFINITY;
    return Estimate.builder(SPEARMAN, rho)
        .pValue(tTestPValue(rho, n))
        .confidenceInterval(fisherInterval(rho, se, "Fisher z, Bonett-Wright se sqrt((1+rho^2/2)/(n-3))"))
        .build();
  }

  /**
   * {@return Kendall's tau-b with the {@link KendallPValue#AUTO} p-value. See {@link #kendall(double[], double[], KendallPValue)}}
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   */
  public static Estimate kendall(double[] x, double[] y) {
    return kendall(x, y, KendallPValue.AUTO);
  }

  /**
   * Kendall's tau-b = (n<sub>c</sub> - n<sub>d</sub>) / sqrt((n<sub>0</sub>-n<sub>1</sub>)(n<sub>0</sub>-n<sub>2</sub>)),
   * where n<sub>0</sub> = n(n-1)/2, n<sub>1</sub> and n<sub>2</sub> are the pairs tied in x and in y, and
   * n<sub>c</sub>, n<sub>d</sub> the concordant and discordant pairs. Computed in O(n log n) with Knight's
   * (1966) algorithm (JASA 61:436-439): sort by x then y, count the inversions of y with a merge sort;
   * all pair counts are {@code long}, so n up to {@code Integer.MAX_VALUE} cannot overflow.
   *
   * <p>p-value (two-sided): see {@link KendallPValue}. Asymptotic: z = S / sqrt(var S) with
   * var S = [n(n-1)(2n+5) - Σt(t-1)(2t+5) - Σu(u-1)(2u+5)]/18 + Σt(t-1)·Σu(u-1)/(2n(n-1))
   * + Σt(t-1)(t-2)·Σu(u-1)(u-2)/(9n(n-1)(n-2)) over the tie groups t of x and u of y (Kendall 1970,
   * Rank Correlation Methods, ch. 4). Exact: p = min(1, 2 P(D &le; min(d, n<sub>0</sub>-d))) where D is the
   * number of inversions of a random permutation (its distribution by the recurrence of the Mahonian numbers).
   *
   * <p>Interval: Fisher z with the standard error sqrt(0.437/(n-4)) of Fieller, Hartley and Pearson (1957),
   * Biometrika 44:470-481, as recommended by Bonett and Wright (2000); [-1, 1] when n &le; 4 and [tau, tau]
   * when |tau| = 1.
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @param pValueMethod exact, normal approximation or automatic choice
   * @return tau-b in [-1, 1] with p-value and interval; undefined for fewer than 3 pairs or a constant x or y
   * @throws IllegalArgumentException if {@code EXACT} is asked for data with ties or n &gt; {@value KendallPValue#EXACT_MAX_N}
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public static Estimate kendall(double[] x, double[] y, KendallPValue pValueMethod) {
    Objects.requireNonNull(pValueMethod, "pValueMethod");
    PairedData.check(x, y);
    return kendall(x, y, pValueMethod, null);
  }

  /** Kendall's tau-b of checked data, the ranks taken from (or put into) {@code shared} when it is not null. */
  private static Estimate kendall(double[] x, double[] y, KendallPValue pValueMethod, Ranks[] shared) {
    String degenerate = degenerate(KENDALL, x, y);
    if (degenerate != null) {
      return Estimate.undefined(KENDALL, degenerate);
    }
    Kendall k = Kendall.compute(ranks(shared, 0, x), ranks(shared, 1, y));
    int n = x.length;
    boolean noTies = k.tiedX == 0 && k.tiedY == 0;
    boolean exact;
    switch (pValueMethod) {
      case EXACT -> {
        if (!noTies) {
          throw new IllegalArgumentException("the exact p-value of Kendall's tau needs data without ties; x has "
              + k.tiedX + " tied pairs and y " + k.tiedY + " (use ASYMPTOTIC or AUTO)");
        }
        if (n > KendallPValue.EXACT_MAX_N) {
          throw new IllegalArgumentException("the exact p-value of Kendall's tau is computed for n <= "
              + KendallPValue.EXACT_MAX_N + ", got n = " + n + " (use ASYMPTOTIC or AUTO)");
        }
        exact = true;
      }
      case AUTO -> exact = noTies && n <= KendallPValue.AUTO_EXACT_MAX_N;
      default -> exact = false;
    }
    double p = exact ? Kendall.exactPValue(n, k.discordant) : k.asymptoticPValue(n);
    double se = n > 4 ? Math.sqrt(0.437 / (n - 4.0)) : Double.POSITIVE_INFINITY;
    return Estimate.builder(KENDALL, k.tauB)
        .pValue(p)
        .confidenceInterval(fisherInterval(k.tauB, se, "Fisher z, Fieller-Hartley-Pearson se sqrt(0.437/(n-4))"))
        .build();
  }

  /**
   * All three coefficients of the same data (Kendall with the {@link KendallPValue#AUTO} p-value).
   *
   * @param x the first variable, finite values
   * @param y the second variable, finite values, as many as {@code x}
   * @return Pearson, Spearman and Kendall
   * @throws dev.losi.core.LosiValidationException for unequal lengths or non-finite values
   */
  public static CorrelationSummary all(double[] x, double[] y) {
    PairedData.check(x, y);
    Ranks[] shared = new Ranks[2]; // one sort per variable for both rank coefficients
    if (x.length < PARALLEL_MIN_N) {
      return new CorrelationSummary(x.length, pearson(x, y), spearman(x, y, shared),
          kendall(x, y, KendallPValue.AUTO, shared));
    }
    // Two threads: the ranks of y beside those of x, then Kendall beside Pearson and Spearman. Each value is
    // computed by the same code on the same arrays as on one thread, so the results do not depend on it.
    ForkJoinTask<Ranks> ranksOfY = ForkJoinPool.commonPool().submit(() -> Ranks.of(y));
    shared[0] = Ranks.of(x);
    shared[1] = ranksOfY.join();
    ForkJoinTask<Estimate> kendall = ForkJoinPool.commonPool().submit(() -> kendall(x, y, KendallPValue.AUTO, shared));
    Estimate pearson = pearson(x, y);
    Estimate spearman = spearman(x, y, shared);
    return new CorrelationSummary(x.length, pearson, spearman, kendall.join());
  }

  /** From this many pairs, {@link #all} uses a second thread (of the common fork-join pool). */
  static final int PARALLEL_MIN_N = 50_000;

  /** The ranks of {@code v}, computed once per slot of {@code shared} (each time when it is null). */
  private static Ranks ranks(Ranks[] shared, int slot, double[] v) {
    if (shared == null) {
      return Ranks.of(v);
    }
    if (shared[slot] == null) {
      shared[slot] = Ranks.of(v);
    }
    return shared[slot];
  }

  // ---------------------------------------------------------------------------------------------
  // Package-private building blocks (also used by Bootstrap).

  /** The reason the data are degenerate, or null. Inputs already checked. */
  static String degenerate(String statistic, double[] x, double[] y) {
    int n = x.length;
    if (n < 3) {
      return "n = " + n + " < 3: " + statistic + " needs at least 3 pairs";
    }
    boolean cx = PairedData.isConstant(x);
    boolean cy = PairedData.isConstant(y);
    if (cx && cy) {
      return "x and y are both constant (every x is " + NumberText.shortest(x[0]) + ", every y is "
          + NumberText.shortest(y[0]) + ")";
    }
    if (cx) {
      return "x is constant (every value is " + NumberText.shortest(x[0]) + ")";
    }
    if (cy) {
      return "y is constant (every value is " + NumberText.shortest(y[0]) + ")";
    }
    return null;
  }

  /** Pearson's r of non-degenerate finite data, clamped to [-1, 1]. */
  static double pearsonValue(double[] x, double[] y) {
    int n = x.length;
    double mx = mean(x);
    double my = mean(y);
    // Scale the deviations so that squares cannot overflow for huge values.
    double ax = 0;
    double ay = 0;
    for (int i = 0; i < n; i++) {
      ax = Math.max(ax, Math.abs(x[i] - mx));
      ay = Math.max(ay, Math.abs(y[i] - my));
    }
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < n; i++) {
      double dx = (x[i] - mx) / ax;
      double dy = (y[i] - my) / ay;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1.0, Math.min(1.0, r));
  }

  /** Spearman's rho of non-degenerate finite data. */
  static double spearmanValue(double[] x, double[] y) {
    return pearsonValue(Ranks.of(x).averageRanks(), Ranks.of(y).averageRanks());
  }

  /** Kendall's tau-b of non-degenerate finite data. */
  static double kendallValue(double[] x, double[] y) {
    return Kendall.compute(x, y).tauB;
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    double m = sum / v.length;
    if (!Double.isFinite(m)) {
      m = 0;
      for (double d : v) {
        m += d / v.length;
      }
    }
    // One correction pass (the second pass of the corrected two-pass algorithm).
    double c = 0;
    for (double d : v) {
      c += d - m;
    }
    double corrected = m + c / v.length;
    return Double.isFinite(corrected) ? corrected : m;
  }

  /** Two-sided p-value of r with n-2 degrees of freedom via t = r sqrt((n-2)/(1-r^2)). */
  static double tTestPValue(double r, int n) {
    double oneMinus = (1 - r) * (1 + r);
    if (oneMinus <= 0) {
      return 0.0;
    }
    double t = Math.abs(r) * Math.sqrt((n - 2) / oneMinus);
    return Math.min(1.0, 2 * TDistribution.of(n - 2.0).survivalProbability(t));
  }

  /** tanh(atanh(r) ± z_{0.975} se); [r, r] when |r| = 1; [-1, 1] when se is infinite. */
  static ConfidenceInterval fisherInterval(double r, double se, String method) {
    if (Math.abs(r) >= 1) {
      return ConfidenceInterval.of(r, r, LEVEL, method);
    }
    if (!Double.isFinite(se)) {
      return ConfidenceInterval.of(-1, 1, LEVEL, method + " (n too small: whole range)");
    }
    double z = 0.5 * StrictMath.log((1 + r) / (1 - r));
    double half = STANDARD_NORMAL.inverseSurvivalProbability((1 - LEVEL) / 2) * se;
    double lo = StrictMath.tanh(z - half);
    double hi = StrictMath.tanh(z + half);
    return ConfidenceInterval.of(Math.min(lo, r), Math.max(hi, r), LEVEL, method);
  }
}
