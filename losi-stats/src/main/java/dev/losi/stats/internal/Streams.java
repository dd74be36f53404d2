package dev.losi.stats.internal;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random streams split by index, so that the numbers drawn for unit {@code (draw, block, factor)}
 * depend only on the master seed and those indices, never on the thread that draws them or on the order
 * in which draws are made. Not API.
 *
 * <p>The stream seed is {@code mix(mix(mix(seed) ^ draw) ^ (block << 32 | factor))} with {@code mix} the
 * SplitMix64 finaliser (Steele, Lea and Flood 2014, "Fast splittable pseudorandom number generators",
 * OOPSLA); each stream is a Commons RNG {@link RandomSource#XO_RO_SHI_RO_128_PP} generator seeded with it.
 *
 * @since 0.1.0
 */
public final class Streams {

  private Streams() {}

  /** The SplitMix64 finaliser: a bijective 64-bit mix. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The seed of stream {@code (draw, block, factor)} under the master seed. */
  public static long seed(long master, long draw, int block, int factor) {
    long h = mix(mix(master + 0x9e3779b97f4a7c15L) ^ draw);
    return mix(h ^ (((long) block << 32) | (factor & 0xffffffffL)));
  }

  /** A generator seeded with {@link #seed(long, long, int, int)}. */
  public static UniformRandomProvider stream(long master, long draw, int block, int factor) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed(master, draw, block, factor));
  }

  /** A generator for one stream seed. */
  public static UniformRandomProvider stream(long streamSeed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed);
  }
}
