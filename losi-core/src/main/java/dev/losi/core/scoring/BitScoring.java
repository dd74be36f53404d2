package dev.losi.core.scoring;

import dev.losi.core.Channel;
import java.util.Arrays;

/**
 * The masks of one {@link CompiledInstrument} variant for scoring {@link BitPackedAnswers}.
 *
 * <p>Per word {@code w} of 64 positions, the positions that count are
 * <pre>
 *   counts = PRESENT &amp; ~(OFF_PORTAL &amp; mgpSpecific &amp; ~rescued)
 *   rescued = OR over non-portal channels c accepted somewhere of (CHANNEL_c &amp; accepted_c)
 * </pre>
 * ({@code accepted_c}: the MGP-specific positions where an ACCEPT_CHANNEL lets channel c count); excluded
 * positions are in no mask below. With the distinct weights (in units, {@code > 0}) {@code u_k} of the
 * positions not excluded, and {@code class_k_c} the positions of weight {@code u_k} in criterion slot
 * {@code c}:
 * <pre>
 *   points of criterion c = sum over k of u_k * popcount(counts &amp; class_k_c)     (summed over the words)
 *   points                = sum over c of the points of criterion c
 *   points of scope 0     = sum over k of u_k * popcount(counts &amp; class_k &amp; scope_0); scope 1 = points - scope 0
 * </pre>
 * Integer sums, so exactly the units of the int path. With more than {@value #MAX_CLASSES} weight classes the
 * counted bits are visited one by one instead ({@code Long.numberOfTrailingZeros}), adding each position's
 * units, which is cheaper than that many popcounts.
 */
final class BitScoring {

  static final int MAX_CLASSES = 4;
  private static final int SCOPES = 2; // ChannelScope: CHANNEL_INDEPENDENT (0), MGP_SPECIFIC (1)

  private final int size;
  private final int words;
  private final int criteria;
  private final long[] mgp;
  private final int[] rescueChannels; // plane indices of the accepted non-portal channels
  private final long[] rescueMasks; // words per rescue channel
  private final long[] classUnits;
  private final long[] classMasks; // [k][w]: class k
  private final long[] classCriterionMasks; // [k][c][w]
  private final long[] classScopeMasks; // [k][w]: class k and scope 0
  private final boolean iterate;
  private final long[] units;
  private final int[] criterionSlot;
  private final int[] scopeOrdinal;

  /** The masks of {@code variant}; with more than {@code maxClasses} weight classes, bit by bit. */
  BitScoring(InstrumentLayout layout, Variant variant, int maxClasses) {
    this.size = layout.size;
    this.words = BitPackedAnswers.words(size);
    this.criteria = layout.criterionCodes.length;
    this.units = variant.units;
    this.criterionSlot = layout.criterionSlot;
    this.scopeOrdinal = layout.scopeOrdinal;
    boolean[] mgpSpecific = layout.mgpSpecific;
    boolean[] excluded = variant.excluded;
    int[] accepted = variant.accepted;
    this.mgp = new long[words];
    int channels = Channel.values().length;
    long[][] rescue = new long[channels][words];
    long[] distinct = new long[size];
    int k = 0;
    for (int i = 0; i < size; i++) {
      long bit = 1L << i;
      if (mgpSpecific[i]) {
        mgp[i >>> 6] |= bit;
        for (int c = 0; c < channels; c++) {
          if (!Channel.values()[c].isMunicipalPortal() && (accepted[i] & (1 << c)) != 0) {
            rescue[c][i >>> 6] |= bit;
          }
        }
      }
      if (!excluded[i] && units[i] > 0 && indexOf(distinct, k, units[i]) < 0) {
        distinct[k++] = units[i];
      }
    }
    int r = 0;
    for (long[] m : rescue) {
      r += Arrays.stream(m).anyMatch(x -> x != 0) ? 1 : 0;
    }
    this.rescueChannels = new int[r];
    this.rescueMasks = new long[r * words];
    r = 0;
    for (int c = 0; c < channels; c++) {
      if (Arrays.stream(rescue[c]).anyMatch(x -> x != 0)) {
        rescueChannels[r] = BitPackedAnswers.CHANNEL + c;
        System.arraycopy(rescue[c], 0, rescueMasks, r * words, words);
        r++;
      }
    }
    this.classUnits = Arrays.copyOf(distinct, k);
    this.iterate = k > maxClasses;
    this.classMasks = new long[k * words];
    this.classCriterionMasks = new long[k * criteria * words];
    this.classScopeMasks = new long[k * words];
    for (int i = 0; i < size; i++) {
      if (!excluded[i] && units[i] > 0) {
        int cls = indexOf(classUnits, k, units[i]);
        long bit = 1L << i;
        int w = i >>> 6;
        classMasks[cls * words + w] |= bit;
        classCriterionMasks[(cls * criteria + criterionSlot[i]) * words + w] |= bit;
        if (scopeOrdinal[i] == 0) {
          classScopeMasks[cls * words + w] |= bit;
        }
      }
    }
  }

  private static int indexOf(long[] values, int n, long v) {
    for (int i = 0; i < n; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** The positions of word {@code w} that count (see the class documentation). */
  private long counts(long[] bits, int offset, int w) {
    long rescued = 0;
    for (int r = 0; r < rescueChannels.length; r++) {
      rescued |= bits[offset + rescueChannels[r] * words + w] & rescueMasks[r * words + w];
    }
    return bits[offset + BitPackedAnswers.PRESENT * words + w]
        & ~(bits[offset + BitPackedAnswers.OFF_PORTAL * words + w] & mgp[w] & ~rescued);
  }

  long points(long[] bits, int offset) {
    long total = 0;
    if (iterate) {
      for (int w = 0; w < words; w++) {
        for (long m = counts(bits, offset, w) & mask(w); m != 0; m &= m - 1) {
          total += units[(w << 6) + Long.numberOfTrailingZeros(m)];
        }
      }
      return total;
    }
    for (int w = 0; w < words; w++) {
      long counts = counts(bits, offset, w);
      for (int k = 0; k < classUnits.length; k++) {
        total += classUnits[k] * Long.bitCount(counts & classMasks[k * words + w]);
      }
    }
    return total;
  }

  /** Bits of word {@code w} below {@code size}. */
  private long mask(int w) {
    int rest = size - (w << 6);
    return rest >= 64 ? -1L : (1L << rest) - 1;
  }

  void score(long[] bits, int offset, long[] out) {
    int scopes = 1 + criteria;
    Arrays.fill(out, 0, scopes + SCOPES, 0L);
    long total = 0;
    long scope0 = 0;
    if (iterate) {
      for (int w = 0; w < words; w++) {
        for (long m = counts(bits, offset, w) & mask(w); m != 0; m &= m - 1) {
          int i = (w << 6) + Long.numberOfTrailingZeros(m);
          long u = units[i];
          total += u;
          out[1 + criterionSlot[i]] += u;
          out[scopes + scopeOrdinal[i]] += u;
        }
      }
      out[0] = total;
      return;
    }
    for (int w = 0; w < words; w++) {
      long counts = counts(bits, offset, w);
      for (int k = 0; k < classUnits.length; k++) {
        long u = classUnits[k];
        int base = k * criteria * words + w;
        for (int c = 0; c < criteria; c++) {
          out[1 + c] += u * Long.bitCount(counts & classCriterionMasks[base + c * words]);
        }
        scope0 += u * Long.bitCount(counts & classScopeMasks[k * words + w]);
      }
    }
    for (int c = 0; c < criteria; c++) {
      total += out[1 + c];
    }
    out[0] = total;
    out[scopes] = scope0;
    out[scopes + 1] = total - scope0;
  }
}
