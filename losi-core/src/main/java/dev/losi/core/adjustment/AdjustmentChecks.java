package dev.losi.core.adjustment;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks of a set of adjustments against an instrument, and the wording of their problems. */
final class AdjustmentChecks {

  private AdjustmentChecks() {}

  /** Adds every problem of the adjustments used with the instrument. */
  static void check(Instrument instrument, List<CountryAdjustment> list, ProblemCollector problems) {
    Set<String> ids = new HashSet<>();
    for (CountryAdjustment a : list) {
      String who = "adjustment \"" + a.id() + "\" ";
      if (!ids.add(a.id())) {
        problems.add(Problem.builder().field("id").value(a.id()).message("is used by more than one adjustment").build());
      }
      if (!a.instrumentId().equals(instrument.id())) {
        problems.add(Problem.builder().field("instrumentId").value(a.instrumentId())
            .message("of " + who + "does not match instrument \"" + instrument.id() + "\"").build());
      }
      if (a.indicator().isPresent()) {
        String code = a.indicator().get();
        Optional<Indicator> ind = instrument.indicator(code);
        if (ind.isEmpty()) {
          problems.add(Problem.builder().indicator(code)
              .message(who + "names an indicator that instrument \"" + instrument.id() + "\" lacks").build());
        } else if (a.kind() == AdjustmentKind.ACCEPT_CHANNEL && ind.get().channelScope() == ChannelScope.CHANNEL_INDEPENDENT) {
          problems.add(Problem.builder().indicator(code)
              .message(who + "accepts channels for a channel-independent indicator, where every channel counts already").build());
        }
      }
      a.localIndicator().ifPresent(li -> {
        if (instrument.hasIndicator(li.code())) {
          problems.add(Problem.builder().indicator(li.code())
              .message(who + "adds a local indicator whose code is already an indicator of instrument \"" + instrument.id() + "\"").build());
        }
      });
    }
    // Conflicts: two exclusions/reweightings, or two local indicators with one code, that can reach one city.
    for (int x = 0; x < list.size(); x++) {
      for (int y = x + 1; y < list.size(); y++) {
        CountryAdjustment a = list.get(x);
        CountryAdjustment b = list.get(y);
        if (!a.country().equals(b.country()) || !overlap(a.cities(), b.cities())) {
          continue;
        }
        if (decidesWeight(a) && decidesWeight(b) && a.indicator().equals(b.indicator())) {
          problems.add(Problem.builder().indicator(a.indicator().get())
              .message("adjustments \"" + a.id() + "\" (" + a.kind() + ") and \"" + b.id() + "\" (" + b.kind()
                  + ") both decide this indicator's weight for the same cities of " + a.country()).build());
        }
        if (a.localIndicator().isPresent() && b.localIndicator().isPresent()
            && a.localIndicator().get().code().equals(b.localIndicator().get().code())) {
          problems.add(Problem.builder().indicator(a.localIndicator().get().code())
              .message("adjustments \"" + a.id() + "\" and \"" + b.id()
                  + "\" both add a local indicator with this code for the same cities of " + a.country()).build());
        }
      }
    }
  }

  private static boolean decidesWeight(CountryAdjustment a) {
    return a.kind() == AdjustmentKind.EXCLUDE_INDICATOR || a.kind() == AdjustmentKind.REWEIGHT;
  }

  private static boolean overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
