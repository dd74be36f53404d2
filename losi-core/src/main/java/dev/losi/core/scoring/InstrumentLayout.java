package dev.losi.core.scoring;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every {@link CompiledInstrument} variant of one instrument shares: the indicator positions
 * (questionnaire order), their criterion slots (criteria that have indicators, in instrument order) and
 * channel scopes, the instrument's weights as decimals and its surplus {@code S}: the declared maximum less
 * the sum of the weights, at least 0 (0 when none is declared). Immutable once built; the arrays are
 * shared by every variant and never written after the constructor.
 */
final class InstrumentLayout {

  final Instrument instrument;
  final int size;
  final String[] criterionCodes;
  final int[] criterionSlot;
  final int[] scopeOrdinal;
  final boolean[] mgpSpecific;
  final BigDecimal[] weights;
  final BigDecimal surplus;

  InstrumentLayout(Instrument instrument) {
    this.instrument = instrument;
    this.size = instrument.size();
    List<String> codes = new ArrayList<>();
    for (Criterion c : instrument.criteria()) {
      if (!instrument.indicatorsOf(c.code()).isEmpty()) {
        codes.add(c.code());
      }
    }
    this.criterionCodes = codes.toArray(new String[0]);
    this.criterionSlot = new int[size];
    this.scopeOrdinal = new int[size];
    this.mgpSpecific = new boolean[size];
    this.weights = new BigDecimal[size];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < size; i++) {
      Indicator ind = instrument.indicators().get(i);
      criterionSlot[i] = codes.indexOf(ind.criterion());
      scopeOrdinal[i] = ind.channelScope().ordinal();
      mgpSpecific[i] = ind.channelScope() == ChannelScope.MGP_SPECIFIC;
      weights[i] = Decimals.of(ind.weight());
      sum = sum.add(weights[i]);
    }
    this.surplus = instrument.declaredMaximum().isPresent()
        ? Decimals.of(instrument.declaredMaximum().getAsDouble()).subtract(sum).max(BigDecimal.ZERO)
        : BigDecimal.ZERO;
  }

  /** The position of an indicator code; refused when the instrument lacks it. */
  int position(String code) {
    int i = instrument.indexOf(code);
    if (i < 0) {
      throw new IllegalArgumentException("\"" + code + "\" is not an indicator of instrument " + instrument.id());
    }
    return i;
  }

  /** The slot of a criterion code; refused when it is not a criterion with indicators. */
  int slot(String criterion) {
    int slot = Arrays.asList(criterionCodes).indexOf(criterion);
    if (slot < 0) {
      throw new IllegalArgumentException("\"" + criterion + "\" is not a criterion with indicators in "
          + instrument.id());
    }
    return slot;
  }
}
