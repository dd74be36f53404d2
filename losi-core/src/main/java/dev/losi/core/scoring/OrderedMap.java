package dev.losi.core.scoring;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of a few entries in a fixed order, held in two arrays: the compact form of the
 * sub-index maps of {@link CityScore} and {@link AdjustedScore} (a handful of criteria and channel scopes,
 * kept for every city). The key array may be shared by many maps. Lookup is a linear search, so a map of
 * more than {@link #MOST} entries is kept as an unmodifiable {@link LinkedHashMap} instead (see {@link #copy}).
 * Equality, hash code and text are those of {@link Map}.
 */
final class OrderedMap<K, V> extends AbstractMap<K, V> {

  /** The most entries kept in arrays. */
  static final int MOST = 16;

  private final Object[] keys;
  private final Object[] values;

  /** A map of {@code keys[i]} to {@code values[i]}; both kept, not copied, and neither changed later. */
  OrderedMap(Object[] keys, Object[] values) {
    if (keys.length != values.length) {
      throw new IllegalArgumentException(keys.length + " keys for " + values.length + " values");
    }
    this.keys = keys;
    this.values = values;
  }

  /**
   * An unmodifiable copy of {@code map} in its iteration order (this map itself when it is an OrderedMap).
   *
   * @throws NullPointerException when a key or value is null
   */
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    if (map instanceof OrderedMap<K, V> m) {
      return m;
    }
    if (map.size() > MOST) {
      Map<K, V> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
      return Collections.unmodifiableMap(copy);
    }
    Object[] k = new Object[map.size()];
    Object[] v = new Object[k.length];
    int i = 0;
    for (Map.Entry<K, V> e : map.entrySet()) {
      if (i == k.length) {
        throw new IllegalArgumentException("the map grew while copied");
      }
      k[i] = Objects.requireNonNull(e.getKey());
      v[i++] = Objects.requireNonNull(e.getValue());
    }
    if (i != k.length) {
      throw new IllegalArgumentException("the map shrank while copied");
    }
    return new OrderedMap<>(k, v);
  }

  @Override
  public int size() {
    return keys.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return keys.length;
      }

      @Override
      public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keys.length;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<K, V> next() {
            if (next >= keys.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>((K) keys[i], (V) values[i]);
          }
        };
      }
    };
  }
}
