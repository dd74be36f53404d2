package dev.losi.io.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.plan.Effort;
import dev.losi.core.plan.EffortTable;
import dev.losi.core.plan.UptakeTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Effort and uptake tables read from CSV written out in the test; expected values and messages by hand. */
class PlanTablesTest {

  static final Instrument THREE = Instrument.builder().id("T-3").editionYear(2024).title("three")
      .addCriteria(Criterion.TECHNOLOGY)
      .addIndicators(ind("#1"), ind("#2"), ind("#3")).build();

  static Indicator ind(String code) {
    return Indicator.builder().code(code).title("t").criterion("TEC").channelScope(ChannelScope.CHANNEL_INDEPENDENT).build();
  }

  @Test
  void readsAnEffortTableInAnyColumnOrderAndCase() {
    EffortTable t = PlanTables.readEfforts("note;effort;indicator\nlink it;EASY;#2\n\"'=SUM(A1)\";hard;#1\n;Moderate;#3\n",
        "efforts.csv", THREE);
    assertEquals(List.of(new EffortTable.Entry("#1", Effort.HARD, Optional.of("=SUM(A1)")),
        new EffortTable.Entry("#2", Effort.EASY, Optional.of("link it")),
        new EffortTable.Entry("#3", Effort.MODERATE, Optional.empty())), t.entries());
  }

  @Test
  void effortProblemsAreAllReportedWithFileAndLine() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> PlanTables.readEfforts(
        "indicator,effort\n#1,quick\n#9,easy\n#2,easy\n#2,hard\n#3, easy\n#1\n", "efforts.csv", THREE));
    assertEquals(List.of(
        "efforts.csv:2: indicator \"#1\": effort \"quick\" is not one of easy, moderate, hard, unclassified",
        "efforts.csv:3: indicator \"#9\": is not an indicator of instrument \"T-3\"",
        "efforts.csv:5: indicator \"#2\": appears more than once (first on line 4)",
        "efforts.csv:6: indicator \"#3\": effort \" easy\" is not one of easy, moderate, hard, unclassified",
        "efforts.csv:7: has 1 fields, the header has 2"),
        e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void aHeaderWithoutEffortIsRefused() {
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> PlanTables.readEfforts("indicator,cost\n#1,3\n", "e.csv", THREE));
    assertEquals(List.of("e.csv:1:cost: is not a known column (expected indicator, effort, note)",
        "e.csv:1:effort: is missing from the header"), e.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void readsAnUptakeTableAndRefusesSharesOutsideTheUnitInterval() {
    UptakeTable t = PlanTables.readUptake("indicator,uptake\n#1,0.62\n#3,1\n", "uptake.csv", THREE);
    assertEquals(Map.of("#1", new BigDecimal("0.62"), "#3", new BigDecimal("1")), t.shares());
    LosiValidationException e = assertThrows(LosiValidationException.class,
        () -> PlanTables.readUptake("indicator,uptake\n#1,62%\n#2,1.5\n#3,\n", "uptake.csv", THREE));
    assertEquals(List.of(
        "uptake.csv:2: indicator \"#1\": uptake \"62%\" is not a share from 0 to 1 (for example 0.62)",
        "uptake.csv:3: indicator \"#2\": uptake \"1.5\" is not a share from 0 to 1 (for example 0.62)",
        "uptake.csv:4: indicator \"#3\": uptake \"\" is not a share from 0 to 1 (for example 0.62)"),
        e.problems().stream().map(Problem::toString).toList());
  }
}
