package dev.losi.core.mapping;

import dev.losi.core.Indicator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Composes two mappings; see {@link Composition} for the rules. */
final class Composer {

  private Composer() {}

  static Composition compose(EditionMapping first, EditionMapping second) {
    if (!first.to().equals(second.from())) {
      throw new IllegalArgumentException("cannot compose " + first.from().id() + " -> " + first.to().id() + " with "
          + second.from().id() + " -> " + second.to().id() + ": the second mapping must start from the same instrument "
          + (first.to().id().equals(second.from().id()) ? "(same id " + first.to().id() + " but different definitions)" : ""));
    }
    Set<String> coverage;
    if (!first.isPartial()) {
      coverage = second.coveredCriteria();
    } else if (!second.isPartial()) {
      coverage = first.coveredCriteria();
    } else {
      coverage = new LinkedHashSet<>(first.coveredCriteria());
      coverage.retainAll(second.coveredCriteria());
      if (coverage.isEmpty()) {
        throw new IllegalArgumentException("cannot compose: " + first.from().id() + " -> " + first.to().id() + " covers "
            + first.coveredCriteria() + " and " + second.from().id() + " -> " + second.to().id() + " covers "
            + second.coveredCriteria() + ": no criterion in common");
      }
    }
    Set<String> cov = Set.copyOf(coverage);
    // forward: a -> C(a); and the B codes on the way
    Map<String, Set<String>> reach = new LinkedHashMap<>();
    Map<String, Set<String>> back = new LinkedHashMap<>();
    for (Indicator i : first.from().indicators()) {
      String a = i.code();
      Set<String> cs = new LinkedHashSet<>();
      for (String b : first.targetsOf(a)) {
        cs.addAll(second.targetsOf(b));
      }
      reach.put(a, cs);
      for (String c : cs) {
        back.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(a);
      }
    }
    // C indicators that also draw on a B indicator with no A source (added in B, or outside the first
    // mapping's coverage): they hold content A never measured, so nothing in A maps onto them exactly.
    Map<String, List<String>> tainted = new LinkedHashMap<>();
    for (Indicator ci : second.to().indicators()) {
      List<String> newB = second.sourcesOf(ci.code()).stream().filter(b -> first.sourcesOf(b).isEmpty()).toList();
      if (!newB.isEmpty() && back.containsKey(ci.code())) {
        tainted.put(ci.code(), newB);
      }
    }
    List<Link> rows = new ArrayList<>();
    List<Composition.Loss> losses = new ArrayList<>();
    Set<String> addedC = new LinkedHashSet<>();
    Map<String, String> addedNotes = new LinkedHashMap<>();
    for (Indicator i : first.from().indicators()) {
      String a = i.code();
      if (!first.isInScopeFrom(a)) {
        continue;
      }
      List<String> bs = first.targetsOf(a);
      Set<String> cs = reach.get(a);
      List<String> outside = bs.stream().filter(b -> !second.isInScopeFrom(b)).toList();
      List<String> removed = bs.stream().filter(b -> second.relationFrom(b).orElse(null) == Relation.REMOVED).toList();
      boolean inCoverage = cov.isEmpty() || cov.contains(i.criterion());
      if (!outside.isEmpty()) {
        losses.add(new Composition.Loss(a, Composition.LossKind.OUTSIDE_SECOND_COVERAGE, outside,
            "its counterpart " + outside + " in " + first.to().id() + " is outside the coverage of "
                + second.from().id() + " -> " + second.to().id() + ": " + second.coverageStatement()));
      }
      if (cs.isEmpty()) {
        if (bs.isEmpty()) {
          losses.add(new Composition.Loss(a, Composition.LossKind.REMOVED_IN_FIRST, List.of(),
              "removed in " + first.from().id() + " -> " + first.to().id()));
        } else if (!removed.isEmpty() && outside.isEmpty()) {
          losses.add(new Composition.Loss(a, Composition.LossKind.REMOVED_IN_SECOND, removed,
              "reached " + first.to().id() + " as " + removed + ", removed in " + second.from().id() + " -> " + second.to().id()));
        }
        if (inCoverage) {
          rows.add(Link.builder().from(a).relation(Relation.REMOVED).note(notes(first, second, a, null)).build());
        }
        continue;
      }
      if (!removed.isEmpty()) {
        losses.add(new Composition.Loss(a, Composition.LossKind.PARTLY_REMOVED, removed,
            "part of it reached " + first.to().id() + " as " + removed + ", removed in " + second.from().id() + " -> "
                + second.to().id() + "; the rest maps to " + cs));
      }
      List<String> taintedHere = cs.stream().filter(tainted::containsKey).toList();
      boolean allReachOnlyA = cs.stream().allMatch(c -> back.get(c).equals(Set.of(a)));
      if (!taintedHere.isEmpty()) {
        List<String> newB = taintedHere.stream().flatMap(c -> tainted.get(c).stream()).distinct().toList();
        losses.add(new Composition.Loss(a, Composition.LossKind.NOT_COMPOSABLE, bs,
            "maps through " + bs + " to " + cs + ", but " + taintedHere + " also merge " + newB + ", which "
                + first.to().id() + " added (no source in " + first.from().id() + "); treated as removed, and " + cs
                + " as added"));
        rows.add(Link.builder().from(a).relation(Relation.REMOVED)
            .note("not composable: " + taintedHere + " also merge " + newB + ", new in " + first.to().id()).build());
        for (String c : cs) {
          if (addedC.add(c)) {
            addedNotes.put(c, "not composable: merges " + tainted.getOrDefault(c, List.of()) + ", new in " + first.to().id()
                + ", with indicators of " + first.from().id());
          }
        }
      } else if (cs.size() == 1 && allReachOnlyA) {
        String c = cs.iterator().next();
        Indicator ci = second.to().indicator(c).orElseThrow();
        Relation r;
        if (!ci.criterion().equals(i.criterion())) {
          r = Relation.MOVED;
        } else {
          boolean allSame = first.linksFrom(a).stream().allMatch(l -> l.relation() == Relation.SAME)
              && bs.stream().flatMap(b -> second.linksFrom(b).stream()).allMatch(l -> l.relation() == Relation.SAME);
          r = allSame ? Relation.SAME : Relation.RENAMED;
        }
        rows.add(Link.of(a, c, r, notes(first, second, a, c)));
      } else if (cs.size() >= 2 && allReachOnlyA) {
        for (String c : cs) {
          rows.add(Link.of(a, c, Relation.SPLIT, notes(first, second, a, c)));
        }
      } else if (cs.size() == 1 && back.get(cs.iterator().next()).stream().allMatch(x -> reach.get(x).equals(cs))) {
        String c = cs.iterator().next();
        rows.add(Link.of(a, c, Relation.MERGED, notes(first, second, a, c)));
      } else {
        Set<String> others = new LinkedHashSet<>();
        cs.forEach(c -> others.addAll(back.get(c)));
        others.remove(a);
        losses.add(new Composition.Loss(a, Composition.LossKind.NOT_COMPOSABLE, bs,
            "maps through " + bs + " to " + cs + ", which " + others
                + " also reach: a many-to-many relation no single relation expresses; treated as removed, and "
                + cs + " as added"));
        rows.add(Link.builder().from(a).relation(Relation.REMOVED)
            .note("not composable: many-to-many with " + others + " into " + cs).build());
        for (String c : cs) {
          if (addedC.add(c)) {
            addedNotes.put(c, "not composable: reached from " + back.get(c) + " through a many-to-many relation");
          }
        }
      }
    }
    // explicit ADDED rows: C indicators reached from no A indicator that either mapping marked added explicitly
    for (Indicator ci : second.to().indicators()) {
      String c = ci.code();
      if (back.containsKey(c) || addedC.contains(c)) {
        continue;
      }
      List<Link> explicit = new ArrayList<>();
      second.linksTo(c).stream().filter(l -> l.relation() == Relation.ADDED).forEach(explicit::add);
      for (String b : second.sourcesOf(c)) {
        first.linksTo(b).stream().filter(l -> l.relation() == Relation.ADDED).forEach(explicit::add);
        second.linksFrom(b).stream().filter(l -> !l.note().isEmpty()).forEach(explicit::add);
      }
      if (!explicit.isEmpty()) {
        addedC.add(c);
        addedNotes.put(c, join(explicit.stream().map(Link::note)));
      }
    }
    for (String c : addedC) {
      rows.add(Link.builder().to(c).relation(Relation.ADDED).note(addedNotes.getOrDefault(c, "")).build());
    }
    String description = "composition of " + first.from().id() + " -> " + first.to().id() + " and "
        + second.from().id() + " -> " + second.to().id();
    EditionMapping composed = EditionMapping.builder().from(first.from()).to(second.to()).addAllLinks(rows)
        .coveredCriteria(cov).description(description).build();
    return new Composition(composed, losses);
  }

  /** The non-empty notes of the rows on the paths from {@code a} (to {@code c}, if given), joined. */
  private static String notes(EditionMapping first, EditionMapping second, String a, String c) {
    List<String> ns = new ArrayList<>();
    for (Link l1 : first.linksFrom(a)) {
      List<Link> next = l1.to().map(second::linksFrom).orElse(List.of()).stream()
          .filter(l2 -> c == null || l2.to().map(c::equals).orElse(false)).toList();
      if (c != null && next.isEmpty()) {
        continue;
      }
      ns.add(l1.note());
      next.forEach(l2 -> ns.add(l2.note()));
    }
    return join(ns.stream());
  }

  private static String join(Stream<String> notes) {
    Set<String> seen = new HashSet<>();
    return notes.filter(n -> !n.isEmpty() && seen.add(n)).collect(Collectors.joining(" / "));
  }
}
