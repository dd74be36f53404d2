package dev.losi.stats.study;

import dev.losi.core.level.Level;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Counts of cities by LOSI level (rows) and their country's OSI level (columns), as in the UN
 * E-Government Survey 2022's comparison of city and national portal levels. Levels are those of
 * {@link Level} (very high [0.75, 1], high [0.5, 0.75), middle [0.25, 0.5), low [0, 0.25)). Immutable.
 *
 * @since 0.1.0
 */
public final class ConvergenceTable {

  private static final Level[] LEVELS = Level.values();
  private final int[][] counts = new int[LEVELS.length][LEVELS.length];
  private final int total;

  /**
   * Tabulates the given cities.
   *
   * @param cities the joined cities, each with its LOSI and OSI level
   */
  public ConvergenceTable(Collection<MatchedCity> cities) {
    for (MatchedCity c : cities) {
      counts[c.losiLevel().ordinal()][c.osiLevel().ordinal()]++;
    }
    this.total = cities.size();
  }

  /**
   * {@return the number of cities with this LOSI level whose country has this OSI level}
   *
   * @param losiLevel the city's LOSI level
   * @param osiLevel its country's OSI level
   */
  public int count(Level losiLevel, Level osiLevel) {
    return counts[losiLevel.ordinal()][osiLevel.ordinal()];
  }

  /**
   * {@return the number of cities with the given LOSI level (a row total)}
   *
   * @param losiLevel the LOSI level
   */
  public int losiTotal(Level losiLevel) {
    return Arrays.stream(counts[losiLevel.ordinal()]).sum();
  }

  /**
   * {@return the number of cities whose country has the given OSI level (a column total)}
   *
   * @param osiLevel the OSI level
   */
  public int osiTotal(Level osiLevel) {
    int sum = 0;
    for (int[] row : counts) {
      sum += row[osiLevel.ordinal()];
    }
    return sum;
  }

  /** {@return all cities tabulated} */
  public int total() {
    return total;
  }

  /** {@return cities at the same level as their country (the diagonal)} */
  public int sameLevel() {
    int sum = 0;
    for (int i = 0; i < LEVELS.length; i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /** {@return cities at a higher level than their country} */
  public int cityAbove() {
    int sum = 0;
    for (int l = 0; l < LEVELS.length; l++) {
      for (int o = 0; o < LEVELS.length; o++) {
        if (l < o) {
          sum += counts[l][o];
        }
      }
    }
    return sum;
  }

  /** {@return cities at a lower level than their country} */
  public int cityBelow() {
    return total - sameLevel() - cityAbove();
  }

  /** A plain-text table: rows LOSI level, columns OSI level, with totals. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s", "LOSI \\ OSI"));
    for (Level o : LEVELS) {
      sb.append(String.format(Locale.ROOT, "%10s", o.label()));
    }
    sb.append(String.format(Locale.ROOT, "%10s%n", "total"));
    for (Level l : LEVELS) {
      sb.append(String.format(Locale.ROOT, "%-16s", l.label()));
      for (Level o : LEVELS) {
        sb.append(String.format(Locale.ROOT, "%10d", count(l, o)));
      }
      sb.append(String.format(Locale.ROOT, "%10d%n", losiTotal(l)));
    }
    sb.append(String.format(Locale.ROOT, "%-16s", "total"));
    for (Level o : LEVELS) {
      sb.append(String.format(Locale.ROOT, "%10d", osiTotal(o)));
    }
    sb.append(String.format(Locale.ROOT, "%10d%n", total));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConvergenceTable t && Arrays.deepEquals(t.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }
}
