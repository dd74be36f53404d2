package dev.losi.core.plan;

/**
 * The exact minimum-cost cover: among items with whole-number gains and costs, the subset whose gains sum
 * to at least {@code need} at the least total cost, preferring earlier items on ties. A 0/1 knapsack in
 * its covering form, solved by dynamic programming over suffixes:
 * <pre>
 *   best[n][c] = 0 if c == 0, else infinity
 *   best[i][c] = min(best[i+1][c], cost[i] + best[i+1][max(0, c - gain[i])])
 * </pre>
 * The chosen set is read forward from {@code best[0][need]}, taking item {@code i} whenever an optimal
 * completion includes it, so of all optimal sets the one first in item order is returned. Time and memory
 * {@code O(n × need)}.
 */
final class CoverSolver {

  static final long INFINITE = Long.MAX_VALUE;
  /** The largest table, in cells, the solver builds (400 MB of longs would be far beyond any instrument). */
  static final long MAX_CELLS = 20_000_000L;

  private CoverSolver() {}

  /**
   * The chosen items, or null when the gains of all items together fall short of {@code need}.
   *
   * @param gain the gain of each item, each {@code >= 1}
   * @param cost the cost of each item, each {@code >= 0}, small enough that no sum overflows
   * @param need the gain to reach, {@code >= 0}
   */
  static boolean[] solve(long[] gain, long[] cost, long need) {
    int n = gain.length;
    if ((n + 1L) * (need + 1L) > MAX_CELLS) {
      throw new IllegalArgumentException("an exact plan needs a table of " + (n + 1L) * (need + 1L)
          + " cells, more than " + MAX_CELLS + ": the weights have too many decimal places");
    }
    int width = (int) need + 1;
    long[][] best = new long[n + 1][width];
    java.util.Arrays.fill(best[n], INFINITE);
    best[n][0] = 0;
    for (int i = n - 1; i >= 0; i--) {
      long[] next = best[i + 1];
      long[] row = best[i];
      for (int c = 0; c < width; c++) {
        long skip = next[c];
        long rest = next[(int) Math.max(0, c - gain[i])];
        long take = rest == INFINITE ? INFINITE : rest + cost[i];
        row[c] = Math.min(skip, take);
      }
    }
    if (best[0][width - 1] == INFINITE) {
      return null;
    }
    boolean[] chosen = new boolean[n];
    int c = width - 1;
    for (int i = 0; i < n && c > 0; i++) {
      long rest = best[i + 1][(int) Math.max(0, c - gain[i])];
      if (rest != INFINITE && rest + cost[i] == best[i][c]) {
        chosen[i] = true;
        c = (int) Math.max(0, c - gain[i]);
      }
    }
    return chosen;
  }
}
