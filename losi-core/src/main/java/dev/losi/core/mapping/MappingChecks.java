package dev.losi.core.mapping;

import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of an {@link EditionMapping}, run when one is built: covered criteria exist, rows name
 * indicators of their editions and are not repeated, relations agree with the criteria, splits and
 * merges are well formed, and every covered indicator of the earlier edition is accounted for.
 */
final class MappingChecks {

  private MappingChecks() {}

  /** Throws every problem of the mapping at once. */
  static void check(EditionMapping m) {
    ProblemCollector problems = new ProblemCollector();
    Instrument a = m.from();
    Instrument b = m.to();
    Set<String> declared = new HashSet<>();
    a.criteria().forEach(c -> declared.add(c.code()));
    b.criteria().forEach(c -> declared.add(c.code()));
    for (String c : m.coveredCriteria()) {
      if (!declared.contains(c)) {
        problems.add(Problem.builder().field("coveredCriteria").value(c)
            .message("is not a criterion of " + a.id() + " or " + b.id() + " " + new TreeSet<>(declared)).build());
      }
    }
    Set<List<Object>> seenRows = new HashSet<>();
    for (int i = 0; i < m.links().size(); i++) {
      Link l = m.links().get(i);
      String at = "links[" + i + "]";
      if (!seenRows.add(List.of(l.from(), l.to()))) {
        problems.add(Problem.builder().column(at).indicator(l.from().or(l::to).orElse("?"))
            .message("repeats the row " + l.from().orElse("-") + " -> " + l.to().orElse("-")).build());
        continue;
      }
      l.from().filter(c -> !a.hasIndicator(c)).ifPresent(c -> problems.add(Problem.builder().column(at)
          .indicator(c).field("from").value(c).message("is not an indicator of " + a.id()).build()));
      l.to().filter(c -> !b.hasIndicator(c)).ifPresent(c -> problems.add(Problem.builder().column(at)
          .indicator(c).field("to").value(c).message("is not an indicator of " + b.id()).build()));
      if (l.from().isPresent() && l.to().isPresent() && a.hasIndicator(l.from().get()) && b.hasIndicator(l.to().get())) {
        String ca = a.indicator(l.from().get()).orElseThrow().criterion();
        String cb = b.indicator(l.to().get()).orElseThrow().criterion();
        if ((l.relation() == Relation.SAME || l.relation() == Relation.RENAMED) && !ca.equals(cb)) {
          problems.add(Problem.builder().column(at).indicator(l.from().get()).field("relation").value(l.relation().label())
              .message("keeps the criterion, but " + l.from().get() + " is in " + ca + " and " + l.to().get()
                  + " is in " + cb + " (use moved)").build());
        }
        if (l.relation() == Relation.MOVED && ca.equals(cb)) {
          problems.add(Problem.builder().column(at).indicator(l.from().get()).field("relation").value("moved")
              .message("changes the criterion, but " + l.from().get() + " and " + l.to().get() + " are both in " + ca
                  + " (use same or renamed)").build());
        }
      }
    }
    checkSide(m, problems, true);
    checkSide(m, problems, false);
    for (Indicator i : a.indicators()) {
      if (m.covers(i.criterion()) && !m.byFrom().containsKey(i.code())) {
        problems.add(Problem.builder().indicator(i.code()).field("from")
            .message("indicator of " + a.id() + " (criterion " + i.criterion()
                + ") is not accounted for: give it a row (same, renamed, moved, split, merged or removed)").build());
      }
    }
    problems.throwIfAny();
  }

  /**
   * Checks that each code on one side is named once, or several times only by one split (source side)
   * or one merge (target side), and that the other ends of splits and merges are named once.
   */
  private static void checkSide(EditionMapping m, ProblemCollector problems, boolean source) {
    Map<String, List<Link>> index = source ? m.byFrom() : m.byTo();
    Map<String, List<Link>> other = source ? m.byTo() : m.byFrom();
    Relation many = source ? Relation.SPLIT : Relation.MERGED;
    String side = source ? "from" : "to";
    String otherSide = source ? "to" : "from";
    for (Map.Entry<String, List<Link>> e : index.entrySet()) {
      String code = e.getKey();
      List<Link> rows = e.getValue();
      Set<Relation> relations = new LinkedHashSet<>();
      rows.forEach(l -> relations.add(l.relation()));
      if (relations.contains(many)) {
        if (relations.size() > 1) {
          problems.add(Problem.builder().indicator(code).field(side).value(code)
              .message("is named by a " + many.label() + " and also by rows with relations "
                  + relations.stream().filter(r -> r != many).map(Relation::label).toList()
                  + "; an indicator takes part in one relation only").build());
        } else if (rows.size() < 2) {
          problems.add(Problem.builder().indicator(code).field(side).value(code)
              .message("is the only " + (source ? "target of its split" : "source of its merge") + ": a "
                  + many.label() + " needs at least two " + (source ? "targets" : "sources")
                  + " (use same, renamed or moved for one)").build());
        }
        for (Link l : rows) {
          String end = (source ? l.to() : l.from()).orElseThrow();
          if (other.getOrDefault(end, List.of()).size() > 1) {
            problems.add(Problem.builder().indicator(end).field(otherSide).value(end)
                .message("is part of the " + many.label() + " of " + code + " and is also named by another row").build());
          }
        }
      } else if (rows.size() > 1) {
        problems.add(Problem.builder().indicator(code).field(side).value(code)
            .message("is named by " + rows.size() + " rows " + rows.stream().map(Link::toString).toList()
                + "; only a " + many.label() + " may name the same " + side + " code more than once").build());
      }
    }
  }
}
