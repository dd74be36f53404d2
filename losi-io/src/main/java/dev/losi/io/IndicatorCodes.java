package dev.losi.io;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator codes an assessments file may answer: those of the instrument and the local indicators
 * that {@code ADD_LOCAL_INDICATOR} adjustments of that instrument add (which city a local indicator
 * applies to is the scorer's check). Indices: the instrument's, then local codes in order of first
 * appearance. Also the rule for country codes: ISO 3166-1 alpha-3 ({@link IsoCountries}), user-assigned
 * codes only when allowed.
 */
final class IndicatorCodes {

  private final Instrument instrument;
  private final Map<String, Integer> local;
  private final List<String> localCodes;
  private final boolean userAssignedCountries;

  private IndicatorCodes(Instrument instrument, Map<String, Integer> local, List<String> localCodes,
      boolean userAssignedCountries) {
    this.instrument = instrument;
    this.local = local;
    this.localCodes = localCodes;
    this.userAssignedCountries = userAssignedCountries;
  }

  static IndicatorCodes of(Instrument instrument) {
    return new IndicatorCodes(instrument, Map.of(), List.of(), false);
  }

  /** These codes, accepting user-assigned country codes or not. */
  IndicatorCodes withUserAssignedCountries(boolean allow) {
    return new IndicatorCodes(instrument, local, localCodes, allow);
  }

  boolean userAssignedCountries() {
    return userAssignedCountries;
  }

  /** Why {@code country} is not accepted ({@link IsoCountries#problem}), or null. */
  String countryProblem(String country) {
    return IsoCountries.problem(country, userAssignedCountries);
  }

  static IndicatorCodes of(Instrument instrument, Collection<CountryAdjustment> adjustments) {
    Map<String, Integer> local = new HashMap<>();
    List<String> codes = new ArrayList<>();
    for (CountryAdjustment a : adjustments) {
      if (a.kind() == AdjustmentKind.ADD_LOCAL_INDICATOR && a.instrumentId().equals(instrument.id())
          && a.localIndicator().isPresent()) {
        String code = a.localIndicator().get().code();
        if (!instrument.hasIndicator(code) && local.putIfAbsent(code, instrument.size() + codes.size()) == null) {
          codes.add(code);
        }
      }
    }
    return new IndicatorCodes(instrument, Map.copyOf(local), List.copyOf(codes), false);
  }

  Instrument instrument() {
    return instrument;
  }

  String instrumentId() {
    return instrument.id();
  }

  /** The number of codes: instrument indicators plus local ones. */
  int size() {
    return instrument.size() + localCodes.size();
  }

  boolean has(String code) {
    return instrument.hasIndicator(code) || local.containsKey(code);
  }

  /** The index of a code, or -1. */
  int indexOf(String code) {
    int i = instrument.indexOf(code);
    return i >= 0 ? i : local.getOrDefault(code, -1);
  }

  /** The problem message for a code that is neither. */
  String unknown() {
    return "is not an indicator of instrument " + instrument.id()
        + (localCodes.isEmpty() ? "" : " nor a local indicator added by the adjustments (" + String.join(", ", localCodes) + ")");
  }

  /** The unknown-header message fragment: which codes a column may name. */
  String columnsNamed() {
    return "an indicator code of instrument " + instrument.id()
        + (localCodes.isEmpty() ? "" : " or a local indicator code (" + String.join(", ", localCodes) + ")");
  }
}
