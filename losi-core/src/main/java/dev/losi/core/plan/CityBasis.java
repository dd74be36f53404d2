package dev.losi.core.plan;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Evidence;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Response;
import dev.losi.core.level.Level;
import dev.losi.core.scoring.AdjustedScore;
import dev.losi.core.scoring.CityScore;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One city's score in exact arithmetic, indicator by indicator: the rules of the scorer (the adjusted LOSI
 * when an adjustment applies, else the standard one), with every weight scaled to a whole number.
 */
final class CityBasis {

  final Assessment assessment;
  final boolean adjusted;
  final int scale; // weights and maximum are whole numbers at 10^-scale
  final long[] weight; // scaled effective weight, 0 when excluded
  final boolean[] excluded;
  final boolean[] counts;
  final Gap[] gap; // null when the indicator counts, is excluded or weighs nothing
  final long points;
  final long maximum;
  final long[] criterionPoints; // by criterion position in the instrument
  final long[] criterionMaximum;

  CityBasis(Instrument instrument, Assessment assessment, CityScore score) {
    this.assessment = assessment;
    List<CountryAdjustment> applied = score.adjusted().map(AdjustedScore::applied).orElse(List.of());
    this.adjusted = !applied.isEmpty();
    List<Indicator> indicators = instrument.indicators();
    int n = indicators.size();
    BigDecimal[] w = new BigDecimal[n];
    BigDecimal baseTotal = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      w[i] = BigDecimal.valueOf(indicators.get(i).weight());
      baseTotal = baseTotal.add(w[i]);
    }
    this.excluded = new boolean[n];
    @SuppressWarnings("unchecked")
    Set<Channel>[] accepted = new Set[n];
    for (CountryAdjustment a : applied) {
      if (a.kind() == AdjustmentKind.ADD_LOCAL_INDICATOR) {
        continue;
      }
      int i = instrument.indexOf(a.indicator().orElseThrow());
      switch (a.kind()) {
        case EXCLUDE_INDICATOR -> excluded[i] = true;
        case REWEIGHT -> w[i] = BigDecimal.valueOf(a.weight().getAsDouble());
        default -> {
          if (accepted[i] == null) {
            accepted[i] = EnumSet.noneOf(Channel.class);
          }
          accepted[i].addAll(a.acceptedChannels());
        }
      }
    }
    BigDecimal surplus = instrument.declaredMaximum().isPresent()
        ? BigDecimal.valueOf(instrument.declaredMaximum().getAsDouble()).subtract(baseTotal)
        : BigDecimal.ZERO;
    int s = Math.max(0, surplus.stripTrailingZeros().scale());
    for (int i = 0; i < n; i++) {
      s = Math.max(s, w[i].stripTrailingZeros().scale());
    }
    this.scale = s;
    this.weight = new long[n];
    this.counts = new boolean[n];
    this.gap = new Gap[n];
    this.criterionPoints = new long[instrument.criteria().size()];
    this.criterionMaximum = new long[instrument.criteria().size()];
    long p = 0;
    long m = scaled(surplus, s);
    for (int i = 0; i < n; i++) {
      if (excluded[i]) {
        continue;
      }
      Indicator ind = indicators.get(i);
      int crit = criterionIndex(instrument, ind.criterion());
      weight[i] = scaled(w[i], s);
      m = Math.addExact(m, weight[i]);
      criterionMaximum[crit] += weight[i];
      Optional<Response> r = assessment.response(ind.code());
      Answer answer = r.map(Response::answer).orElse(Answer.NOT_ASSESSED);
      Set<Channel> channels = r.flatMap(Response::evidence).map(Evidence::channels).orElse(Set.of());
      if (answer == Answer.PRESENT) {
        counts[i] = ind.channelScope() != ChannelScope.MGP_SPECIFIC || channels.isEmpty()
            || channels.stream().anyMatch(Channel::isMunicipalPortal)
            || (accepted[i] != null && channels.stream().anyMatch(accepted[i]::contains));
      }
      if (counts[i]) {
        p += weight[i];
        criterionPoints[crit] += weight[i];
      } else if (weight[i] > 0) {
        gap[i] = switch (answer) {
          case PRESENT -> Gap.CHANNEL_DOWNGRADE;
          case ABSENT -> Gap.ABSENT;
          case NOT_APPLICABLE -> Gap.NOT_APPLICABLE_WITHOUT_ADJUSTMENT;
          case NOT_ASSESSED -> Gap.NOT_ASSESSED;
        };
      }
    }
    this.points = p;
    this.maximum = m;
  }

  static int criterionIndex(Instrument instrument, String code) {
    List<dev.losi.core.Criterion> criteria = instrument.criteria();
    for (int c = 0; c < criteria.size(); c++) {
      if (criteria.get(c).code().equals(code)) {
        return c;
      }
    }
    throw new AssertionError("criterion checked by the instrument: " + code);
  }

  static long scaled(BigDecimal value, int scale) {
    return value.movePointRight(scale).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }

  /** The exact decimal of a scaled value, without trailing zeros (whole numbers with scale 0). */
  BigDecimal exact(long scaledValue) {
    BigDecimal d = BigDecimal.valueOf(scaledValue, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  Standing standing(long scaledPoints) {
    return new Standing(exact(scaledPoints), exact(maximum), Level.of(scaledPoints, maximum));
  }
}
