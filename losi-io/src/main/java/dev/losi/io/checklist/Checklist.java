package dev.losi.io.checklist;

import dev.losi.core.AdjustmentKind;
import dev.losi.core.ChannelScope;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fillable checklist made from an instrument: one {@link Item} per indicator, in instrument order, then
 * the local indicators a country's adjustments add, in their own section. Indicators an
 * {@code EXCLUDE_INDICATOR} adjustment excludes for the country (and city) of the header are marked
 * "not applicable in COUNTRY (adjustment ID: rationale)". Without a country in the header, no adjustment
 * is used. Written and read by {@link Checklists}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Checklist {

  /** The section title of the local indicators. */
  public static final String LOCAL_SECTION = "Local indicators";
  /** Where to look for an MGP-specific indicator, in plain words. */
  public static final String MGP_RULE = "only counts if found on the municipal portal or a site it links to";
  /** Where to look for a channel-independent indicator, in plain words. */
  public static final String ANY_RULE = "counts on any channel: the municipal portal, the national portal, an app or social media";

  /**
   * One row of the checklist.
   *
   * @param code the indicator code
   * @param section the section: the criterion's name, or {@link #LOCAL_SECTION}
   * @param criterion the criterion code
   * @param title the indicator's title
   * @param description what the assessor looks for (may be empty)
   * @param channelRule the channel-scope rule in plain words ({@link #MGP_RULE} or {@link #ANY_RULE})
   * @param exclusion for an excluded indicator, "not applicable in COUNTRY (adjustment ID: rationale)"
   * @param local true for a local indicator added by an adjustment
   * @since 0.1.0
   */
  public record Item(String code, String section, String criterion, String title, String description,
      String channelRule, Optional<String> exclusion, boolean local) {}

  private final Instrument instrument;
  private final ChecklistHeader header;
  private final List<Item> items;

  private Checklist(Instrument instrument, ChecklistHeader header, List<Item> items) {
    this.instrument = instrument;
    this.header = header;
    this.items = List.copyOf(items);
  }

  /**
   * The checklist of an instrument, with the adjustments that apply to the header's country (and city,
   * when the header names one).
   *
   * @param adjustments adjustments of any countries; those of other countries or instruments are ignored
   * @param instrument the instrument whose indicators the checklist lists
   * @param header the city, country, assessor and date fields, blank or pre-filled
   * @return the checklist
   */
  public static Checklist of(Instrument instrument, Collection<CountryAdjustment> adjustments, ChecklistHeader header) {
    Map<String, CountryAdjustment> excluded = new HashMap<>();
    List<CountryAdjustment> local = new ArrayList<>();
    for (CountryAdjustment a : adjustments) {
      boolean applies = header.country().map(c -> c.equals(a.country())).orElse(false)
          && a.instrumentId().equals(instrument.id())
          && (a.cities().isEmpty() || header.cityId().map(a.cities()::contains).orElse(false));
      if (applies && a.kind() == AdjustmentKind.EXCLUDE_INDICATOR) {
        excluded.putIfAbsent(a.indicator().orElseThrow(), a);
      } else if (applies && a.kind() == AdjustmentKind.ADD_LOCAL_INDICATOR) {
        local.add(a);
      }
    }
    List<Item> items = new ArrayList<>();
    for (Indicator i : instrument.indicators()) {
      CountryAdjustment ex = excluded.get(i.code());
      Optional<String> exclusion = ex == null ? Optional.empty()
          : Optional.of("not applicable in " + ex.country() + " (adjustment " + ex.id() + ": " + ex.rationale() + ")");
      String section = instrument.criterion(i.criterion()).map(Criterion::name).orElse(i.criterion());
      items.add(item(i, section, exclusion, false));
    }
    for (CountryAdjustment a : local) {
      items.add(item(a.localIndicator().orElseThrow(), LOCAL_SECTION, Optional.empty(), true));
    }
    return new Checklist(instrument, header, items);
  }

  private static Item item(Indicator i, String section, Optional<String> exclusion, boolean local) {
    return new Item(i.code(), section, i.criterion(), i.title(), i.description(),
        i.channelScope() == ChannelScope.MGP_SPECIFIC ? MGP_RULE : ANY_RULE, exclusion, local);
  }

  /** {@return the instrument} */
  public Instrument instrument() {
    return instrument;
  }

  /** {@return the header block} */
  public ChecklistHeader header() {
    return header;
  }

  /** {@return the rows: the instrument's indicators in order, then the local indicators} */
  public List<Item> items() {
    return items;
  }
}
