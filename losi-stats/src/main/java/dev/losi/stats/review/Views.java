package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
import dev.losi.stats.internal.KeyedReports;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The agreement views of {@link AssessmentReview} from coded answers held as primitive arrays: per compared
 * city, {@code codes[city][assessor * size + indicator]} (assessors in id order, {@link ReliabilityData#MISSING}
 * for not assessed). Each city's answers to an indicator become one integer key,
 * {@code sum_a (code_a + 1) (q + 1)^a} (the same with any further missing raters), once; each view is then the
 * keys of its units, in the unit order the review defines (cities in order, indicators in instrument order
 * within a city), reported by {@link KeyedReports#report} from a histogram of the keys, with no
 * {@code units x raters} copy and no {@link ReliabilityData} per view; its coefficients are those of the same
 * ratings as reliability data, bit for bit. When the pooled views' tables are too large for keys (more than
 * 4,096, about seven assessors of a city on three categories), each view's data is laid out as one packed
 * {@code units x raters} array and reported by {@link AgreementReport#of}, as before. Raw disagreement counts
 * are tallied from the same keys or arrays.
 */
final class Views {

  private final Instrument instrument;
  private final ReviewSettings settings;
  private final AnswerCoding coding;
  private final int slots;
  private final int size;
  private final List<City> cities;
  private final List<List<String>> assessors;
  private final int[][] codes;
  /** The overall view's data (or keys) and report, kept for a pair whose items are the same ratings (two assessors everywhere). */
  private int[] overallData;
  private AgreementReport overallReport;
  /** True when every view's ratings fit keys ({@link KeyedReports}): the pooled views' {@code slots} raters do. */
  private final boolean keyed;
  /** When keyed, each city's key per indicator, {@code cityKeys[city][indicator]}, over the city's assessors. */
  private final int[][] cityKeys;
  /** When keyed, per number of raters and key: 1 when at least two ratings, 3 when moreover not all equal. */
  private final byte[][] kinds;

  /**
   * @param slots the rater columns of the pooled views: the largest number of assessors of a city
   * @param cities the compared cities, in review order
   * @param assessors each city's assessor ids, in id order
   * @param codes each city's coded answers, {@code codes[city][assessor * size + indicator]}
   */
  Views(Instrument instrument, ReviewSettings settings, int slots, List<City> cities, List<List<String>> assessors,
      int[][] codes) {
    this.instrument = instrument;
    this.settings = settings;
    this.coding = settings.coding();
    this.slots = slots;
    this.size = instrument.size();
    this.cities = cities;
    this.assessors = assessors;
    this.codes = codes;
    int q = coding.scale().size();
    this.keyed = KeyedReports.fits(q, slots);
    this.cityKeys = keyed ? new int[cities.size()][] : null;
    this.kinds = keyed ? new byte[slots + 1][] : null;
    if (keyed) {
      IntStream all = IntStream.range(0, cities.size());
      (parallel(cities.size(), size) ? all.parallel() : all).forEach(c -> cityKeys[c] = keys(codes[c], raters(c), q));
      for (int r = 1; r <= slots; r++) {
        kinds[r] = kinds(r);
      }
    }
  }

  /**
   * The key of each indicator of a city's coded answers {@code cc} ({@code [assessor * size + indicator]}, {@code n}
   * assessors): {@code sum_a (code_a + 1) (q + 1)^a}, the same key with any number of further missing raters.
   */
  private int[] keys(int[] cc, int n, int q) {
    int[] k = new int[size];
    for (int a = n - 1; a >= 0; a--) {
      int base = a * size;
      for (int i = 0; i < size; i++) {
        k[i] = k[i] * (q + 1) + cc[base + i] + 1;
      }
    }
    return k;
  }

  /** The number of assessors of city {@code c}. */
  private int raters(int c) {
    return assessors.get(c).size();
  }

  /**
   * Writes city c's answers to the indicators {@code own} (every indicator, in instrument order, when null) as
   * consecutive units of {@code slots} ratings from {@code out[at]} (MISSING beyond its assessors); assessor by
   * assessor, so each city's answers are read in the order they are held.
   */
  private void slotted(int c, int[] own, int[] out, int at) {
    int[] cc = codes[c];
    int n = raters(c);
    int m = own == null ? size : own.length;
    for (int s = 0; s < slots; s++) {
      int base = s * size;
      for (int k = 0, to = at + s; k < m; k++, to += slots) {
        out[to] = s >= n ? ReliabilityData.MISSING : cc[base + (own == null ? k : own[k])];
      }
    }
  }

  /** Every item of every city: units city by city, indicators in instrument order. */
  GroupAgreement overall() {
    if (keyed) {
      int[] keys = new int[cities.size() * size];
      for (int c = 0; c < cities.size(); c++) {
        System.arraycopy(cityKeys[c], 0, keys, c * size, size);
      }
      GroupAgreement g = keyedGroup("overall", "all cities and indicators", keys, slots);
      overallData = keys;
      overallReport = g.report();
      return g;
    }
    int[] out = new int[cities.size() * size * slots];
    for (int c = 0; c < cities.size(); c++) {
      slotted(c, null, out, c * size * slots);
    }
    GroupAgreement g = group("overall", "all cities and indicators", out, slots);
    overallData = out;
    overallReport = g.report();
    return g;
  }

  /** One group per indicator (units = cities), ranked by raw disagreement, highest first (stable). */
  List<GroupAgreement> byIndicator() {
    if (keyed) {
      List<GroupAgreement> out = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int[] keys = new int[cities.size()];
        for (int c = 0; c < keys.length; c++) {
          keys[c] = cityKeys[c][i];
        }
        Indicator ind = instrument.indicators().get(i);
        out.add(keyedGroup(ind.code(), ind.title(), keys, slots));
      }
      return ranked(out);
    }
    // Every indicator's data in one pass over the cities, each city's answers read once, in the order held.
    int[][] data = new int[size][cities.size() * slots];
    for (int c = 0; c < cities.size(); c++) {
      int[] cc = codes[c];
      int n = raters(c);
      for (int s = 0, to = c * slots; s < slots; s++, to++) {
        for (int i = 0; i < size; i++) {
          data[i][to] = s >= n ? ReliabilityData.MISSING : cc[s * size + i];
        }
      }
    }
    List<GroupAgreement> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Indicator ind = instrument.indicators().get(i);
      out.add(group(ind.code(), ind.title(), data[i], slots));
      data[i] = null;
    }
    return ranked(out);
  }

  private static List<GroupAgreement> ranked(List<GroupAgreement> out) {
    out.sort(Comparator.comparingDouble((GroupAgreement x) -> -x.rawDisagreement().orElse(-1)));
    return out;
  }

  /** One group per criterion: the instrument's criteria in order, then any other criterion code of an indicator. */
  List<GroupAgreement> byCriterion() {
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    for (Criterion k : instrument.criteria()) {
      members.put(k.code(), new ArrayList<>());
    }
    for (int i = 0; i < size; i++) {
      members.computeIfAbsent(instrument.indicators().get(i).criterion(), k -> new ArrayList<>()).add(i);
    }
    List<GroupAgreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
      int[] own = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      String name = instrument.criterion(e.getKey()).map(Criterion::name).orElse(e.getKey());
      if (keyed) {
        int[] keys = new int[cities.size() * own.length];
        for (int c = 0, to = 0; c < cities.size(); c++) {
          int[] kc = cityKeys[c];
          for (int i : own) {
            keys[to++] = kc[i];
          }
        }
        out.add(keyedGroup(e.getKey(), name, keys, slots));
        continue;
      }
      int[] data = new int[cities.size() * own.length * slots];
      for (int c = 0; c < cities.size(); c++) {
        slotted(c, own, data, c * own.length * slots);
      }
      out.add(group(e.getKey(), name, data, slots));
    }
    return out;
  }

  /** One agreement per city (units = indicators, raters = its assessors), in review order. */
  List<CityAgreement> byCity() {
    CityAgreement[] out = new CityAgreement[cities.size()];
    IntStream all = IntStream.range(0, out.length);
    // Each city's report is computed alone, by the same code, into its own slot: on one thread or several,
    // the same reports in the same order. Small reviews stay on the caller's thread.
    (parallel(out.length, size) ? all.parallel() : all).forEach(c -> out[c] = city(c));
    return Arrays.asList(out);
  }

  /** The number of city-indicator items from which a review is computed on every core. */
  static final long PARALLEL_ITEMS = 50_000;

  /** Whether a review of {@code cities} compared cities on {@code size} indicators is computed on every core. */
  static boolean parallel(int cities, int size) {
    return cities * (long) size >= PARALLEL_ITEMS;
  }

  /** The agreement of city {@code c} (units = indicators, raters = its assessors). */
  private CityAgreement city(int c) {
    int n = raters(c);
    if (keyed) {
      long[] t = keyedTally(cityKeys[c], n);
      boolean alert = t[0] == 0 || AssessmentReview.exceeds(t[1], t[0], settings.alertThreshold());
      return new CityAgreement(cities.get(c), assessors.get(c), t[0], t[1], size - t[0], share(t), alert,
          keyedReport(cityKeys[c], n));
    }
    int[] cc = codes[c];
    int[] data = new int[size * n];
    for (int i = 0; i < size; i++) {
      for (int a = 0; a < n; a++) {
        data[i * n + a] = cc[a * size + i];
      }
    }
    long[] t = tally(data, n);
    boolean alert = t[0] == 0 || AssessmentReview.exceeds(t[1], t[0], settings.alertThreshold());
    return new CityAgreement(cities.get(c), assessors.get(c), t[0], t[1], size - t[0], share(t), alert,
        report(data, n));
  }

  /**
   * One group per pair of assessors who assessed the same city (units = their common items, city by city,
   * indicators in instrument order), by pair key {@code "a|b"}.
   */
  List<GroupAgreement> byAssessorPair() {
    Map<String, Pairs> pairs = new TreeMap<>();
    for (int c = 0; c < cities.size(); c++) {
      List<String> ids = assessors.get(c);
      // A key is normally one pair of the city; ids holding "|" can give two pairs one key, whose items
      // then interleave indicator by indicator, as a list filled item by item would hold them.
      Map<String, List<int[]>> keyed = new LinkedHashMap<>();
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          keyed.computeIfAbsent(ids.get(a) + "|" + ids.get(b), k -> new ArrayList<>()).add(new int[] {a, b});
        }
      }
      for (Map.Entry<String, List<int[]>> e : keyed.entrySet()) {
        Pairs p = pairs.computeIfAbsent(e.getKey(), k -> new Pairs());
        p.repeated |= e.getValue().size() > 1;
        p.blocks.add(new Block(c, e.getValue().toArray(new int[0][])));
        p.items += size * e.getValue().size();
      }
    }
    List<GroupAgreement> out = new ArrayList<>();
    for (Map.Entry<String, Pairs> e : pairs.entrySet()) {
      String[] ab = e.getKey().split("\\|", 2);
      Pairs p = e.getValue();
      int[] data = keyed ? pairKeys(p) : pairCodes(p);
      long[] t = keyed ? keyedTally(data, 2) : tally(data, 2);
      AgreementReport report;
      if (p.repeated || ab[0].isBlank() || ab[1].isBlank()) {
        report = byIds(p, List.of(ab[0], ab[1]));
      } else if (slots == 2 && Arrays.equals(data, overallData)) {
        report = overallReport; // the same ratings in the same order: the same report, computed once
      } else {
        report = keyed ? keyedReport(data, 2) : report(data, 2);
      }
      out.add(new GroupAgreement(e.getKey(), ab[0] + " and " + ab[1], t[0], t[1], share(t), report));
    }
    return out;
  }

  /** One pair key's items: its cities' blocks, in review order; repeated when a unit occurs twice. */
  private static final class Pairs {
    final List<Block> blocks = new ArrayList<>();
    int items;
    boolean repeated;
  }

  /**
   * The items of a pair key in one city: indicator by indicator, each of the city's assessor pairs {@code ab} (as
   * positions in the city) with that key, in order.
   */
  private record Block(int city, int[][] ab) {}

  /** The pair's two-rater codes, item by item: city by city, indicators in instrument order. */
  private int[] pairCodes(Pairs p) {
    int[] data = new int[2 * p.items];
    int to = 0;
    for (Block k : p.blocks) {
      int[] cc = codes[k.city()];
      for (int i = 0; i < size; i++) {
        for (int[] ab : k.ab()) {
          data[to++] = cc[ab[0] * size + i];
          data[to++] = cc[ab[1] * size + i];
        }
      }
    }
    return data;
  }

  /**
   * The data of a pair by unit ({@code "city indicator"}) and rater id, as a reader by id builds them: a
   * repeated unit is reported ({@link ReliabilityData.Builder#build()}).
   */
  private AgreementReport byIds(Pairs p, List<String> raters) {
    ReliabilityData.Builder b = ReliabilityData.builder(coding.scale());
    raters.forEach(b::rater);
    for (Block k : p.blocks) {
      int[] cc = codes[k.city()];
      for (int i = 0; i < size; i++) {
        for (int[] ab : k.ab()) {
          String unit = cities.get(k.city()).id() + " " + instrument.indicators().get(i).code();
          b.unit(unit);
          for (int r = 0; r < 2; r++) {
            int code = cc[ab[r] * size + i];
            if (code != ReliabilityData.MISSING) {
              b.rate(unit, raters.get(r), code);
            }
          }
        }
      }
    }
    return AgreementReport.of(b.build(), MeasurementLevel.NOMINAL);
  }

  /** The keys of a pair's items: {@code (first + 1) + (second + 1) (q + 1)}, as the pair's two-rater data have them. */
  private int[] pairKeys(Pairs p) {
    int q1 = coding.scale().size() + 1;
    int[] keys = new int[p.items];
    int to = 0;
    for (Block k : p.blocks) {
      int[] cc = codes[k.city()];
      if (k.ab().length == 1) {
        int a = k.ab()[0][0] * size;
        int b = k.ab()[0][1] * size;
        for (int i = 0; i < size; i++) {
          keys[to++] = cc[a + i] + 1 + (cc[b + i] + 1) * q1;
        }
        continue;
      }
      for (int i = 0; i < size; i++) {
        for (int[] ab : k.ab()) {
          keys[to++] = cc[ab[0] * size + i] + 1 + (cc[ab[1] * size + i] + 1) * q1;
        }
      }
    }
    return keys;
  }

  private GroupAgreement keyedGroup(String key, String label, int[] keys, int raters) {
    long[] t = keyedTally(keys, raters);
    return new GroupAgreement(key, label, t[0], t[1], share(t), keyedReport(keys, raters));
  }

  private AgreementReport keyedReport(int[] keys, int raters) {
    return KeyedReports.report(coding.scale(), raters, keys, MeasurementLevel.NOMINAL);
  }

  /** {compared, disagreeing} over units given by key, {@code raters} raters; as {@link #tally} of their data. */
  private long[] keyedTally(int[] keys, int raters) {
    byte[] kind = kinds[raters];
    long compared = 0;
    long disagreeing = 0;
    for (int k : keys) {
      int x = kind[k];
      compared += x & 1;
      disagreeing += x >> 1;
    }
    return new long[] {compared, disagreeing};
  }

  /** Per key of {@code raters} raters: bit 0 when at least two ratings, bit 1 when moreover not all equal. */
  private byte[] kinds(int raters) {
    int q1 = coding.scale().size() + 1;
    int size = 1;
    for (int r = 0; r < raters; r++) {
      size *= q1;
    }
    byte[] kind = new byte[size];
    int[] unit = new int[raters];
    for (int k = 0; k < size; k++) {
      for (int r = 0, rest = k; r < raters; r++, rest /= q1) {
        unit[r] = rest % q1 - 1;
      }
      long[] t = tally(unit, raters);
      kind[k] = (byte) (t[0] + 2 * t[1]);
    }
    return kind;
  }

  private GroupAgreement group(String key, String label, int[] data, int raters) {
    long[] t = tally(data, raters);
    return new GroupAgreement(key, label, t[0], t[1], share(t), report(data, raters));
  }

  private AgreementReport report(int[] data, int raters) {
    return AgreementReport.of(ReliabilityData.of(coding.scale(), raters, data), MeasurementLevel.NOMINAL);
  }

  /** {compared, disagreeing} over the units of packed data with {@code raters} columns. */
  static long[] tally(int[] data, int raters) {
    long compared = 0;
    long disagreeing = 0;
    for (int at = 0; at < data.length; at += raters) {
      int n = 0;
      int first = ReliabilityData.MISSING;
      boolean differ = false;
      for (int r = 0; r < raters; r++) {
        int c = data[at + r];
        if (c == ReliabilityData.MISSING) {
          continue;
        }
        n++;
        if (first == ReliabilityData.MISSING) {
          first = c;
        } else if (c != first) {
          differ = true;
        }
      }
      if (n >= 2) {
        compared++;
        if (differ) {
          disagreeing++;
        }
      }
    }
    return new long[] {compared, disagreeing};
  }

  private static OptionalDouble share(long[] t) {
    return t[0] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) t[1] / t[0]);
  }

  /** True when at least two of city answers {@code cc} to indicator i are assessed. */
  static boolean compared(int[] cc, int size, int i, int raters) {
    int n = 0;
    for (int a = 0; a < raters; a++) {
      if (cc[a * size + i] != ReliabilityData.MISSING) {
        n++;
      }
    }
    return n >= 2;
  }

  /** True when the assessed answers of {@code cc} to indicator i are not all equal. */
  static boolean disagrees(int[] cc, int size, int i, int raters) {
    int first = ReliabilityData.MISSING;
    for (int a = 0; a < raters; a++) {
      int c = cc[a * size + i];
      if (c == ReliabilityData.MISSING) {
        continue;
      }
      if (first == ReliabilityData.MISSING) {
        first = c;
      } else if (c != first) {
        return true;
      }
    }
    return false;
  }
}
