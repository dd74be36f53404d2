package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The one relocation helper: each expected problem below is written out by hand from the rule in the
 * class comment (place from {@code at}; message, field, value, indicator from the model; city and assessor
 * from the model only where the place names none).
 */
class RelocationTest {

  private static Problem modelProblem(String column) {
    Problem.Builder b = Problem.builder().city("c-model").assessor("a-model").indicator("IND1").field("name")
        .value("v").message("is bad");
    if (column != null) {
      b.column(column);
    }
    return b.build();
  }

  @Test
  void atOnePlaceKeepsThePlaceAndRenamesTheField() {
    ProblemCollector target = new ProblemCollector();
    LosiValidationException e = new LosiValidationException(List.of(modelProblem(null)), 0);
    Relocation.relocate(e, Problem.builder().source("f.csv").line(7).column("C").city("c-file"),
        f -> "city_" + f, target);
    Problem expected = Problem.builder().source("f.csv").line(7).column("C").city("c-file").assessor("a-model")
        .indicator("IND1").field("city_name").value("v").message("is bad").build();
    assertEquals(List.of(expected), target.problems());
  }

  @Test
  void problemsBeyondTheModelsCapAreReportedAtTheSource() {
    ProblemCollector target = new ProblemCollector();
    LosiValidationException e = new LosiValidationException(List.of(Problem.of("is bad")), 41);
    Relocation.relocate(e, Problem.builder().source("f.json").column("$.x"), target);
    assertEquals(List.of(Problem.builder().source("f.json").column("$.x").message("is bad").build(),
        Problem.builder().source("f.json").message("... and 41 more problems").build()), target.problems());
  }

  @Test
  void rowsNamedByListPositionGoToTheirRowOthersElsewhere() {
    ProblemCollector target = new ProblemCollector();
    LosiValidationException e = new LosiValidationException(
        List.of(modelProblem("links[1]"), modelProblem(null), modelProblem("linksX[0]")), 0);
    List<Long> lines = List.of(10L, 20L);
    Relocation.relocateRows(e, "links", i -> Problem.builder().source("m.csv").line(lines.get(i)),
        Problem.builder().source("m.csv"), target);
    List<Problem> got = target.problems();
    assertEquals(3, got.size());
    assertEquals(OptionalLong.of(20), got.get(0).line());
    assertEquals(Optional.empty(), got.get(0).column());
    assertEquals(OptionalLong.empty(), got.get(1).line());
    assertEquals(Optional.empty(), got.get(2).column());
    for (Problem p : got) {
      assertEquals(Optional.of("m.csv"), p.source());
      assertEquals(Optional.of("c-model"), p.city());
      assertEquals("is bad", p.message());
    }
  }

  @Test
  void scoringProblemsMoveToTheFirstRowOfTheirCityAndAssessor() {
    Problem scoring = Problem.builder().city("c1").assessor("a1").indicator("IND1").message("is bad").build();
    Problem noAssessor = Problem.builder().city("c1").message("other").build();
    Problem unknownRow = Problem.builder().city("c2").assessor("a2").message("third").build();
    LosiValidationException e = new LosiValidationException(List.of(scoring, noAssessor, unknownRow), 5);
    LosiValidationException out = Relocation.atFirstRows(e, "s.csv",
        (city, assessor) -> city.equals("c1") ? Problem.builder().line(4) : null);
    assertEquals(Problem.builder().source("s.csv").line(4).city("c1").assessor("a1").indicator("IND1")
        .message("is bad").build(), out.problems().get(0));
    assertSame(noAssessor, out.problems().get(1));
    assertSame(unknownRow, out.problems().get(2));
    assertEquals(5, out.omitted());
  }
}
