package dev.losi.core.scoring;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.Instrument;
import java.util.Arrays;

/**
 * A bit-packed layout of answers that {@link CompiledInstrument#points(long[], int)} and
 * {@link CompiledInstrument#score(long[], int, long[])} score a few {@code long} operations per 64
 * indicators: the same information as {@link PackedAnswers}, one bit per indicator position in each of
 * 10 planes.
 *
 * <h2>Layout</h2>
 * An instrument of {@code size} indicators takes {@code W = words(size) = ceil(size / 64)} longs per plane
 * and {@code stride(size) = PLANES * W} longs per assessment; many assessments can share one array,
 * {@code stride(size)} longs apart. Indicator position {@code i} is bit {@code i % 64} of word
 * {@code i / 64} of each plane; plane {@code p} of the assessment at {@code offset} starts at
 * {@code offset + p * W}. The planes:
 * <pre>
 *   0  PRESENT         the answer is PRESENT
 *   1  OFF_PORTAL      the evidence names channels, none of them the MGP or an MGP-linked site
 *   2  NOT_APPLICABLE  the answer is NOT_APPLICABLE
 *   3  NOT_ASSESSED    the answer is NOT_ASSESSED
 *   4 + c              the evidence names channel c (c = Channel.ordinal(), 6 channels)
 * </pre>
 * ABSENT is the answer of a position with none of planes 0, 2, 3 set; so an array of zeros holds ABSENT
 * answers without evidence. Bits at positions {@code >= size} are 0. OFF_PORTAL follows from the channel
 * planes (it is kept so that scoring reads one plane instead of six); write the layout with the methods
 * here, which keep it so.
 *
 * <p>The methods are static and allocation-free; {@link #set} and {@link #element} convert one position
 * from and to a {@link PackedAnswers} element, so the two layouts hold exactly the same answers.
 *
 * @since 0.1.0
 */
public final class BitPackedAnswers {

  /** The number of planes per assessment. */
  public static final int PLANES = 4 + Channel.values().length;

  static final int PRESENT = 0;
  static final int OFF_PORTAL = 1;
  static final int CHANNEL = 4;
  private static final int NOT_APPLICABLE = 2;
  private static final int NOT_ASSESSED = 3;
  private static final int MGP_MASK = Channel.maskOf(java.util.List.of(Channel.MGP, Channel.MGP_LINKED_SITE));
  private static final int ALL_CHANNELS = (1 << Channel.values().length) - 1;

  private BitPackedAnswers() {}

  /**
   * The longs per plane: {@code ceil(size / 64)}.
   *
   * @param size the number of indicator positions, {@code >= 0}
   * @return {@code (size + 63) / 64}
   */
  public static int words(int size) {
    return (size + 63) >>> 6;
  }

  /**
   * The longs per assessment: {@code PLANES * words(size)} (10 * 2 = 20 for LOSI-2024's 95).
   *
   * @param size the number of indicator positions, {@code >= 0}
   * @return {@code PLANES * words(size)}
   */
  public static int stride(int size) {
    return PLANES * words(size);
  }

  /**
   * Sets one position of one assessment to a {@link PackedAnswers} element (answer and evidence channels),
   * replacing what it held. Allocation-free.
   *
   * @param bits the array
   * @param offset where the assessment starts in {@code bits}
   * @param size the number of indicator positions of the instrument
   * @param position the indicator position, in {@code [0, size)}
   * @param element {@code PackedAnswers.pack(answer, channelMask)}; channel bits above the last channel are
   *     dropped
   * @throws IndexOutOfBoundsException if {@code position} is outside {@code [0, size)}
   */
  public static void set(long[] bits, int offset, int size, int position, int element) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException("position " + position + " of " + size);
    }
    int w = words(size);
    int at = offset + (position >>> 6);
    long bit = 1L << position;
    int answer = element & 0xFF;
    int ch = (element >>> 8) & ALL_CHANNELS;
    for (int p = 0; p < PLANES; p++) {
      bits[at + p * w] &= ~bit;
    }
    if (answer == Answer.PRESENT.ordinal()) {
      bits[at + PRESENT * w] |= bit;
    } else if (answer == Answer.NOT_APPLICABLE.ordinal()) {
      bits[at + NOT_APPLICABLE * w] |= bit;
    } else if (answer == Answer.NOT_ASSESSED.ordinal()) {
      bits[at + NOT_ASSESSED * w] |= bit;
    }
    if (ch != 0 && (ch & MGP_MASK) == 0) {
      bits[at + OFF_PORTAL * w] |= bit;
    }
    for (int c = 0; c < Channel.values().length; c++) {
      if ((ch & (1 << c)) != 0) {
        bits[at + (CHANNEL + c) * w] |= bit;
      }
    }
  }

  /**
   * The {@link PackedAnswers} element of one position: the inverse of {@link #set}.
   *
   * @param bits the array
   * @param offset where the assessment starts in {@code bits}
   * @param size the number of indicator positions of the instrument
   * @param position the indicator position, in {@code [0, size)}
   * @return {@code PackedAnswers.pack(answer, channelMask)}
   * @throws IndexOutOfBoundsException if {@code position} is outside {@code [0, size)}
   */
  public static int element(long[] bits, int offset, int size, int position) {
    if (position < 0 || position >= size) {
      throw new IndexOutOfBoundsException("position " + position + " of " + size);
    }
    int w = words(size);
    int at = offset + (position >>> 6);
    int shift = position & 63;
    Answer answer = bit(bits[at + PRESENT * w], shift) ? Answer.PRESENT
        : bit(bits[at + NOT_APPLICABLE * w], shift) ? Answer.NOT_APPLICABLE
        : bit(bits[at + NOT_ASSESSED * w], shift) ? Answer.NOT_ASSESSED : Answer.ABSENT;
    int ch = 0;
    for (int c = 0; c < Channel.values().length; c++) {
      if (bit(bits[at + (CHANNEL + c) * w], shift)) {
        ch |= 1 << c;
      }
    }
    return PackedAnswers.pack(answer, ch);
  }

  private static boolean bit(long word, int shift) {
    return (word >>> shift & 1) != 0;
  }

  /**
   * Converts one assessment from the int-per-indicator layout: {@code size} elements of {@code packed}
   * from {@code packedOffset} into {@code stride(size)} longs of {@code bits} from {@code bitsOffset}
   * (overwritten). Allocation-free.
   *
   * @param packed {@link PackedAnswers} elements
   * @param packedOffset where the assessment starts in {@code packed}
   * @param size the number of indicator positions of the instrument
   * @param bits the array to fill
   * @param bitsOffset where the assessment starts in {@code bits}
   */
  public static void fromPacked(int[] packed, int packedOffset, int size, long[] bits, int bitsOffset) {
    Arrays.fill(bits, bitsOffset, bitsOffset + stride(size), 0L);
    for (int i = 0; i < size; i++) {
      set(bits, bitsOffset, size, i, packed[packedOffset + i]);
    }
  }

  /**
   * Packs an assessment as {@link PackedAnswers#pack(Instrument, Assessment, int[], int)} does (positions
   * without a response are NOT_ASSESSED; responses to codes the instrument lacks are skipped), into
   * {@code stride(instrument.size())} longs of {@code into} from {@code offset}.
   *
   * @param instrument the instrument whose positions are used
   * @param assessment the assessment
   * @param into the array to fill
   * @param offset where the assessment starts in {@code into}
   */
  public static void pack(Instrument instrument, Assessment assessment, long[] into, int offset) {
    int[] packed = new int[instrument.size()];
    PackedAnswers.pack(instrument, assessment, packed, 0);
    fromPacked(packed, 0, packed.length, into, offset);
  }
}
