package dev.losi.core.mapping;

import static dev.losi.core.mapping.Fixtures.A;
import static dev.losi.core.mapping.Fixtures.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-built pair of editions in {@link Fixtures} covers every relation. */
class EditionMappingTest {

  @Test
  void everyRelationIsAccountedFor() {
    EditionMapping m = Fixtures.aToB();
    assertEquals(Optional.of(Relation.SAME), m.relationFrom("a1"));
    assertEquals(Optional.of(Relation.RENAMED), m.relationFrom("a2"));
    assertEquals(Optional.of(Relation.MOVED), m.relationFrom("a3"));
    assertEquals(Optional.of(Relation.SPLIT), m.relationFrom("a4"));
    assertEquals(List.of("b4", "b5"), m.targetsOf("a4"));
    assertEquals(Optional.of(Relation.MERGED), m.relationTo("b6"));
    assertEquals(List.of("a5", "a6"), m.sourcesOf("b6"));
    assertEquals(Optional.of(Relation.REMOVED), m.relationFrom("a7"));
    assertEquals(Optional.of(Relation.ADDED), m.relationTo("b7"));
    assertEquals(List.of("b7"), m.addedCodes());
    assertEquals(List.of("a7"), m.removedCodes());
    assertFalse(m.isPartial());
    // hand count of resolved rows: 1 same, 1 renamed, 1 moved, 2 split, 2 merged, 1 removed, 1 implicit added
    Map<Relation, Integer> counts = m.countByRelation();
    assertEquals(List.of(1, 1, 1, 2, 2, 1, 1), List.of(counts.get(Relation.SAME), counts.get(Relation.RENAMED),
        counts.get(Relation.MOVED), counts.get(Relation.SPLIT), counts.get(Relation.MERGED), counts.get(Relation.REMOVED),
        counts.get(Relation.ADDED)));
    assertEquals(9, m.resolvedLinks().size());
    assertTrue(m.coverageStatement().contains("covers every criterion"));
  }

  @Test
  void commonCoreIsTheOneToOneRows() {
    CommonCore core = Fixtures.aToB().commonCore();
    assertEquals(List.of(new CommonCore.Pair("a1", "b1", Relation.SAME), new CommonCore.Pair("a2", "b2", Relation.RENAMED),
        new CommonCore.Pair("a3", "b3", Relation.MOVED)), core.pairs());
    assertEquals(List.of("a4", "a5", "a6", "a7"), List.copyOf(core.notComparableFrom().keySet()));
    assertEquals(List.of("b4", "b5", "b6", "b7"), List.copyOf(core.notComparableTo().keySet()));
    assertEquals("split into [b4, b5]", core.notComparableFrom().get("a4"));
    assertEquals("added: no source in the earlier edition", core.notComparableTo().get("b7"));
  }

  @Test
  void everyProblemIsReportedTogether() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> EditionMapping.builder().from(A).to(B)
        .same("a1", "b1")
        .same("a2", "b1")          // b1 named twice, not a merge
        .same("a3", "b3")          // X -> Y must be moved
        .moved("zz", "b2")         // unknown A code
        .split("a4", "b4")         // split with one target
        .merged("b6", "a5", "a6")
        .renamed("a7", "q9")       // unknown B code
        .build());
    List<String> messages = e.problems().stream().map(Problem::toString).toList();
    String all = String.join("\n", messages);
    assertEquals(5, e.problems().size(), all);
    assertTrue(all.contains("links[3]: indicator \"zz\": from \"zz\" is not an indicator of T-A"), all);
    assertTrue(all.contains("links[7]: indicator \"q9\": to \"q9\" is not an indicator of T-B"), all);
    assertTrue(all.contains("links[2]: indicator \"a3\": relation \"same\" keeps the criterion, but a3 is in X and b3 is in Y"), all);
    assertTrue(all.contains("indicator \"a4\": from \"a4\" is the only target of its split"), all);
    assertTrue(all.contains("indicator \"b1\": to \"b1\" is named by 2 rows"), all);
  }

  @Test
  void unaccountedIndicatorsAndMixedRelationsAreReported() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> EditionMapping.builder().from(A).to(B)
        .same("a1", "b1").renamed("a2", "b2").moved("a3", "b3").split("a4", "b4", "b5")
        .merged("b6", "a5").same("a6", "b6") // a merge mixed with a same row
        // a7 missing
        .build());
    String all = e.getMessage();
    assertTrue(all.contains("indicator \"a7\": from indicator of T-A (criterion Y) is not accounted for"), all);
    assertTrue(all.contains("to \"b6\" is named by a merged and also by rows with relations [same]"), all);
    assertEquals(2, e.problems().size(), all);
  }

  @Test
  void movedMustChangeTheCriterionAndSplitTargetsMustBeExclusive() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> EditionMapping.builder().from(A).to(B)
        .moved("a1", "b1").renamed("a2", "b2").moved("a3", "b3").split("a4", "b4", "b5").merged("b5", "a5", "a6")
        .removed("a7").build());
    String all = e.getMessage();
    assertTrue(all.contains("relation \"moved\" changes the criterion, but a1 and b1 are both in X"), all);
    assertTrue(all.contains("to \"b5\" is named by a merged and also by rows with relations [split]"), all);
  }

  @Test
  void linkShapeIsChecked() {
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> Link.builder().from("a1").relation(Relation.SAME).build());
    assertEquals("indicator \"a1\": to is required for a same link", e.problems().get(0).toString());
    e = assertThrows(LosiValidationException.class, () -> Link.builder().from("a1").to("b 1 ").relation(Relation.ADDED).build());
    assertEquals(List.of("indicator \"a1\": from \"a1\" must be empty for an added link",
        "indicator \"a1\": to \"b 1 \" must not be blank, start or end with white space, or contain control characters or unpaired surrogates"),
        e.problems().stream().map(Problem::toString).toList());
    assertThrows(LosiValidationException.class, () -> Link.builder().from("a1").to("b1").relation(Relation.REMOVED).build());
    assertThrows(LosiValidationException.class, () -> Link.builder().from("a1").to("b1").relation(Relation.ADDED).build());
    assertThrows(LosiValidationException.class, () -> Link.of(" a1", "b1", Relation.SAME));
    e = assertThrows(LosiValidationException.class, () -> Link.of("a1", "b1", Relation.SAME, "broken \uD800 text"));
    assertEquals("indicator \"a1\": note is not valid Unicode text: unpaired surrogate at index 7 (it cannot be written as UTF-8)",
        e.problems().get(0).toString());
    Link.of("a1", "b1", Relation.SAME, "emoji \uD83D\uDE00 is fine");
    assertEquals(Relation.MERGED, Relation.parse(" Merged "));
    assertThrows(IllegalArgumentException.class, () -> Relation.parse("copied"));
  }

  @Test
  void partialMappingCoversOnlyItsCriteria() {
    // covers only Y: a4..a7 (criterion Y) must be accounted for; b3 (moved into Y) and b4..b6 are in scope,
    // b1, b2, b7 (criterion X) are outside the mapping.
    EditionMapping m = EditionMapping.builder().from(A).to(B).addCoveredCriteria("Y")
        .split("a4", "b4", "b5").merged("b6", "a5", "a6").removed("a7").build();
    assertTrue(m.isPartial());
    assertEquals("T-A -> T-B covers only criteria [Y]; indicators of other criteria are outside this mapping and are "
        + "neither compared nor translated.", m.coverageStatement());
    assertEquals(List.of("a1", "a2", "a3"), m.outOfScopeFromCodes());
    assertEquals(List.of("b1", "b2", "b7"), m.outOfScopeToCodes());
    assertEquals(List.of("b3"), m.addedCodes()); // in Y, no source
    assertEquals(Optional.empty(), m.relationTo("b1"));
    LosiValidationException e = assertThrows(LosiValidationException.class, () -> EditionMapping.builder().from(A).to(B)
        .addCoveredCriteria("Y", "Z").split("a4", "b4", "b5").merged("b6", "a5", "a6").build());
    assertTrue(e.getMessage().contains("coveredCriteria \"Z\" is not a criterion of T-A or T-B"), e.getMessage());
    assertTrue(e.getMessage().contains("indicator \"a7\""), e.getMessage());
  }

  @Test
  void identityMapsEveryIndicatorToItself() {
    EditionMapping id = EditionMapping.identity(A);
    assertEquals(A.size(), id.commonCore().size());
    assertTrue(id.addedCodes().isEmpty());
    assertTrue(id.removedCodes().isEmpty());
  }
}
