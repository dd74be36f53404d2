package dev.losi.core.results;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The unmodifiable ranks of one result per {@link Grouping}, in the order of the groupings (as an
 * {@link java.util.EnumMap} iterates), held as one int per grouping (0 for a grouping absent): the compact
 * form of {@link CityResult#ranksWithin()}, of which there is one per city. Equality, hash code and text are
 * those of {@link Map}.
 */
final class RankMap extends AbstractMap<Grouping, Integer> {

  private static final Grouping[] GROUPINGS = Grouping.values();

  private final int[] ranks;
  private final int size;

  /** The ranks {@code ranks[g.ordinal()]}, 0 for a grouping absent; the array is kept, not copied. */
  RankMap(int[] ranks) {
    if (ranks.length != GROUPINGS.length) {
      throw new IllegalArgumentException(ranks.length + " ranks for " + GROUPINGS.length + " groupings");
    }
    int n = 0;
    for (int r : ranks) {
      if (r < 0) {
        throw new IllegalArgumentException("a rank is at least 1, got " + r);
      }
      n += r > 0 ? 1 : 0;
    }
    this.ranks = ranks;
    this.size = n;
  }

  /** A copy of {@code map}, whose ranks must be at least 1. */
  RankMap(Map<Grouping, Integer> map) {
    ranks = new int[GROUPINGS.length];
    map.forEach((g, r) -> {
      if (r < 1) {
        throw new IllegalArgumentException("a rank is at least 1, got " + r + " within " + g);
      }
      ranks[g.ordinal()] = r;
    });
    size = map.size();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof Grouping g && ranks[g.ordinal()] > 0;
  }

  @Override
  public Integer get(Object key) {
    return key instanceof Grouping g && ranks[g.ordinal()] > 0 ? ranks[g.ordinal()] : null;
  }

  @Override
  public Set<Map.Entry<Grouping, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<Grouping, Integer>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < ranks.length && ranks[i] == 0) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < ranks.length;
          }

          @Override
          public Map.Entry<Grouping, Integer> next() {
            if (next >= ranks.length) {
              throw new NoSuchElementException();
            }
            int i = next;
            next = advance(i + 1);
            return new AbstractMap.SimpleImmutableEntry<>(GROUPINGS[i], ranks[i]);
          }
        };
      }
    };
  }
}
