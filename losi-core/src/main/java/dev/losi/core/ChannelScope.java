package dev.losi.core;

/**
 * Where an assessor may find a feature for it to count.
 *
 * <p>LOSI 2024 has 31 channel-independent and 64 MGP-specific indicators.
 *
 * @since 0.1.0
 */
public enum ChannelScope {
  /** The feature counts wherever it is found: the national portal, a mobile app, social media, ... */
  CHANNEL_INDEPENDENT,
  /**
   * Only the Municipal Government Portal (MGP), or a site it links to, counts. Evidence that names
   * only other channels does not count unless a {@link AdjustmentKind#ACCEPT_CHANNEL} adjustment
   * allows that channel.
   */
  MGP_SPECIFIC
}
