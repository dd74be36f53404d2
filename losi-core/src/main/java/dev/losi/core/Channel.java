package dev.losi.core;

/** The channel on which an assessor found a feature (part of {@link Evidence}). */
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
   * True for {@link #MGP} and {@link #MGP_LINKED_SITE}: the channels that count for an
   * {@link ChannelScope#MGP_SPECIFIC} indicator without any adjustment.
   */
  public boolean isMunicipalPortal() {
    return this == MGP || this == MGP_LINKED_SITE;
  }
}
