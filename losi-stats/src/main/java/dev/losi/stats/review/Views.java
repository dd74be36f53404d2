package dev.losi.stats.review;

import dev.losi.core.City;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.stats.agreement.AgreementReport;
import dev.losi.stats.agreement.MeasurementLevel;
import dev.losi.stats.agreement.ReliabilityData;
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
 * for not assessed). Each view's reliability data is laid out as one packed {@code units x raters} array, in
 * the unit order the review defines (cities in order, indicators in instrument order within a city), and
 * reported by {@link AgreementReport#of}; so the coefficients are those of the same ratings read any other
 * way, bit for bit, without a string or an object per item. Raw disagreement counts are tallied from the
 * same arrays.
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
  /** The overall view's data and report, kept for a pair whose items are the same ratings (two assessors everywhere). */
  private int[] overallData;
  private AgreementReport overallReport;

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
      int[] data = new int[cities.size() * own.length * slots];
      for (int c = 0; c < cities.size(); c++) {
        slotted(c, own, data, c * own.length * slots);
      }
      String name = instrument.criterion(e.getKey()).map(Criterion::name).orElse(e.getKey());
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
    (out.length * (long) size >= PARALLEL_ITEMS ? all.parallel() : all).forEach(c -> out[c] = city(c));
    return Arrays.asList(out);
  }

  /** The number of city-indicator items from which the per-city reports are computed on every core. */
  static final long PARALLEL_ITEMS = 50_000;

  /** The agreement of city {@code c} (units = indicators, raters = its assessors). */
  private CityAgreement city(int c) {
    int n = raters(c);
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
      int[] cc = codes[c];
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
        for (int i = 0; i < size; i++) {
          for (int[] ab : e.getValue()) {
            p.add(c, i, cc[ab[0] * size + i], cc[ab[1] * size + i]);
          }
        }
      }
    }
    List<GroupAgreement> out = new ArrayList<>();
    for (Map.Entry<String, Pairs> e : pairs.entrySet()) {
      String[] ab = e.getKey().split("\\|", 2);
      Pairs p = e.getValue();
      int[] data = Arrays.copyOf(p.codes, 2 * p.size);
      long[] t = tally(data, 2);
      AgreementReport report;
      if (p.repeated || ab[0].isBlank() || ab[1].isBlank()) {
        report = byIds(p, List.of(ab[0], ab[1]));
      } else if (slots == 2 && Arrays.equals(data, overallData)) {
        report = overallReport; // the same ratings in the same order: the same report, computed once
      } else {
        report = report(data, 2);
      }
      out.add(new GroupAgreement(e.getKey(), ab[0] + " and " + ab[1], t[0], t[1], share(t), report));
    }
    return out;
  }

  /** One pair key's items: their codes and (city, indicator) units; repeated when a unit occurs twice. */
  private static final class Pairs {
    int[] codes = new int[64];
    int[] units = new int[64];
    int size;
    boolean repeated;

    void add(int city, int indicator, int a, int b) {
      if (2 * size + 2 > codes.length) {
        codes = Arrays.copyOf(codes, codes.length * 2);
        units = Arrays.copyOf(units, units.length * 2);
      }
      codes[2 * size] = a;
      codes[2 * size + 1] = b;
      units[2 * size] = city;
      units[2 * size + 1] = indicator;
      size++;
    }
  }

  /**
   * The data of a pair by unit ({@code "city indicator"}) and rater id, as a reader by id builds them: a
   * repeated unit is reported ({@link ReliabilityData.Builder#build()}).
   */
  private AgreementReport byIds(Pairs p, List<String> raters) {
    ReliabilityData.Builder b = ReliabilityData.builder(coding.scale());
    raters.forEach(b::rater);
    for (int u = 0; u < p.size; u++) {
      String unit = cities.get(p.units[2 * u]).id() + " " + instrument.indicators().get(p.units[2 * u + 1]).code();
      b.unit(unit);
      for (int r = 0; r < 2; r++) {
        int code = p.codes[2 * u + r];
        if (code != ReliabilityData.MISSING) {
          b.rate(unit, raters.get(r), code);
        }
      }
    }
    return AgreementReport.of(b.build(), MeasurementLevel.NOMINAL);
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
