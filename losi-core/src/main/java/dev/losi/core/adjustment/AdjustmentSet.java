package dev.losi.core.adjustment;

import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.ProblemCollector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of country adjustments checked against one instrument, resolved per city.
 *
 * <h2>Checks</h2>
 * {@link #of(Instrument, Collection)} refuses, listing every problem at once: an adjustment for another
 * instrument; naming an indicator the instrument lacks; accepting channels for a channel-independent
 * indicator; two adjustments with one id; two exclusions or reweightings of one indicator that can reach
 * one city; two local indicators with one code that can reach one city; a local indicator whose code is
 * an indicator of the instrument.
 *
 * <h2>Resolution</h2>
 * The adjustments that apply to a city are those of its country that list no cities or list this city,
 * in the order given ({@link CountryAdjustment#appliesTo(City)}). {@link #resolve(City)} returns one shared
 * {@link Resolution} per distinct set: the cache holds one entry per country plus one per distinct set
 * of city-specific adjustments that applied, never one per city (a country with adjustments for all of
 * its cities and city-specific adjustments for two of them holds at most three entries however many
 * cities are scored).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AdjustmentSet {

  private final Instrument instrument;
  private final List<CountryAdjustment> adjustments;
  private final Map<String, List<CountryAdjustment>> byCountry;
  private final Map<Key, Resolution> cache = new ConcurrentHashMap<>();

  private record Key(String country, BitSet citySpecific) {}

  private AdjustmentSet(Instrument instrument, List<CountryAdjustment> adjustments) {
    this.instrument = instrument;
    this.adjustments = adjustments;
    Map<String, List<CountryAdjustment>> map = new HashMap<>();
    for (CountryAdjustment a : adjustments) {
      map.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byCountry = Map.copyOf(map);
  }

  /**
   * The adjustments, checked against the instrument.
   *
   * @param instrument the instrument the adjustments are used with
   * @param adjustments the adjustments, in the order reports list them
   * @return the checked set
   * @throws LosiValidationException listing every problem (see the class documentation)
   */
  public static AdjustmentSet of(Instrument instrument, Collection<CountryAdjustment> adjustments) {
    List<CountryAdjustment> list = List.copyOf(adjustments);
    ProblemCollector problems = new ProblemCollector();
    AdjustmentChecks.check(instrument, list, problems);
    problems.throwIfAny();
    return new AdjustmentSet(instrument, list);
  }

  /**
   * {@return the empty set of adjustments for the instrument}
   *
   * @param instrument the instrument the set is for
   */
  public static AdjustmentSet none(Instrument instrument) {
    return new AdjustmentSet(instrument, List.of());
  }

  /** {@return the instrument the adjustments were checked against} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the adjustments, in the order given} */
  public List<CountryAdjustment> adjustments() {
    return adjustments;
  }

  /** {@return true when the set holds no adjustment} */
  public boolean isEmpty() {
    return adjustments.isEmpty();
  }

  /**
   * The resolution for one city: the adjustments that apply to it, compiled against the instrument.
   * Cities with the same country and the same city-specific adjustments share one instance.
   *
   * @param city the city
   * @return the resolution; {@link Resolution#isEmpty()} when nothing applies
   */
  public Resolution resolve(City city) {
    List<CountryAdjustment> candidates = byCountry.get(city.country());
    if (candidates == null) {
      return Resolution.none(instrument);
    }
    BitSet specific = new BitSet(candidates.size());
    for (int k = 0; k < candidates.size(); k++) {
      CountryAdjustment a = candidates.get(k);
      if (!a.cities().isEmpty() && a.cities().contains(city.id())) {
        specific.set(k);
      }
    }
    return cache.computeIfAbsent(new Key(city.country(), specific), key -> {
      List<CountryAdjustment> applied = new ArrayList<>();
      for (int k = 0; k < candidates.size(); k++) {
        if (candidates.get(k).cities().isEmpty() || key.citySpecific().get(k)) {
          applied.add(candidates.get(k));
        }
      }
      return new Resolution(instrument, applied);
    });
  }

  /** The number of cached resolutions (for tests of the bound). */
  int cachedResolutions() {
    return cache.size();
  }
}
