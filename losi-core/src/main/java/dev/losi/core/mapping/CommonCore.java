package dev.losi.core.mapping;

import dev.losi.core.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The indicators both editions of an {@link EditionMapping} measure in the same way: the one-to-one
 * rows ({@link Relation#SAME}, {@link Relation#RENAMED}, {@link Relation#MOVED}). A city's score on
 * the common core is the share of these indicators it meets, and is comparable across the editions.
 *
 * <p>Split and merged indicators are left out of the core: a split or merged feature is not the same
 * binary question in both editions, so a change in it may be an artefact of the instrument. So are
 * removed, added and out-of-coverage indicators. {@link #notComparableFrom()} and
 * {@link #notComparableTo()} list every left-out indicator with the reason.
 *
 * @since 0.1.0
 */
public final class CommonCore {

  /**
   * One indicator of the common core.
   *
   * @param fromCode its code in edition A
   * @param toCode its code in edition B
   * @param relation {@link Relation#SAME}, {@link Relation#RENAMED} or {@link Relation#MOVED}
   *
   * @since 0.1.0
   */
  public record Pair(String fromCode, String toCode, Relation relation) {}

  private final EditionMapping mapping;
  private final List<Pair> pairs;
  private final Map<String, String> notComparableFrom;
  private final Map<String, String> notComparableTo;

  private CommonCore(EditionMapping mapping) {
    this.mapping = mapping;
    List<Pair> p = new ArrayList<>();
    for (Link l : mapping.links()) {
      if (l.relation().isOneToOne()) {
        p.add(new Pair(l.from().orElseThrow(), l.to().orElseThrow(), l.relation()));
      }
    }
    this.pairs = List.copyOf(p);
    Map<String, String> nf = notComparable(mapping.from().indicators(), mapping::isInScopeFrom, mapping::relationFrom,
        mapping::targetsOf, true);
    Map<String, String> nt = notComparable(mapping.to().indicators(), mapping::isInScopeTo, mapping::relationTo,
        mapping::sourcesOf, false);
    this.notComparableFrom = java.util.Collections.unmodifiableMap(nf);
    this.notComparableTo = java.util.Collections.unmodifiableMap(nt);
  }

  /**
   * Why each indicator of one side is not comparable, in that side's order: outside the coverage, or linked
   * other than one to one ({@code source} for the earlier edition's side).
   */
  private static Map<String, String> notComparable(List<Indicator> side, Predicate<String> inScope,
      Function<String, Optional<Relation>> relation, Function<String, List<String>> others, boolean source) {
    Map<String, String> why = new LinkedHashMap<>();
    for (Indicator i : side) {
      String code = i.code();
      if (!inScope.test(code)) {
        why.put(code, "outside the mapping's coverage (criterion " + i.criterion() + ")");
      } else {
        Relation r = relation.apply(code).orElseThrow();
        if (!r.isOneToOne()) {
          why.put(code, reason(r, others.apply(code), source));
        }
      }
    }
    return why;
  }

  private static String reason(Relation r, List<String> others, boolean source) {
    return switch (r) {
      case REMOVED -> "removed: no counterpart in the later edition";
      case ADDED -> "added: no source in the earlier edition";
      case SPLIT -> source ? "split into " + others : "part of a split of " + others;
      case MERGED -> source ? "merged into " + others : "merged from " + others;
      default -> throw new IllegalStateException(r.toString());
    };
  }

  /**
   * {@return the common core of a mapping}
   *
   * @param mapping the mapping whose one-to-one rows make the core
   */
  public static CommonCore of(EditionMapping mapping) {
    return new CommonCore(mapping);
  }

  /** {@return the mapping this core comes from} */
  public EditionMapping mapping() {
    return mapping;
  }

  /** {@return the core indicators, in the mapping's row order} */
  public List<Pair> pairs() {
    return pairs;
  }

  /** {@return the number of core indicators (the denominator of the core score)} */
  public int size() {
    return pairs.size();
  }

  /** {@return true when the editions have no indicator in common} */
  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** {@return the A indicators outside the core, each with the reason, in A's order} */
  public Map<String, String> notComparableFrom() {
    return notComparableFrom;
  }

  /** {@return the B indicators outside the core, each with the reason, in B's order} */
  public Map<String, String> notComparableTo() {
    return notComparableTo;
  }
}
