package dev.losi.stats.uncertainty;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.scoring.CompiledInstrument;
import dev.losi.core.scoring.PackedAnswers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of each city's score that no draw can change, scored once by losi-core's fast path
 * {@link CompiledInstrument}: per city and criterion slot of the study, the points summed over the city's
 * assessors and the maximum of one assessor, over the <em>fixed</em> indicators (neither disputed in the city
 * nor the subject of a reconstructed call), for the instrument as published and, for a city that country
 * adjustments apply to, for the adjusted variant ({@link CompiledInstrument#withAdjustments}). A draw then only
 * adds the city's few <em>variable</em> indicators ({@link #variable}), so re-scoring a city costs
 * {@code O(criteria + variable)} instead of {@code O(indicators)}. Points are exact units of the compiled
 * instrument, turned into points with {@link CompiledInstrument#toPoints}. Immutable once built.
 */
final class FixedPoints {

  /** [city][slot]: points of the fixed indicators, summed over the city's assessors, as published. */
  final double[][] standard;
  /** [city][slot]: the maximum of one assessor over the fixed indicators, as published. */
  final double[][] standardMaximum;
  /** [city][slot]: as {@link #standard} with the city's adjustments; null for a city without adjustments. */
  final double[][] adjusted;
  /** [city][slot]: as {@link #standardMaximum} with the city's adjustments; null without adjustments. */
  final double[][] adjustedMaximum;
  /** [city]: the positions a draw can change (disputed in the city, or a reconstructed call), ascending. */
  final int[][] variable;

  FixedPoints(CompiledStudy s, List<List<Assessment>> byCity, List<CountryAdjustment> adjustments) {
    Instrument instrument = s.instrument;
    CompiledInstrument published = CompiledInstrument.of(instrument);
    int[] slotOf = new int[published.criterionCount()];
    for (int k = 0; k < slotOf.length; k++) {
      slotOf[k] = Arrays.asList(s.criterionCodes).indexOf(published.criterionCode(k));
    }
    boolean[] called = new boolean[s.size];
    for (int i : s.callIndicator) {
      called[i] = true;
    }
    int n = s.cityCount;
    standard = new double[n][];
    standardMaximum = new double[n][];
    adjusted = new double[n][];
    adjustedMaximum = new double[n][];
    variable = new int[n][];
    int[] packed = new int[s.size];
    long[] out = new long[published.resultLength()];
    for (int c = 0; c < n; c++) {
      boolean[] isVariable = called.clone();
      for (int item : s.itemsOfCity[c]) {
        isVariable[s.itemIndicator[item]] = true;
      }
      List<String> codes = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < s.size; i++) {
        if (isVariable[i]) {
          codes.add(instrument.indicators().get(i).code());
          positions.add(i);
        }
      }
      variable[c] = positions.stream().mapToInt(Integer::intValue).toArray();
      CompiledInstrument fixed = published.withExcluded(codes);
      standard[c] = new double[s.criteria];
      standardMaximum[c] = new double[s.criteria];
      sum(fixed, byCity.get(c), slotOf, packed, out, standard[c], standardMaximum[c]);
      if (s.adjustedWeight[c] != null) {
        List<CountryAdjustment> own = new ArrayList<>();
        for (CountryAdjustment a : adjustments) {
          if (a.appliesTo(s.cities[c]) && a.kind() != AdjustmentKind.ADD_LOCAL_INDICATOR) {
            own.add(a);
          }
        }
        adjusted[c] = new double[s.criteria];
        adjustedMaximum[c] = new double[s.criteria];
        sum(published.withAdjustments(own).withExcluded(codes), byCity.get(c), slotOf, packed, out, adjusted[c],
            adjustedMaximum[c]);
      }
    }
  }

  private static void sum(CompiledInstrument variant, List<Assessment> assessors, int[] slotOf, int[] packed,
      long[] out, double[] points, double[] maximum) {
    long[] units = new long[slotOf.length];
    for (Assessment a : assessors) {
      PackedAnswers.pack(variant.instrument(), a, packed, 0);
      variant.score(packed, 0, out);
      for (int k = 0; k < slotOf.length; k++) {
        units[k] += out[1 + k];
      }
    }
    for (int k = 0; k < slotOf.length; k++) {
      points[slotOf[k]] = variant.toPoints(units[k]);
      maximum[slotOf[k]] = variant.toPoints(variant.criterionMaximumUnits(k));
    }
  }
}
