package dev.losi.stats.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.stats.uncertainty.ReviewerProbability;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer-probability reader on files written here, values and problems checked by hand. */
class ReviewerProbabilitiesTest {

  private static List<ReviewerProbability> read(String csv) throws Exception {
    return ReviewerProbabilities.read("p.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryRowInFileOrder() throws Exception {
    assertEquals(List.of(new ReviewerProbability("C1", "#265", 0.9), new ReviewerProbability("C2", "#204", 0)),
        read("city,indicator,probability\nC1,#265,0.9\nC2,#204,0\n"));
  }

  @Test
  void everyProblemAtOnceWithItsLine() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> read("city,indicator,probability\nC1,#1,1.5\nC1,#2,\n,#3,0.5\nC1,#4,x\nC2,#5,0.2\nC2,#5,0.3\n"));
    List<Long> lines = e.problems().stream().map(p -> p.line().orElse(-1)).toList();
    assertEquals(List.of(2L, 3L, 4L, 5L, 7L), lines, e.getMessage());
    Problem dup = e.problems().get(4);
    assertEquals("is given a second time; the first is on line 6", dup.message());
  }

  @Test
  void aMissingColumnIsNamed() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> read("city,indicator\nC1,#1\n"));
    assertEquals(1, e.problems().size());
    assertEquals(java.util.Optional.of("probability"), e.problems().get(0).column());
  }
}
