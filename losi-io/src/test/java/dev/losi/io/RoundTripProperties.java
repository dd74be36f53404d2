package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.losi.core.Answer;
import dev.losi.core.Assessment;
import dev.losi.core.Channel;
import dev.losi.core.ChannelScope;
import dev.losi.core.City;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Criterion;
import dev.losi.core.Evidence;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import dev.losi.core.Response;
import dev.losi.io.internal.FormulaGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips: model -> JSON / long CSV / wide CSV / XLSX (long and wide) -> model gives equal objects,
 * for generated cities (names in any script), evidence (URLs, notes with commas, quotes, line breaks and
 * formula-like starts) and instruments (any finite positive weight).
 */
class RoundTripProperties {

  private static final Instrument INSTRUMENT = Fixtures.small();
  private static final List<String> NAMES = List.of("São Paulo", "Ciudad de México", "አዲስ አበባ", "القاهرة",
      "Zürich", "東京", "Москва", "Ōsaka", "N'Djamena", "Kraków, \"Old Town\"");

  /** Text of any script, with the characters that matter to CSV, XLSX and the formula guard. */
  static Arbitrary<String> text() {
    Arbitrary<Character> chars = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.chars().range(' ', '~')),
        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('\u00A0', '\u024F')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0600', '\u06FF')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u1200', '\u137F')),
        net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u4E00', '\u4FFF')),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(',', ';', '"', '\'', '\n', '\r', '\t', '=', '+', '-', '@', '|', ' ')));
    Arbitrary<String> any = chars.list().ofMinSize(1).ofMaxSize(25)
        .map(l -> {
          StringBuilder sb = new StringBuilder();
          l.forEach(sb::append);
          return sb.toString();
        });
    Arbitrary<String> emoji = Arbitraries.of("🏙️ city", "note 😀, ok", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
    return Arbitraries.oneOf(any, any, any, emoji, Arbitraries.of(NAMES),
        Arbitraries.of("=1+1", "-5", "+44 20", "@SUM(A1)", "'=x", "''-y", "'quoted'", "\t=tab", "\r\n=cr"));
  }

  /** Identifier-like text: no leading or trailing white space, no control characters. */
  static Arbitrary<String> code() {
    return text().map(s -> s.replaceAll("[\\p{Cntrl}]", "_").strip()).filter(s -> !s.isEmpty());
  }

  static Arbitrary<City> cities() {
    return Combinators.combine(code(), Arbitraries.oneOf(Arbitraries.of(NAMES), text().filter(s -> !s.isBlank())),
        // real codes and user-assigned ones (XSY, AAA, ZZZ), which the readers are told to accept
        Arbitraries.of("BRA", "TUN", "KOR", "DNK", "EGY", "MEX", "IND", "XSY", "AAA", "ZZZ"),
        Arbitraries.longs().between(0, Long.MAX_VALUE).optional(),
        code().optional(), text().optional()).as((id, name, country, pop, size, region) -> {
          City.Builder b = City.builder().id(id).name(name).country(country);
          pop.ifPresent(b::population);
          size.ifPresent(b::sizeClass);
          region.ifPresent(b::region);
          return b.build();
        });
  }

  static Arbitrary<Optional<Evidence>> evidence() {
    Arbitrary<Set<Channel>> channels = Arbitraries.of(Channel.class).set().ofMaxSize(3);
    Arbitrary<Optional<String>> urls = Arbitraries.oneOf(text(),
        Arbitraries.of("https://example.org/a?x=1,2&y=\"3\"", "http://cidade.gov.br/serviços")).optional();
    return Combinators.combine(channels, urls, text().optional()).as((c, u, n) -> {
      if (c.isEmpty() && u.isEmpty() && n.isEmpty()) {
        return Optional.<Evidence>empty();
      }
      Evidence.Builder b = Evidence.builder().channels(c);
      u.ifPresent(b::url);
      n.ifPresent(b::note);
      return Optional.of(b.build());
    });
  }

  /** Assessments of the test instrument: a response for every indicator, in instrument order. */
  static Arbitrary<Assessment> assessment() {
    Arbitrary<List<Answer>> answers = Arbitraries.of(Answer.class).list().ofSize(INSTRUMENT.size());
    Arbitrary<List<Optional<Evidence>>> evidence = evidence().list().ofSize(INSTRUMENT.size());
    Arbitrary<Optional<LocalDate>> dates = Arbitraries.integers().between(0, 20000)
        .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).optional();
    return Combinators.combine(cities(), code(), dates, answers, evidence).as((city, assessor, date, a, e) -> {
      Assessment.Builder b = Assessment.builder().city(city).instrumentId(INSTRUMENT.id()).assessorId(assessor);
      date.ifPresent(b::date);
      for (int i = 0; i < INSTRUMENT.size(); i++) {
        Response.Builder r = Response.builder().indicator(INSTRUMENT.indicators().get(i).code()).answer(a.get(i));
        e.get(i).ifPresent(r::evidence);
        b.addResponses(r.build());
      }
      return b.build();
    });
  }

  /**
   * Several assessments whose keys (city, assessor, date) are distinct and whose cities are consistent
   * (the same id always means the same city), as any real file is.
   */
  @Provide
  Arbitrary<List<Assessment>> assessments() {
    return assessment().list().ofMaxSize(6).map(list -> {
      Map<String, City> byId = new LinkedHashMap<>();
      Set<List<Object>> keys = new HashSet<>();
      List<Assessment> out = new ArrayList<>();
      for (Assessment a : list) {
        City city = byId.computeIfAbsent(a.city().id(), k -> a.city());
        Assessment fixed = Assessment.builder().from(a).city(city).build();
        if (keys.add(List.of(city.id(), a.assessorId(), a.date().map(Object::toString).orElse("")))) {
          out.add(fixed);
        }
      }
      return out;
    });
  }

  @Property(tries = 200)
  void jsonRoundTrip(@ForAll("assessments") List<Assessment> all) {
    LosiJson json = LosiJson.standard();
    assertEquals(all, json.readAssessments(json.writeAssessments(all), "p.json"));
  }

  @Property(tries = 200)
  void longCsvRoundTrip(@ForAll("assessments") List<Assessment> all, @ForAll boolean semicolon) {
    CsvFormat f = semicolon ? CsvFormat.standard().withDelimiter(';').withLineSeparator("\n").withBom(true)
        : CsvFormat.standard();
    String csv = AssessmentCsv.writer().format(f).toString(all);
    assertEquals(all, AssessmentCsv.reader(INSTRUMENT).allowUserAssignedCountries(true).read(csv, "p.csv"));
  }

  @Property(tries = 200)
  void wideCsvRoundTrip(@ForAll("assessments") List<Assessment> all) {
    String csv = AssessmentCsv.wideWriter(INSTRUMENT).toString(all);
    assertEquals(all, AssessmentCsv.wideReader(INSTRUMENT).allowUserAssignedCountries(true).read(csv, "w.csv"));
  }

  @Property(tries = 40)
  void xlsxRoundTrip(@ForAll("assessments") List<Assessment> all, @ForAll boolean wide) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    (wide ? AssessmentXlsx.wideWriter(INSTRUMENT) : AssessmentXlsx.writer()).write(all, out);
    AssessmentXlsx.Reader reader = wide ? AssessmentXlsx.wideReader(INSTRUMENT) : AssessmentXlsx.reader(INSTRUMENT);
    assertEquals(all, reader.allowUserAssignedCountries(true).read(new ByteArrayInputStream(out.toByteArray()), "p.xlsx"));
  }

  @Property
  void formulaGuardRestoresEveryText(@ForAll("anyText") String s) {
    String written = FormulaGuard.neutralise(s);
    char c = written.isEmpty() ? 'x' : written.charAt(0);
    assertEquals(false, c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r', written);
    assertEquals(s, FormulaGuard.restore(written));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(text(), Arbitraries.strings().ofMinLength(0).ofMaxLength(10));
  }

  @Provide
  Arbitrary<Instrument> instruments() {
    Arbitrary<Double> weights = Arbitraries.oneOf(positiveDoubles().filter(d -> d < 1e300), Arbitraries.doubles().between(0.01, 100),
        Arbitraries.of(1.0, 2.0, 0.1, 1.0 / 3, Double.MIN_VALUE, 4.9e-324 * 3, 123456789.123456789));
    Arbitrary<Indicator> indicator = Combinators.combine(code().filter(s -> !s.contains(":")), text().filter(s -> !s.isBlank()),
        text().optional(), Arbitraries.of("IF", "CP", "TEC"), Arbitraries.of(ChannelScope.class), weights,
        code().filter(s -> !s.contains("|")).set().ofMaxSize(2),
        text().map(s -> s.replaceAll("[\r\n]", " ")).filter(s -> !s.isBlank()).optional())
        .as((c, t, d, crit, scope, w, tags, reason) -> {
          Indicator.Builder b = Indicator.builder().code(c).title(t).criterion(crit).channelScope(scope).weight(w).tags(tags);
          d.ifPresent(b::description);
          reason.ifPresent(r -> b.addProvenance(FieldProvenance.of("criterion", ProvenanceStatus.RECONSTRUCTED, r)));
          return b.build();
        });
    return Combinators.combine(indicator.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Indicator::code),
        Arbitraries.integers().between(1990, 2100), text().filter(s -> !s.isBlank()), text().optional(),
        Arbitraries.oneOf(positiveDoubles().filter(d -> d < 1e300), Arbitraries.of(0.0, 1.0)).optional())
        .as((inds, year, title, prov, extra) -> {
          Instrument.Builder b = Instrument.builder().id("GEN-" + year).editionYear(year).title(title)
              .addCriteria(Criterion.INSTITUTIONAL_FRAMEWORK, Criterion.of("CP", "Content, \"provision\""),
                  Criterion.of("TEC", "Технология"))
              .indicators(inds);
          prov.ifPresent(b::provenance);
          double total = 0;
          for (Indicator i : inds) {
            total += i.weight(); // the same order of additions as Instrument.totalWeight()
          }
          double sum = total;
          extra.ifPresent(e -> b.declaredMaximum(Math.max(sum, sum + e)));
          return b.build();
        });
  }

  @Property(tries = 100)
  void instrumentRoundTripsThroughJsonCsvAndXlsx(@ForAll("instruments") Instrument in) throws Exception {
    assertEquals(in, LosiJson.standard().readInstrument(LosiJson.standard().writeInstrument(in), "i.json"));
    assertEquals(in, InstrumentTables.readCsv(InstrumentTables.toCsv(in, CsvFormat.standard()), "i.csv"));
    assertXlsxRoundTrip(in, InstrumentTables::writeXlsx, InstrumentTables::readXlsx);
  }

  @Property(tries = 100)
  void adjustmentsRoundTripThroughJson(@ForAll("weights") List<Double> weights) {
    List<CountryAdjustment> list = new ArrayList<>(Fixtures.adjustments());
    for (int i = 0; i < weights.size(); i++) {
      list.add(CountryAdjustment.builder().id("W" + i).country("BRA").instrumentId("X").kind(dev.losi.core.AdjustmentKind.REWEIGHT)
          .indicator("#1").weight(weights.get(i)).rationale("r").decidedBy("b").decidedOn(LocalDate.of(2025, 1, 1)).build());
    }
    LosiJson json = LosiJson.standard();
    assertEquals(list, json.readAdjustments(json.writeAdjustments(list), "a.json"));
  }

  @Provide
  Arbitrary<List<CountryAdjustment>> adjustmentLists() {
    Arbitrary<CountryAdjustment> one = Combinators.combine(Arbitraries.of(dev.losi.core.AdjustmentKind.class),
        code().filter(s -> !s.contains("|")).set().ofMaxSize(3), text().filter(s -> !s.isBlank()),
        text().filter(s -> !s.isBlank()), positiveDoubles(), Arbitraries.of(Channel.NATIONAL_PORTAL, Channel.MOBILE_APP,
            Channel.SOCIAL_MEDIA, Channel.OTHER).set().ofMinSize(1), Arbitraries.integers().between(0, 40000))
        .as((kind, cities, rationale, by, w, channels, day) -> {
          CountryAdjustment.Builder b = CountryAdjustment.builder().id("X").country("BRA").instrumentId("LOSI-2024")
              .kind(kind).rationale(rationale).decidedBy(by).decidedOn(LocalDate.of(1950, 1, 1).plusDays(day))
              .cities(cities);
          switch (kind) {
            case EXCLUDE_INDICATOR -> b.indicator("#281");
            case ACCEPT_CHANNEL -> b.indicator("#281").acceptedChannels(channels);
            case REWEIGHT -> b.indicator("#281").weight(w);
            default -> b.localIndicator(Indicator.builder().code("L-" + day).title(rationale).description(by)
                .criterion("SP").channelScope(ChannelScope.CHANNEL_INDEPENDENT).weight(w).build());
          }
          return b.build();
        });
    return one.list().ofMaxSize(5).map(list -> {
      List<CountryAdjustment> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(CountryAdjustment.builder().from(list.get(i)).id("ADJ-" + i).build());
      }
      return out;
    });
  }

  @Property(tries = 60)
  void adjustmentsRoundTripThroughEveryFormat(@ForAll("adjustmentLists") List<CountryAdjustment> list) throws Exception {
    assertEquals(list, LosiJson.standard().readAdjustments(LosiJson.standard().writeAdjustments(list), "a.json"));
    assertEquals(list, AdjustmentTables.readCsv(AdjustmentTables.toCsv(list, CsvFormat.standard()), "a.csv"));
    assertXlsxRoundTrip(list, AdjustmentTables::writeXlsx, AdjustmentTables::readXlsx);
  }

  /** Every positive finite double is reachable: uniform over the bit patterns, so all magnitudes occur. */
  static Arbitrary<Double> positiveDoubles() {
    return Arbitraries.longs().between(1, 0x7FEFFFFFFFFFFFFFL).map(Double::longBitsToDouble);
  }

  @Provide
  Arbitrary<List<Double>> weights() {
    return positiveDoubles().list().ofMaxSize(4);
  }

  /** Writes {@code value} to a temporary XLSX file with {@code write}, reads it back with {@code read}: equal. */
  private static <T> void assertXlsxRoundTrip(T value, XlsxWrite<T> write, XlsxRead<T> read) throws Exception {
    Path tmp = Files.createTempFile("losi-prop", ".xlsx");
    try {
      write.to(value, tmp);
      assertEquals(value, read.from(tmp));
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @FunctionalInterface
  private interface XlsxWrite<T> {
    void to(T value, Path file) throws Exception;
  }

  @FunctionalInterface
  private interface XlsxRead<T> {
    T from(Path file) throws Exception;
  }
}
