package dev.losi.io;

import static dev.losi.io.Unhandled.UNHANDLED;

import dev.losi.core.City;
import dev.losi.core.LosiValidationException;
import dev.losi.io.internal.ByteKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The cities of a byte-level scan ({@link LongCsvScan}): each city id looked up by its bytes; a new city's
 * cells decoded and checked by the rules of {@link AssessmentCells} and kept as bytes, and its later rows'
 * cells compared with them byte for byte. Anything the general reader would have to judge (a blank or
 * twice-spelt id, cells that differ, a bad population or country) hands the file on ({@link Unhandled}).
 *
 * <p>Memory: per city, its {@link City}, its first-row cells as bytes and {@value #STRIDE} ints.
 *
 * <p>Not thread-safe: each part of a parallel scan has its own.
 */
final class LongCsvCities {

  /** The city cells compared across a city's rows: name, country, size class, region, population. */
  static final int FIELDS = 5;
  private static final int STRIDE = FIELDS + 2;
  /** Country, size class and region texts kept once each, up to this many. */
  private static final int SHARED_CELLS = 4096;

  private final IndicatorCodes codes;
  /** The column of the city id, and of each of the {@value #FIELDS} cells (-1 when absent). */
  private final int idColumn;
  private final int[] columns;

  /** The city ids met, by their bytes; dropped once the rows are read (the merge matches cities by text). */
  private ByteKeys ids = new ByteKeys();
  final List<City> list = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  /** Each city's first-row cells as bytes: its id, then the {@link #columns} cells. */
  private byte[] pool = new byte[4096];
  private int poolSize;
  /** Per city, {@value #STRIDE} ints: its offset in {@link #pool}, its id's length, its cells' lengths. */
  private int[] cells = new int[64 * STRIDE];
  private final Map<String, String> shared = new HashMap<>();
  /** The city of the previous row, or -1. */
  private int last = -1;

  /** Cities whose id is in column {@code idColumn} and whose {@value #FIELDS} cells are in {@code columns}. */
  LongCsvCities(IndicatorCodes codes, int idColumn, int[] columns) {
    this.codes = codes;
    this.idColumn = idColumn;
    this.columns = columns.clone();
  }

  /** Empty cities of another part, with the same columns. */
  LongCsvCities part() {
    return new LongCsvCities(codes, idColumn, columns);
  }

  /** Drops the table of ids by bytes, needed only while rows are read. */
  void rowsRead() {
    ids = null;
  }

  /** The index of the city of the current record of {@code r}, added when new. */
  int of(CsvByteRecords r) throws Unhandled {
    int id = last;
    int at = id * STRIDE;
    // a city's rows usually follow one another: the previous row's city id, compared without hashing
    if (id < 0 || cells[at + 1] != r.ends[idColumn] - r.starts[idColumn]
        || !ByteKeys.same(pool, cells[at], r.buf, r.starts[idColumn], cells[at + 1])) {
      id = r.find(ids, idColumn);
      if (id < 0) {
        last = add(r);
        return last;
      }
      last = id;
      at = id * STRIDE;
    }
    int off = cells[at] + cells[at + 1];
    for (int k = 0; k < FIELDS; k++) {
      int col = columns[k];
      int len = cells[at + 2 + k];
      if (col < 0) {
        continue;
      }
      if (len != r.ends[col] - r.starts[col] || !ByteKeys.same(pool, off, r.buf, r.starts[col], len)) {
        throw UNHANDLED; // the general reader decides whether the cells differ
      }
      off += len;
    }
    return id;
  }

  private int add(CsvByteRecords r) throws Unhandled {
    String id = r.text(idColumn);
    if (id.isBlank() || index.containsKey(id)) {
      throw UNHANDLED;
    }
    String[] texts = new String[FIELDS];
    for (int k = 0; k < FIELDS; k++) {
      texts[k] = columns[k] < 0 ? "" : r.text(columns[k]);
    }
    for (int k = 1; k <= 3; k++) { // country, size class, region: shared by many cities, kept once
      String known = shared.get(texts[k]);
      if (known != null) {
        texts[k] = known;
      } else if (shared.size() < SHARED_CELLS) {
        shared.put(texts[k], texts[k]);
      }
    }
    OptionalLong population = OptionalLong.empty();
    if (!texts[4].isEmpty()) {
      population = AssessmentCells.population(texts[4]);
      if (population.isEmpty()) {
        throw UNHANDLED;
      }
    }
    City c;
    try {
      c = AssessmentCells.build(id, texts[0], texts[1], population, texts[2], texts[3]);
    } catch (LosiValidationException e) {
      throw UNHANDLED;
    }
    if (codes.countryProblem(c.country()) != null) {
      throw UNHANDLED; // not an ISO 3166-1 country here: the general reader names it
    }
    int n = r.add(ids, idColumn);
    list.add(c);
    index.put(id, n);
    int at = n * STRIDE;
    if (at + STRIDE > cells.length) {
      cells = Arrays.copyOf(cells, cells.length * 2);
    }
    cells[at] = poolSize;
    cells[at + 1] = pool(r, idColumn);
    for (int k = 0; k < FIELDS; k++) {
      cells[at + 2 + k] = columns[k] < 0 ? 0 : pool(r, columns[k]);
    }
    return n;
  }

  /** Appends field {@code f}'s bytes to {@link #pool}; their number. */
  private int pool(CsvByteRecords r, int f) {
    int len = r.ends[f] - r.starts[f];
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(r.buf, r.starts[f], pool, poolSize, len);
    poolSize += len;
    return len;
  }

  /** Makes room here for the cities of part {@code p}, once rather than by doubling. */
  void reserve(LongCsvCities p) {
    int need = (list.size() + p.list.size()) * STRIDE;
    if (need > cells.length) {
      cells = Arrays.copyOf(cells, need);
    }
    if (poolSize + p.poolSize > pool.length) {
      pool = Arrays.copyOf(pool, poolSize + p.poolSize);
    }
  }

  /**
   * The index here of city {@code c} of part {@code p}, added when new; a city whose id or cells on its first
   * row are other bytes than its first row here hands the file on, as a later row of it would.
   */
  int merge(LongCsvCities p, int c) throws Unhandled {
    City city = p.list.get(c);
    Integer known = index.get(city.id());
    int theirs = c * STRIDE;
    int from = p.cells[theirs];
    int len = 0;
    for (int k = 1; k < STRIDE; k++) {
      len += p.cells[theirs + k];
    }
    if (known != null) {
      int at = known * STRIDE;
      if (!Arrays.equals(cells, at + 1, at + STRIDE, p.cells, theirs + 1, theirs + STRIDE)
          || !Arrays.equals(pool, cells[at], cells[at] + len, p.pool, from, from + len)) {
        throw UNHANDLED;
      }
      return known;
    }
    int n = list.size();
    list.add(city);
    index.put(city.id(), n);
    int at = n * STRIDE;
    if (at + STRIDE > cells.length) {
      cells = Arrays.copyOf(cells, Math.max(cells.length * 2, at + STRIDE));
    }
    if (poolSize + len > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
    }
    System.arraycopy(p.pool, from, pool, poolSize, len);
    cells[at] = poolSize;
    System.arraycopy(p.cells, theirs + 1, cells, at + 1, STRIDE - 1);
    poolSize += len;
    return n;
  }
}
