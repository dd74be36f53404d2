package dev.losi.stats.correlation;

/**
 * How the p-value of Kendall's tau-b is computed.
 *
 * <ul>
 *   <li>{@link #AUTO}: {@link #EXACT} when there are no ties in x or y and n &le; {@value #AUTO_EXACT_MAX_N},
 *       else {@link #ASYMPTOTIC}.
 *   <li>{@link #EXACT}: the permutation distribution of the number of discordant pairs (inversions)
 *       under independence; only without ties, and n &le; {@value #EXACT_MAX_N}.
 *   <li>{@link #ASYMPTOTIC}: the normal approximation of the statistic S = concordant - discordant with the
 *       tie-corrected variance of Kendall (1970), as scipy's {@code kendalltau(method='asymptotic')}.
 * </ul>
 *
 * @since 0.1.0
 */
public enum KendallPValue {
  /** Exact without ties for n up to {@value #AUTO_EXACT_MAX_N}, else asymptotic. */
  AUTO,
  /** The exact permutation distribution (no ties allowed). */
  EXACT,
  /** The tie-corrected normal approximation. */
  ASYMPTOTIC;

  /** The largest n for which {@link #AUTO} uses the exact distribution. */
  public static final int AUTO_EXACT_MAX_N = 50;

  /** The largest n accepted by {@link #EXACT}. */
  public static final int EXACT_MAX_N = 400;
}
