package dev.losi.core.scoring;

import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.adjustment.AcceptChannel;
import dev.losi.core.adjustment.AdjustmentRule;
import dev.losi.core.adjustment.ExcludeIndicator;
import dev.losi.core.adjustment.Reweight;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rules of one {@link CompiledInstrument} variant (weights, exclusions, accepted channels, declared
 * maximum), how the {@code with...} methods derive one variant from another, and the rules compiled to
 * exact units: every weight and the maximum scaled by the common power of ten {@code 10^scale}, refused
 * when a value reaches 10^15 units ({@link Decimals#LIMIT}) or the maximum is below the sum of the weights
 * not excluded. Immutable: the arrays are never written after the constructor.
 */
final class Variant {

  private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1; // channel-independent: any counts
  private static final int MGP_MASK = Channel.maskOf(List.of(Channel.MGP, Channel.MGP_LINKED_SITE));

  final BigDecimal[] weights;
  final boolean[] excluded;
  final int[] accepted; // accepted non-MGP channels per position (ACCEPT_CHANNEL)
  final BigDecimal declaredMaximum; // null: S + sum of weights not excluded
  final int scale;
  final long[] units; // 0 for an excluded indicator
  final int[] countingChannels; // a named channel in this mask lets a PRESENT count
  final long maximumUnits;
  final long[] criterionMaximumUnits;
  final long[] scopeMaximumUnits;

  /** The instrument as it is: its weights and denominator, nothing excluded, no channel accepted. */
  Variant(InstrumentLayout layout) {
    this(layout, layout.weights, new boolean[layout.size], new int[layout.size], null);
  }

  private Variant(InstrumentLayout layout, BigDecimal[] weights, boolean[] excluded, int[] accepted,
      BigDecimal declaredMaximum) {
    int size = layout.size;
    this.weights = weights;
    this.excluded = excluded;
    this.accepted = accepted;
    this.declaredMaximum = declaredMaximum;
    BigDecimal max = declaredMaximum == null ? layout.surplus : declaredMaximum;
    int s = Math.max(0, max.scale());
    for (int i = 0; i < size; i++) {
      if (declaredMaximum == null && !excluded[i]) {
        max = max.add(weights[i]);
      }
      s = Math.max(s, weights[i].scale());
    }
    this.scale = s;
    this.units = new long[size];
    this.countingChannels = new int[size];
    this.criterionMaximumUnits = new long[layout.criterionCodes.length];
    this.scopeMaximumUnits = new long[ChannelScope.values().length];
    long total = 0;
    for (int i = 0; i < size; i++) {
      if (!excluded[i]) {
        units[i] = toUnits(weights[i], s, "the weight of indicator " + layout.instrument.indicators().get(i).code());
        total += units[i];
        criterionMaximumUnits[layout.criterionSlot[i]] += units[i];
        scopeMaximumUnits[layout.scopeOrdinal[i]] += units[i];
      }
      countingChannels[i] = layout.mgpSpecific[i] ? MGP_MASK | accepted[i] : ALL_CHANNELS;
    }
    this.maximumUnits = toUnits(max, s, "the maximum");
    if (total > maximumUnits) {
      throw new IllegalArgumentException("the maximum " + max.toPlainString()
          + " is below the sum of the weights not excluded, " + BigDecimal.valueOf(total, s).toPlainString());
    }
  }

  private static long toUnits(BigDecimal d, int scale, String what) {
    BigDecimal u = d.movePointRight(scale);
    if (u.compareTo(BigDecimal.valueOf(Decimals.LIMIT)) >= 0) {
      throw new IllegalArgumentException(what + " is " + d.toPlainString() + ", which at " + scale
          + " decimal places (the most any weight or maximum of the instrument has) reaches 10^15 units: "
          + "scores could not be exact; write the weights with fewer decimal places");
    }
    return u.longValueExact();
  }

  /** Other weights, one per position, each finite and {@code >= 0}. */
  Variant withWeights(InstrumentLayout layout, double[] weights) {
    int size = layout.size;
    if (weights.length != size) {
      throw new IllegalArgumentException("need " + size + " weights, got " + weights.length);
    }
    BigDecimal[] w = new BigDecimal[size];
    for (int i = 0; i < size; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("weight " + (i + 1) + " must be a finite number >= 0, got " + weights[i]);
      }
      w[i] = Decimals.of(weights[i]);
    }
    return new Variant(layout, w, excluded, accepted, declaredMaximum);
  }

  /** These weights multiplied exactly by a factor per criterion code (1 for a criterion not named). */
  Variant withCriterionWeights(InstrumentLayout layout, Map<String, Double> factors) {
    BigDecimal[] f = new BigDecimal[layout.criterionCodes.length];
    Arrays.fill(f, BigDecimal.ONE);
    factors.forEach((code, factor) -> {
      int slot = layout.slot(code);
      if (!(factor >= 0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("the factor of " + code + " must be a finite number >= 0, got " + factor);
      }
      f[slot] = Decimals.of(factor);
    });
    BigDecimal[] w = new BigDecimal[layout.size];
    for (int i = 0; i < layout.size; i++) {
      w[i] = weights[i].multiply(f[layout.criterionSlot[i]]).stripTrailingZeros();
    }
    return new Variant(layout, w, excluded, accepted, declaredMaximum);
  }

  /** This denominator, finite and {@code > 0}, in place of {@code S + sum of weights}. */
  Variant withMaximum(InstrumentLayout layout, double maximum) {
    if (!(maximum > 0) || Double.isInfinite(maximum)) {
      throw new IllegalArgumentException("the maximum must be a finite number > 0, got " + maximum);
    }
    return new Variant(layout, weights, excluded, accepted, Decimals.of(maximum));
  }

  /** These indicator codes excluded as well. */
  Variant withExcluded(InstrumentLayout layout, Collection<String> codes) {
    boolean[] ex = excluded.clone();
    for (String code : codes) {
      ex[layout.position(code)] = true;
    }
    return new Variant(layout, weights, ex, accepted, declaredMaximum);
  }

  /** The weight-and-channel rules of these adjustments applied in order; ADD_LOCAL_INDICATOR ignored. */
  Variant withAdjustments(InstrumentLayout layout, Collection<CountryAdjustment> adjustments) {
    BigDecimal[] w = weights.clone();
    boolean[] ex = excluded.clone();
    int[] acc = accepted.clone();
    for (CountryAdjustment a : adjustments) {
      AdjustmentRule r = AdjustmentRule.of(a);
      if (r instanceof ExcludeIndicator e) {
        ex[layout.position(e.indicator())] = true;
      } else if (r instanceof Reweight rw) {
        w[layout.position(rw.indicator())] = Decimals.of(rw.weight());
      } else if (r instanceof AcceptChannel c) {
        acc[layout.position(c.indicator())] |= Channel.maskOf(c.channels());
      }
    }
    return new Variant(layout, w, ex, acc, declaredMaximum);
  }
}
