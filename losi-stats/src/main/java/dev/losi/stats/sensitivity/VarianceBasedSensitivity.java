package dev.losi.stats.sensitivity;

import dev.losi.stats.Estimate;
import dev.losi.stats.internal.Streams;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Variance-based sensitivity analysis of a model with k independent random factors: builds the
 * pseudo-random A, B and A_B(i) sample matrices of Saltelli (2010), runs the model on every row, and
 * estimates for each factor the first-order index by {@link SaltelliFirstOrder} and the total index by
 * {@link JansenTotal}. The number of model runs is {@code N * (k + 2)} with {@code N} the base samples.
 *
 * <h2>Design and seeds</h2>
 * Row {@code j} of {@code A} gives factor {@code s} the stream seed {@code seed(j, 0, s)}, row {@code j}
 * of {@code B} gives it {@code seed(j, 1, s)}, and row {@code j} of {@code A_B(i)} takes factor {@code i}
 * from {@code B} and the others from {@code A}. Seeds are a SplitMix64 mix of the master seed, the row and
 * the block, so results depend only on the options, never on evaluation order.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * VarianceBasedSensitivity.Result r = VarianceBasedSensitivity.withBaseSamples(8192).withSeed(42)
 *     .analyseUniform(3, u -> ishigami(u));
 * r.firstOrder().get(0).value();   // S_1
 * r.modelRuns();                   // 8192 * 5
 * }</pre>
 *
 * <p>Immutable and thread-safe. Reference: A. Saltelli et al. (2008), <em>Global Sensitivity Analysis:
 * The Primer</em>, Wiley, section 4.6.
 *
 * @since 0.1.0
 */
public final class VarianceBasedSensitivity {

  /** Block of the A matrix in the stream seeds. */
  public static final int BLOCK_A = 0;
  /** Block of the B matrix in the stream seeds. */
  public static final int BLOCK_B = 1;

  private final int baseSamples;
  private final long seed;

  private VarianceBasedSensitivity(int baseSamples, long seed) {
    if (baseSamples < 2) {
      throw new IllegalArgumentException("need at least 2 base samples, got " + baseSamples);
    }
    this.baseSamples = baseSamples;
    this.seed = seed;
  }

  /**
   * An analysis with {@code baseSamples} rows per matrix and seed 0.
   *
   * @param baseSamples the rows N of each matrix, at least 2
   * @return the analysis settings
   * @throws IllegalArgumentException if {@code baseSamples < 2}
   */
  public static VarianceBasedSensitivity withBaseSamples(int baseSamples) {
    return new VarianceBasedSensitivity(baseSamples, 0L);
  }

  /**
   * {@return the same analysis with another master seed}
   *
   * @param seed the master seed; the same seed gives the same indices
   */
  public VarianceBasedSensitivity withSeed(long seed) {
    return new VarianceBasedSensitivity(baseSamples, seed);
  }

  /** {@return the number of rows N of each matrix} */
  public int baseSamples() {
    return baseSamples;
  }

  /** {@return the master seed} */
  public long seed() {
    return seed;
  }

  /**
   * The stream seeds of one row: factor {@code s} takes block {@link #BLOCK_B} when {@code s == fromB},
   * block {@code block} otherwise. Use {@code (BLOCK_A, -1)} for A, {@code (BLOCK_B, -1)} for B and
   * {@code (BLOCK_A, i)} for A_B(i).
   *
   * @param seed the master seed
   * @param row the 0-based row of the matrix
   * @param factors the number of factors k
   * @param block {@link #BLOCK_A} or {@link #BLOCK_B}
   * @param fromB the factor taken from block B, or -1 for none
   * @return one stream seed per factor
   */
  public static long[] rowSeeds(long seed, int row, int factors, int block, int fromB) {
    long[] s = new long[factors];
    for (int f = 0; f < factors; f++) {
      s[f] = Streams.seed(seed, row, f == fromB ? BLOCK_B : block, f);
    }
    return s;
  }

  /**
   * Runs the model on the design and estimates the indices.
   *
   * @param factors the number of factors k, at least 1
   * @param model the model, thread-safe and deterministic
   * @return the first-order and total index of every factor, with {@code N (k + 2)} model runs
   * @throws IllegalArgumentException if {@code factors < 1} or the model returns a non-finite value
   */
  public Result analyse(int factors, FactorModel model) {
    if (factors < 1) {
      throw new IllegalArgumentException("need at least one factor, got " + factors);
    }
    int n = baseSamples;
    double[] fA = new double[n];
    double[] fB = new double[n];
    double[][] fAB = new double[factors][n];
    for (int j = 0; j < n; j++) {
      fA[j] = run(model, rowSeeds(seed, j, factors, BLOCK_A, -1));
      fB[j] = run(model, rowSeeds(seed, j, factors, BLOCK_B, -1));
      for (int i = 0; i < factors; i++) {
        fAB[i][j] = run(model, rowSeeds(seed, j, factors, BLOCK_A, i));
      }
    }
    double v = Terms.pooledVariance(fA, fB);
    List<Estimate> first = new ArrayList<>();
    List<Estimate> total = new ArrayList<>();
    for (int i = 0; i < factors; i++) {
      first.add(SaltelliFirstOrder.estimate(fA, fB, fAB[i], v));
      total.add(JansenTotal.estimate(fA, fAB[i], v));
    }
    return new Result(first, total, v, n, (long) n * (factors + 2));
  }

  /**
   * Runs a model of k factors each uniform on [0, 1): factor {@code s} is the first
   * {@code nextDouble()} of its stream.
   *
   * @param factors the number of factors k, at least 1
   * @param model the model, a function of the k factor values
   * @return the first-order and total index of every factor
   */
  public Result analyseUniform(int factors, ToDoubleFunction<double[]> model) {
    return analyse(factors, seeds -> {
      double[] u = new double[seeds.length];
      for (int s = 0; s < u.length; s++) {
        u[s] = Streams.stream(seeds[s]).nextDouble();
      }
      return model.applyAsDouble(u);
    });
  }

  private static double run(FactorModel model, long[] seeds) {
    double y = model.evaluate(seeds);
    if (!Double.isFinite(y)) {
      throw new IllegalArgumentException("the model returned " + y + "; outputs must be finite");
    }
    return y;
  }

  /**
   * The indices of every factor, in factor order.
   *
   * @param firstOrder first-order indices (Saltelli 2010), each with its standard error
   * @param total total indices (Jansen 1999), each with its standard error
   * @param variance the pooled output variance V of f(A) and f(B)
   * @param baseSamples N
   * @param modelRuns N * (k + 2)
   * @since 0.1.0
   */
  public record Result(List<Estimate> firstOrder, List<Estimate> total, double variance, int baseSamples,
      long modelRuns) {

    /**
     * Copies the lists.
     *
     * @param firstOrder first-order indices
     * @param total total indices
     * @param variance the pooled output variance V of f(A) and f(B)
     * @param baseSamples the base sample size N
     * @param modelRuns {@code N * (k + 2)}
     */
    public Result {
      firstOrder = List.copyOf(firstOrder);
      total = List.copyOf(total);
    }
  }
}
