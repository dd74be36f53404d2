package dev.losi.stats.uncertainty;

import dev.losi.core.ChannelScope;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reconstructed field of an indicator that {@link Source#RECONSTRUCTED} may flip: its channel scope
 * (to the other scope) or its criterion (to a named alternative criterion).
 *
 * @param indicator the indicator code
 * @param field {@link #CHANNEL_SCOPE} or {@link #CRITERION}
 * @param alternative the value when flipped: a {@link ChannelScope} name, or a criterion code
 * @param probability the probability that a draw flips it, in [0, 1]
 * @since 0.1.0
 */
public record ReconstructedCall(String indicator, String field, String alternative, double probability) {

  /** The field name of a channel-scope call. */
  public static final String CHANNEL_SCOPE = "channelScope";
  /** The field name of a criterion call. */
  public static final String CRITERION = "criterion";

  private static final Pattern ALTERNATIVE = Pattern.compile("\\b([A-Z]{2,4}) is the alternative");

  /**
   * Checks the fields.
   *
   * @param indicator the indicator code
   * @param field {@link #CHANNEL_SCOPE} or {@link #CRITERION}
   * @param alternative the value when flipped
   * @param probability the probability that a draw flips it, in [0, 1]
   * @throws IllegalArgumentException for another field or a probability outside [0, 1]
   */
  public ReconstructedCall {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(alternative, "alternative");
    if (!CHANNEL_SCOPE.equals(field) && !CRITERION.equals(field)) {
      throw new IllegalArgumentException("field must be channelScope or criterion, got " + field);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("flip probability of " + indicator + " must be in [0, 1], got " + probability);
    }
  }

  /**
   * The low-confidence calls of an instrument, each with the given flip probability: every field whose
   * provenance is {@link ProvenanceStatus#RECONSTRUCTED} with a reason saying "low confidence". A
   * channel-scope call flips to the other scope; a criterion call flips to the criterion its reason names
   * as "XX is the alternative" when the instrument has it (otherwise it is not returned). For the bundled
   * LOSI-2024 these are the channel scopes of #223, #277, #278 and #280 and the criteria of #241 (IF) and
   * #245 (TEC). In instrument order.
   *
   * @param instrument the instrument whose provenance is read
   * @param probability the flip probability of every call, in [0, 1]
   * @return the calls, in instrument order
   */
  public static List<ReconstructedCall> lowConfidence(Instrument instrument, double probability) {
    List<ReconstructedCall> calls = new ArrayList<>();
    for (Indicator ind : instrument.indicators()) {
      for (FieldProvenance p : ind.provenance()) {
        if (p.status() != ProvenanceStatus.RECONSTRUCTED
            || !p.reason().toLowerCase(Locale.ROOT).contains("low confidence")) {
          continue;
        }
        if (p.field().equals(CHANNEL_SCOPE)) {
          ChannelScope other = ind.channelScope() == ChannelScope.MGP_SPECIFIC
              ? ChannelScope.CHANNEL_INDEPENDENT : ChannelScope.MGP_SPECIFIC;
          calls.add(new ReconstructedCall(ind.code(), CHANNEL_SCOPE, other.name(), probability));
        } else if (p.field().equals(CRITERION)) {
          Matcher m = ALTERNATIVE.matcher(p.reason());
          if (m.find() && instrument.criterion(m.group(1)).isPresent() && !m.group(1).equals(ind.criterion())) {
            calls.add(new ReconstructedCall(ind.code(), CRITERION, m.group(1), probability));
          }
        }
      }
    }
    return List.copyOf(calls);
  }
}
