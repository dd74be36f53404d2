package dev.losi.core.mapping;

import dev.losi.core.level.Level;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of cities by level in the earlier edition (rows) and the later edition (columns), as in the
 * 2022 Survey's comparison of the 83 cities assessed in both 2020 and 2022 (Chapter 3, p. 90).
 * Levels are in the order very high, high, middle, low.
 *
 * @since 0.1.0
 */
public final class LevelTransitionMatrix {

  private final int[][] counts = new int[4][4];

  private LevelTransitionMatrix() {}

  /**
   * A matrix from (before, after) pairs.
   *
   * @param transitions one (level before, level after) pair per city
   * @return the counts of the pairs
   */
  public static LevelTransitionMatrix of(List<Map.Entry<Level, Level>> transitions) {
    LevelTransitionMatrix m = new LevelTransitionMatrix();
    for (Map.Entry<Level, Level> t : transitions) {
      m.counts[t.getKey().ordinal()][t.getValue().ordinal()]++;
    }
    return m;
  }

  /**
   * {@return the number of cities at {@code before} in the earlier edition and {@code after} in the later}
   *
   * @param before the level in the earlier edition
   * @param after the level in the later edition
   */
  public int count(Level before, Level after) {
    return counts[before.ordinal()][after.ordinal()];
  }

  /** {@return the number of cities per level in the earlier edition (row totals), every level present} */
  public Map<Level, Integer> before() {
    return totals(true);
  }

  /** {@return the number of cities per level in the later edition (column totals), every level present} */
  public Map<Level, Integer> after() {
    return totals(false);
  }

  /** Row totals (levels before) or column totals (levels after). */
  private Map<Level, Integer> totals(boolean rows) {
    Map<Level, Integer> m = new EnumMap<>(Level.class);
    for (Level x : Level.values()) {
      int s = 0;
      for (Level y : Level.values()) {
        s += rows ? count(x, y) : count(y, x);
      }
      m.put(x, s);
    }
    return Collections.unmodifiableMap(m);
  }

  /** {@return the number of cities} */
  public int total() {
    return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
  }

  /** {@return cities at the same level in both editions (the diagonal)} */
  public int unchanged() {
    int s = 0;
    for (int i = 0; i < 4; i++) {
      s += counts[i][i];
    }
    return s;
  }

  /** {@return cities at a higher level in the later edition (above the diagonal, since very high comes first)} */
  public int movedUp() {
    int s = 0;
    for (int b = 0; b < 4; b++) {
      for (int a = 0; a < b; a++) {
        s += counts[b][a];
      }
    }
    return s;
  }

  /** {@return cities at a lower level in the later edition} */
  public int movedDown() {
    return total() - unchanged() - movedUp();
  }

  /**
   * A plain-text table: rows are the earlier edition's levels, columns the later edition's, with
   * totals.
   *
   * @param beforeLabel the row heading, for example {@code 2020}
   * @param afterLabel the column heading, for example {@code 2022}
   * @return the table: a heading line, one line per level and a total line, each ended by
   *     {@link System#lineSeparator()}
   */
  public String render(String beforeLabel, String afterLabel) {
    StringBuilder sb = new StringBuilder();
    String head = beforeLabel + " \\ " + afterLabel;
    int w = Math.max(12, head.length());
    sb.append(String.format(java.util.Locale.ROOT, "%-" + w + "s", head));
    for (Level a : Level.values()) {
      sb.append(String.format(java.util.Locale.ROOT, " %10s", a.label()));
    }
    sb.append(String.format(java.util.Locale.ROOT, " %10s%n", "total"));
    for (Level b : Level.values()) {
      sb.append(String.format(java.util.Locale.ROOT, "%-" + w + "s", b.label()));
      for (Level a : Level.values()) {
        sb.append(String.format(java.util.Locale.ROOT, " %10d", count(b, a)));
      }
      sb.append(String.format(java.util.Locale.ROOT, " %10d%n", before().get(b)));
    }
    sb.append(String.format(java.util.Locale.ROOT, "%-" + w + "s", "total"));
    for (Level a : Level.values()) {
      sb.append(String.format(java.util.Locale.ROOT, " %10d", after().get(a)));
    }
    sb.append(String.format(java.util.Locale.ROOT, " %10d%n", total()));
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LevelTransitionMatrix m && java.util.Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return render("before", "after");
  }
}
