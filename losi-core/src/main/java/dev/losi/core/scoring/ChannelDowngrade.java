package dev.losi.core.scoring;

import dev.losi.core.Channel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An MGP-specific indicator answered present whose evidence names only channels other than the
 * municipal portal, so it does not count in the standard LOSI.
 *
 * @param indicator the indicator code
 * @param channels the channels the evidence names (none of them MGP or an MGP-linked site), iterated in
 *     {@link Channel} declaration order whatever the order given, so that every export lists them in one
 *     fixed order
 * @param acceptedBy the id of the {@link dev.losi.core.AdjustmentKind#ACCEPT_CHANNEL} adjustment that lets
 *     it count in the adjusted LOSI, or empty when it counts in neither
 *
 * @since 0.1.0
 */
public record ChannelDowngrade(String indicator, Set<Channel> channels, Optional<String> acceptedBy) {

  /**
   * Checks the invariants and copies the set.
   *
   * @param indicator the indicator code
   * @param channels the channels the evidence names
   * @param acceptedBy the id of the {@link dev.losi.core.AdjustmentKind#ACCEPT_CHANNEL} adjustment that lets it count in the adjusted LOSI, or empty when it counts in neither
   */
  public ChannelDowngrade {
    if (indicator == null || channels == null || acceptedBy == null) {
      throw new NullPointerException("indicator, channels and acceptedBy are required");
    }
    if (channels.isEmpty() || channels.stream().anyMatch(Channel::isMunicipalPortal)) {
      throw new IllegalArgumentException("a downgrade names only non-MGP channels, got " + channels);
    }
    channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
  }
}
