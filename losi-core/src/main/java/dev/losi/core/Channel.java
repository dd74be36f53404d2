package dev.losi.core;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The channel on which an assessor found a feature (part of {@link Evidence}).
 *
 * @since 0.1.0
 */
public enum Channel {
  /** The Municipal Government Portal itself. */
  MGP,
  /** An external site the MGP links to (counts as the MGP for MGP-specific indicators). */
  MGP_LINKED_SITE,
  /** The national government portal. */
  NATIONAL_PORTAL,
  /** A mobile application. */
  MOBILE_APP,
  /** A social media account. */
  SOCIAL_MEDIA,
  /** Any other channel. */
  OTHER;

  /**
   * {@return true for {@link #MGP} and {@link #MGP_LINKED_SITE}: the channels that count for an
   * {@link ChannelScope#MGP_SPECIFIC} indicator without any adjustment}
   */
  public boolean isMunicipalPortal() {
    return this == MGP || this == MGP_LINKED_SITE;
  }

  /**
   * The channels as a bit mask: bit {@code c.ordinal()} is set for each channel {@code c}. The packed
   * answers of {@link dev.losi.core.scoring.CompiledInstrument} carry evidence channels this way; 0 means
   * no channel named.
   *
   * @param channels any channels
   * @return the mask, in [0, 2^6)
   */
  public static int maskOf(Collection<Channel> channels) {
    int m = 0;
    for (Channel c : channels) {
      m |= 1 << c.ordinal();
    }
    return m;
  }

  /**
   * The channels of a bit mask ({@link #maskOf}), in declaration order.
   *
   * @param mask a channel mask; bits above the last channel are ignored
   * @return an unmodifiable set iterating in declaration order
   */
  public static Set<Channel> ofMask(int mask) {
    EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
    for (Channel c : values()) {
      if ((mask & (1 << c.ordinal())) != 0) {
        set.add(c);
      }
    }
    return Collections.unmodifiableSet(set);
  }
}
