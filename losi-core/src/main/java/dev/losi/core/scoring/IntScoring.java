package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.ChannelScope;
import java.util.Arrays;

/**
 * The scoring of one {@link CompiledInstrument} variant over {@link PackedAnswers} (one int per position,
 * {@code answer.ordinal() | channelMask << 8}), allocation-free and without branches on the answers.
 *
 * <p>The counts tables: bit {@code m} of {@code countLow[i]} ({@code m < 32}) or {@code countHigh[i]}
 * ({@code m >= 32}) is set when a PRESENT answer naming channel mask {@code m} counts at position {@code i};
 * both are 0 when {@code i} is excluded or weighs 0 units. Then
 * <pre>
 *   points = sum over i of units_i * count_i      (count_i in {0, 1}, see countBit)
 *          = u * (number of i with count_i = 1)   when every position not excluded weighs the same u units
 * </pre>
 * the second form being the one weight class of LOSI-2024.
 */
final class IntScoring {

  private static final int PRESENT = Answer.PRESENT.ordinal();
  private static final int SCOPES = ChannelScope.values().length;

  private final int size;
  private final int criteria;
  private final long[] units;
  private final int[] criterionSlot;
  private final int[] scopeOrdinal;
  private final int[] countLow;
  private final int[] countHigh;
  private final long singleUnits; // the one weight in units of every position not excluded, or -1

  IntScoring(InstrumentLayout layout, Variant variant) {
    this.size = layout.size;
    this.criteria = layout.criterionCodes.length;
    this.units = variant.units;
    this.criterionSlot = layout.criterionSlot;
    this.scopeOrdinal = layout.scopeOrdinal;
    this.countLow = new int[size];
    this.countHigh = new int[size];
    long single = 0;
    for (int i = 0; i < size; i++) {
      for (int m = 0; m < 64 && units[i] > 0; m++) {
        if (m == 0 || (m & variant.countingChannels[i]) != 0) {
          if (m < 32) {
            countLow[i] |= 1 << m;
          } else {
            countHigh[i] |= 1 << (m - 32);
          }
        }
      }
      if (units[i] > 0) {
        single = single == 0 || single == units[i] ? units[i] : -1;
      }
    }
    this.singleUnits = single;
  }

  long points(int[] packed, int offset) {
    if (singleUnits >= 0) { // one weight class (LOSI-2024): count, then multiply
      int n = 0;
      for (int i = 0; i < size; i++) {
        n += countBit(packed[offset + i], i);
      }
      return singleUnits * n;
    }
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += units[i] & -(long) countBit(packed[offset + i], i);
    }
    return sum;
  }

  /**
   * 1 when a packed answer counts at position {@code i}, else 0; without branches, since answers are
   * unpredictable: with {@code ch = v >>> 8} (a channel mask, below 64) the table bit {@code ch} of the position
   * ({@code countLow} or {@code countHigh}, a conditional move) says whether a PRESENT answer naming those
   * channels counts there, and {@code ((v & 0xFF) ^ PRESENT) - 1 >>> 31} is 1 iff the answer is PRESENT.
   */
  private int countBit(int v, int i) {
    int ch = v >>> 8;
    int table = ch < 32 ? countLow[i] : countHigh[i];
    return (table >>> ch) & ((((v & 0xFF) ^ PRESENT) - 1) >>> 31);
  }

  void score(int[] packed, int offset, long[] out) {
    int scopes = 1 + criteria;
    Arrays.fill(out, 0, scopes + SCOPES, 0L);
    long total = 0;
    for (int i = 0; i < size; i++) {
      long u = units[i] & -(long) countBit(packed[offset + i], i);
      total += u;
      out[1 + criterionSlot[i]] += u;
      out[scopes + scopeOrdinal[i]] += u;
    }
    out[0] = total;
  }
}
