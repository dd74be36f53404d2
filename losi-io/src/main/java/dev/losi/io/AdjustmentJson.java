package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.AdjustmentKind;
import dev.losi.core.Channel;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Indicator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Country adjustments as JSON, both ways (the mapping is unchanged; only its home moved). */
final class AdjustmentJson {

  private final JsonModel m;
  private final boolean userAssignedCountries;

  AdjustmentJson(JsonModel m, boolean userAssignedCountries) {
    this.m = m;
    this.userAssignedCountries = userAssignedCountries;
  }

  static ObjectNode write(CountryAdjustment a) {
    ObjectNode o = JsonModel.F.objectNode();
    o.put("id", a.id());
    o.put("country", a.country());
    o.put("instrumentId", a.instrumentId());
    o.put("kind", a.kind().name());
    o.put("rationale", a.rationale());
    o.put("decidedBy", a.decidedBy());
    o.put("decidedOn", a.decidedOn().toString());
    a.indicator().ifPresent(i -> o.put("indicator", i));
    if (!a.acceptedChannels().isEmpty()) {
      ArrayNode ch = o.putArray("acceptedChannels");
      a.acceptedChannels().forEach(c -> ch.add(c.name()));
    }
    if (a.weight().isPresent()) {
      JsonModel.number(o, "weight", a.weight().getAsDouble());
    }
    a.localIndicator().ifPresent(i -> o.set("localIndicator", InstrumentJson.indicator(i)));
    if (!a.cities().isEmpty()) {
      ArrayNode cs = o.putArray("cities");
      a.cities().forEach(cs::add);
    }
    return o;
  }
  CountryAdjustment read(JsonNode n, String p) {
    ObjectNode o = m.object(n, p, "a country adjustment");
    if (o == null) {
      return null;
    }
    boolean ok = m.only(o, p, "id", "country", "instrumentId", "kind", "rationale", "decidedBy", "decidedOn",
        "indicator", "acceptedChannels", "weight", "localIndicator", "cities");
    String id = m.text(o, p, "id", true);
    String country = m.text(o, p, "country", true);
    String notIso = country == null ? null : IsoCountries.problem(country, userAssignedCountries);
    if (notIso != null) {
      m.problem(p, "country", country, notIso);
      ok = false;
    }
    String instrumentId = m.text(o, p, "instrumentId", true);
    AdjustmentKind kind = m.constant(o, p, "kind", AdjustmentKind.class, true);
    String rationale = m.text(o, p, "rationale", true);
    String decidedBy = m.text(o, p, "decidedBy", true);
    LocalDate decidedOn = m.date(o, p, "decidedOn", true);
    String indicator = m.text(o, p, "indicator", false);
    Set<Channel> channels = m.constants(o, p, "acceptedChannels", Channel.class);
    Double weight = m.number(o, p, "weight", false);
    Indicator local = o.has("localIndicator") ? new InstrumentJson(m).indicator(o.get("localIndicator"), p + ".localIndicator") : null;
    List<String> cities = m.strings(o, p, "cities");
    ok &= !(o.has("indicator") && indicator == null) && !(o.has("weight") && weight == null)
        && !(o.has("localIndicator") && local == null);
    if (!ok || id == null || country == null || instrumentId == null || kind == null || rationale == null
        || decidedBy == null || decidedOn == null || channels == null || cities == null) {
      return null;
    }
    return m.build(p, () -> build(CountryAdjustment.builder().id(id).country(country).instrumentId(instrumentId)
        .kind(kind).rationale(rationale).decidedBy(decidedBy).decidedOn(decidedOn).acceptedChannels(channels)
        .cities(cities), indicator, weight, local));
  }

  /**
   * Sets the optional parts of an adjustment, each {@code null} when absent, and builds it: the last step of the
   * JSON and the table readers alike.
   */
  static CountryAdjustment build(CountryAdjustment.Builder b, String indicator, Double weight, Indicator local) {
    return b.indicator(Optional.ofNullable(indicator))
        .weight(weight == null ? OptionalDouble.empty() : OptionalDouble.of(weight))
        .localIndicator(Optional.ofNullable(local)).build();
  }
}
