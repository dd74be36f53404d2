package dev.losi.core.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A supplied peer uptake per indicator: the share, in [0, 1], of comparable cities that have it (for
 * example the 2022 participation uptake published with the UN survey). Given to
 * {@link Planner#withUptake(UptakeTable)}, it replaces the uptake computed from the other cities of the
 * file. Indicators it does not name have no uptake and sort after those that have one.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UptakeTable {

  private final Map<String, BigDecimal> shares;

  private UptakeTable(Map<String, BigDecimal> shares) {
    this.shares = shares;
  }

  /**
   * A table of the given shares.
   *
   * @param shares indicator code to share of cities having it, each in [0, 1]
   * @return the table
   * @throws IllegalArgumentException if a share is outside [0, 1] or a code is blank
   */
  public static UptakeTable of(Map<String, BigDecimal> shares) {
    TreeMap<String, BigDecimal> copy = new TreeMap<>();
    shares.forEach((code, share) -> {
      if (code.isBlank()) {
        throw new IllegalArgumentException("the indicator code must not be blank");
      }
      if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("the uptake of \"" + code + "\" must be in [0, 1], got " + share.toPlainString());
      }
      copy.put(code, share);
    });
    return new UptakeTable(java.util.Collections.unmodifiableMap(copy));
  }

  /** {@return the shares by indicator code, sorted by code} */
  public Map<String, BigDecimal> shares() {
    return shares;
  }

  /**
   * {@return the share for an indicator, if the table has one}
   *
   * @param indicator an indicator code
   */
  public Optional<BigDecimal> share(String indicator) {
    return Optional.ofNullable(shares.get(indicator));
  }
}
