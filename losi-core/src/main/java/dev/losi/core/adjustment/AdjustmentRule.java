package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.CountryAdjustment;

/**
 * What a {@link CountryAdjustment} does, as one of four record types, one per {@link AdjustmentKind}:
 * {@link ExcludeIndicator}, {@link AcceptChannel}, {@link Reweight} and {@link AddLocalIndicator}. The
 * documentation (id, country, rationale, decision) stays on the {@link CountryAdjustment}.
 *
 * <pre>{@code
 * AdjustmentRule rule = AdjustmentRule.of(adjustment);
 * if (rule instanceof Reweight r) { double w = r.weight(); }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface AdjustmentRule permits ExcludeIndicator, AcceptChannel, Reweight, AddLocalIndicator {

  /** {@return the kind this rule is} */
  default AdjustmentKind kind() {
    if (this instanceof ExcludeIndicator) {
      return AdjustmentKind.EXCLUDE_INDICATOR;
    }
    if (this instanceof AcceptChannel) {
      return AdjustmentKind.ACCEPT_CHANNEL;
    }
    return this instanceof Reweight ? AdjustmentKind.REWEIGHT : AdjustmentKind.ADD_LOCAL_INDICATOR;
  }

  /**
   * The rule of an adjustment (the fields its kind requires, already checked by the adjustment).
   *
   * @param adjustment a built adjustment
   * @return the rule, never null
   */
  static AdjustmentRule of(CountryAdjustment adjustment) {
    return switch (adjustment.kind()) {
      case EXCLUDE_INDICATOR -> new ExcludeIndicator(adjustment.indicator().orElseThrow());
      case ACCEPT_CHANNEL -> new AcceptChannel(adjustment.indicator().orElseThrow(), adjustment.acceptedChannels());
      case REWEIGHT -> new Reweight(adjustment.indicator().orElseThrow(), adjustment.weight().orElseThrow());
      case ADD_LOCAL_INDICATOR -> new AddLocalIndicator(adjustment.localIndicator().orElseThrow());
    };
  }
}
