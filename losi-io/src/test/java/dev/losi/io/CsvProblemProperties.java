package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Every bad cell of a file is reported, each once, on its own line: reading never stops at the first. */
class CsvProblemProperties {

  private static final Instrument INSTRUMENT = Fixtures.small();

  @Provide
  Arbitrary<String> badValues() {
    // " 1" and "na" are accepted since every reader parses with Answer.parse (surrounding space stripped,
    // NA in any case); what stays refused is anything that is not a code, name or label
    return Arbitraries.oneOf(Arbitraries.of("2", "yes", "-1", "1.0", "N/A", "x", "1 0"),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4)
            .filter(s -> dev.losi.core.Answer.parse(s).isEmpty()));
  }

  @Property(tries = 200)
  void everyBadValueIsReportedWithItsLine(@ForAll @IntRange(min = 1, max = 30) int cities,
      @ForAll("badRows") Set<Integer> badRows, @ForAll("badValues") String bad) {
    StringBuilder csv = new StringBuilder("city_id,city_name,country,assessor,indicator,value,note\n");
    List<Long> expectedLines = new ArrayList<>();
    int row = 0;
    for (int c = 0; c < cities; c++) {
      for (int i = 0; i < INSTRUMENT.size(); i++, row++) {
        boolean isBad = badRows.contains(row);
        long line = 2 + row * 2L; // every note below spans two physical lines
        if (isBad) {
          expectedLines.add(line);
        }
        csv.append("C").append(c).append(",City ").append(c).append(",MOZ,A,").append(INSTRUMENT.indicators().get(i).code())
            .append(',').append(isBad ? bad : "1").append(",\"two\nlines\"\n");
      }
    }
    if (expectedLines.isEmpty()) {
      assertEquals(cities, AssessmentCsv.reader(INSTRUMENT).read(csv.toString(), "p.csv").size());
      return;
    }
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> AssessmentCsv.reader(INSTRUMENT).read(csv.toString(), "p.csv"));
    List<Long> reported = new ArrayList<>();
    for (Problem p : e.problems()) {
      reported.add(p.line().getAsLong());
      assertEquals(Set.of("value"), Set.of(p.field().get()));
      assertEquals(bad, p.value().get());
    }
    assertEquals(expectedLines, reported);
  }

  @Provide
  Arbitrary<Set<Integer>> badRows() {
    return Arbitraries.integers().between(0, 299).set().ofMaxSize(40).map(TreeSet::new);
  }
}
