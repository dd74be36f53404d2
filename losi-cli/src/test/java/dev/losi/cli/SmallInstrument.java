package dev.losi.cli;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;

/**
 * A small instrument (12 indicators in the five LOSI criteria) for hand-computed command-line tests;
 * its codes ({@code D01} ...
 * {@code D12}) are invented and are not LOSI questionnaire codes.
 */
final class SmallInstrument {

  /** The id of the demo instrument. */
  static final String ID = "SMALL-12";

  private static final Instrument INSTRUMENT = build();

  private SmallInstrument() {}

  /** The demo instrument. */
  public static Instrument get() {
    return INSTRUMENT;
  }

  private static Instrument build() {
    return Instrument.builder()
        .id(ID)
        .editionYear(2024)
        .title("Small test instrument (12 indicators)")
        .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.CONTENT_PROVISION, Criterion.SERVICES_PROVISION,
            Criterion.PARTICIPATION_AND_ENGAGEMENT, Criterion.TECHNOLOGY)
        .addIndicators(
            ind("D01", "Official municipal portal", "IF", ChannelScope.MGP_SPECIFIC),
            ind("D02", "Contact details of city departments", "IF", ChannelScope.MGP_SPECIFIC),
            ind("D03", "Municipal budget published", "CP", ChannelScope.MGP_SPECIFIC),
            ind("D04", "Open data catalogue", "CP", ChannelScope.CHANNEL_INDEPENDENT),
            ind("D05", "Emergency and disaster information", "CP", ChannelScope.CHANNEL_INDEPENDENT),
            ind("D06", "Online business licence application", "SP", ChannelScope.MGP_SPECIFIC),
            ind("D07", "Online payment of local taxes", "SP", ChannelScope.MGP_SPECIFIC),
            ind("D08", "Online renewal of identity documents", "SP", ChannelScope.CHANNEL_INDEPENDENT),
            ind("D09", "Public consultation on local decisions", "PE", ChannelScope.MGP_SPECIFIC),
            ind("D10", "City government on social media", "PE", ChannelScope.CHANNEL_INDEPENDENT),
            ind("D11", "Portal usable on mobile devices", "TEC", ChannelScope.MGP_SPECIFIC),
            ind("D12", "Accessibility statement", "TEC", ChannelScope.MGP_SPECIFIC))
        .provenance("Test instrument of the losi command line tests.")
        .build();
  }

  private static Indicator ind(String code, String title, String criterion, ChannelScope scope) {
    return Indicator.builder().code(code).title(title).criterion(criterion).channelScope(scope).build();
  }
}
