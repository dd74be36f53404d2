package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * {@link AdjustmentKind#ACCEPT_CHANNEL}: evidence of an MGP-specific indicator on one of the accepted
 * channels counts in the adjusted LOSI as if it were found on the municipal portal.
 *
 * @param indicator the code of the MGP-specific indicator
 * @param channels the accepted channels (non-empty, none of them MGP), iterated in {@link Channel} order
 * @since 0.1.0
 */
public record AcceptChannel(String indicator, Set<Channel> channels) implements AdjustmentRule {

  /**
   * Checks for null and emptiness, and copies the channels in declaration order.
   *
   * @param indicator the code of the MGP-specific indicator
   * @param channels the accepted channels
   */
  public AcceptChannel {
    Objects.requireNonNull(indicator, "indicator");
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("an ACCEPT_CHANNEL rule names at least one channel");
    }
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
  }
}
