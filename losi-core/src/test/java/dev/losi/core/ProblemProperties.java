package dev.losi.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ProblemProperties {

  /** A collector keeps at most its cap and counts every problem it was given. */
  @Property
  void collectorKeepsCapAndCountsAll(@ForAll @IntRange(min = 1, max = 20) int cap,
      @ForAll @IntRange(min = 1, max = 60) int added) {
    ProblemCollector c = new ProblemCollector(cap);
    for (int i = 0; i < added; i++) {
      c.add("problem " + i);
    }
    assertEquals(Math.min(cap, added), c.problems().size());
    assertEquals(added, c.count());
    try {
      c.throwIfAny();
    } catch (LosiValidationException e) {
      assertEquals(added, e.total());
      assertEquals(Math.max(0, added - cap), e.omitted());
    }
  }

  /** Any text survives in a rendered problem, with line breaks escaped so the rendering stays on one line. */
  @Property
  void renderingIsOneLine(@ForAll @Size(max = 30) String value) {
    Problem p = Problem.builder().field("note").value(value).message("is odd").build();
    assertEquals(-1, p.toString().indexOf('\n'));
  }
}
