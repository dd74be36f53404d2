package dev.losi.core.mapping;

import static dev.losi.core.mapping.Fixtures.A;
import static dev.losi.core.mapping.Fixtures.B;
import static dev.losi.core.mapping.Fixtures.ind;
import static dev.losi.core.mapping.Fixtures.instrument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Instrument;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Composition of hand-built mappings; every expected row below is worked out by hand from the rules in {@link Composition}. */
class CompositionTest {

  /** Edition C after B: b4 and b5 merge back into c45, b6 is removed, b3 moves back to X, c8 is new. */
  static final Instrument C = instrument("T-C", 2024, ind("c1", "Portal", "X"), ind("c2", "E-mail", "X"),
      ind("c3", "Open data", "X"), ind("c45", "Services", "Y"), ind("c7", "Chatbot", "X"), ind("c8", "AI", "Y"));

  static EditionMapping bToC() {
    return EditionMapping.builder().from(B).to(C).same("b1", "c1").renamed("b2", "c2").moved("b3", "c3")
        .merged("c45", "b4", "b5").removed("b6").same("b7", "c7").build();
  }

  private static Set<String> rows(EditionMapping m) {
    return m.resolvedLinks().stream().map(l -> l.from().orElse("-") + ">" + l.to().orElse("-") + ":" + l.relation().label())
        .collect(Collectors.toSet());
  }

  @Test
  void chainOfThreeEditionsReportsWhatIsLost() {
    Composition c = Fixtures.aToB().compose(bToC());
    assertEquals("T-A", c.mapping().from().id());
    assertEquals("T-C", c.mapping().to().id());
    assertEquals(Set.of("a1>c1:same", "a2>c2:renamed", "a3>c3:renamed", "a4>c45:renamed", "a5>-:removed",
        "a6>-:removed", "a7>-:removed", "->c7:added", "->c8:added"), rows(c.mapping()));
    assertEquals(List.of("a5", "a6", "a7"), c.losses().stream().map(Composition.Loss::fromCode).toList());
    assertEquals(List.of(Composition.LossKind.REMOVED_IN_SECOND, Composition.LossKind.REMOVED_IN_SECOND,
        Composition.LossKind.REMOVED_IN_FIRST), c.losses().stream().map(Composition.Loss::kind).toList());
    assertEquals(List.of("b6"), c.losses().get(0).through());
    assertTrue(c.lossReport().contains("a5: reached T-B as [b6], removed in T-B -> T-C"), c.lossReport());
  }

  @Test
  void splitThenMergeWithAnotherIsNotComposable() {
    Instrument a = instrument("M-A", 1, ind("a1", "One", "X"), ind("a2", "Two", "X"));
    Instrument b = instrument("M-B", 2, ind("b1", "One a", "X"), ind("b2", "One b", "X"), ind("b3", "Two", "X"));
    Instrument c = instrument("M-C", 3, ind("c1", "One a", "X"), ind("c2", "One b and two", "X"));
    EditionMapping ab = EditionMapping.builder().from(a).to(b).split("a1", "b1", "b2").same("a2", "b3").build();
    EditionMapping bc = EditionMapping.builder().from(b).to(c).same("b1", "c1").merged("c2", "b2", "b3").build();
    Composition comp = ab.compose(bc);
    assertEquals(Set.of("a1>-:removed", "a2>-:removed", "->c1:added", "->c2:added"), rows(comp.mapping()));
    assertEquals(List.of(Composition.LossKind.NOT_COMPOSABLE, Composition.LossKind.NOT_COMPOSABLE),
        comp.losses().stream().map(Composition.Loss::kind).toList());
  }

  /** a1 -> b1, and b1 merges with b2 (new in B) into c1: c1 holds content A never measured. */
  @Test
  void mergeWithAnIndicatorNewInTheMiddleEditionIsNotComposable() {
    Instrument a = instrument("N-A", 1, ind("a1", "One", "X"));
    Instrument b = instrument("N-B", 2, ind("b1", "One", "X"), ind("b2", "New", "X"));
    Instrument c = instrument("N-C", 3, ind("c1", "One and new", "X"));
    EditionMapping ab = EditionMapping.builder().from(a).to(b).same("a1", "b1").build(); // b2 added implicitly
    EditionMapping bc = EditionMapping.builder().from(b).to(c).merged("c1", "b1", "b2").build();
    Composition comp = ab.compose(bc);
    assertEquals(Set.of("a1>-:removed", "->c1:added"), rows(comp.mapping()));
    assertEquals(Composition.LossKind.NOT_COMPOSABLE, comp.losses().get(0).kind());
    assertTrue(comp.losses().get(0).explanation().contains("[c1] also merge [b2], which N-B added"), comp.lossReport());
  }

  @Test
  void splitsMergesAndPartialRemovalsCompose() {
    Instrument a = instrument("S-A", 1, ind("a1", "One", "X"), ind("a2", "Two", "Y"), ind("a3", "Three", "Y"),
        ind("a4", "Four", "X"));
    Instrument b = instrument("S-B", 2, ind("b1", "One", "X"), ind("b2", "Two", "Y"), ind("b3", "Three", "Y"),
        ind("b4", "Four a", "X"), ind("b5", "Four b", "X"));
    Instrument c = instrument("S-C", 3, ind("c1", "One a", "X"), ind("c2", "One b", "X"), ind("c23", "Two and three", "Y"),
        ind("c4", "Four a", "X"));
    EditionMapping ab = EditionMapping.builder().from(a).to(b).same("a1", "b1").same("a2", "b2").same("a3", "b3")
        .split("a4", "b4", "b5").build();
    EditionMapping bc = EditionMapping.builder().from(b).to(c).split("b1", "c1", "c2").merged("c23", "b2", "b3")
        .same("b4", "c4").removed("b5").build();
    Composition comp = ab.compose(bc);
    assertEquals(Set.of("a1>c1:split", "a1>c2:split", "a2>c23:merged", "a3>c23:merged", "a4>c4:renamed"), rows(comp.mapping()));
    assertEquals(1, comp.losses().size());
    assertEquals(Composition.LossKind.PARTLY_REMOVED, comp.losses().get(0).kind());
    assertEquals(List.of("b5"), comp.losses().get(0).through());
  }

  @Test
  void coverageOfTheSecondMappingLimitsTheComposition() {
    // second mapping covers only Y: a1, a2 (X) reach b1, b2 which it does not map
    EditionMapping bcY = EditionMapping.builder().from(B).to(CompositionTest.C).addCoveredCriteria("Y")
        .moved("b3", "c3").merged("c45", "b4", "b5").removed("b6").build();
    Composition comp = Fixtures.aToB().compose(bcY);
    assertEquals(Set.of("Y"), comp.mapping().coveredCriteria());
    assertEquals(List.of("a1", "a2"), comp.losses(Composition.LossKind.OUTSIDE_SECOND_COVERAGE).stream()
        .map(Composition.Loss::fromCode).toList());
    // a3 (X) moved into Y in B and back to X in C: still reached, so it keeps a row
    assertTrue(rows(comp.mapping()).contains("a3>c3:renamed"), rows(comp.mapping()).toString());
    assertTrue(comp.mapping().isPartial());
  }

  /** A fourth edition D after C: c1 is removed, the rest kept. Losses carry over without repeating a7, a5, a6. */
  @Test
  void longerChainsKeepEveryLossOnce() {
    Instrument d = instrument("T-D", 2026, ind("d2", "E-mail", "X"), ind("d3", "Open data", "X"), ind("d45", "Services", "Y"),
        ind("d7", "Chatbot", "X"), ind("d8", "AI", "Y"));
    EditionMapping cd = EditionMapping.builder().from(C).to(d).removed("c1").same("c2", "d2").same("c3", "d3")
        .same("c45", "d45").same("c7", "d7").same("c8", "d8").build();
    Composition chain = Fixtures.aToB().compose(bToC()).then(cd);
    assertEquals("T-D", chain.mapping().to().id());
    assertEquals(List.of("a5", "a6", "a7", "a1"), chain.losses().stream().map(Composition.Loss::fromCode).toList());
    assertEquals(Composition.LossKind.REMOVED_IN_SECOND, chain.losses().get(3).kind());
    assertEquals(Set.of("a1>-:removed", "a2>d2:renamed", "a3>d3:renamed", "a4>d45:renamed", "a5>-:removed",
        "a6>-:removed", "a7>-:removed", "->d7:added", "->d8:added"), rows(chain.mapping()));
  }

  @Test
  void mismatchedEditionsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bToC().compose(Fixtures.aToB()));
    assertTrue(e.getMessage().contains("cannot compose T-B -> T-C with T-A -> T-B"), e.getMessage());
  }
}
