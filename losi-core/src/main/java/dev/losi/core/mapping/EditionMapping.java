package dev.losi.core.mapping;

import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * How the indicators of one LOSI edition (instrument A, {@link #from()}) relate to those of another
 * (instrument B, {@link #to()}): a list of {@link Link} rows, each with a {@link Relation}.
 *
 * <h2>Coverage</h2>
 * A mapping covers every criterion by default. It may declare that it covers only some criteria
 * ({@link #coveredCriteria()}, by criterion code, applied to both editions), for example the
 * bundled LOSI 2022 to 2024 mapping covers only participation and engagement ({@code PE}); it then
 * says so in {@link #coverageStatement()}. An indicator is <em>in scope</em> when its criterion is
 * covered or when a row names it.
 *
 * <h2>Validation</h2>
 * Checked when built; all problems are reported together in one
 * {@link dev.losi.core.LosiValidationException}, each naming the row ({@code links[i]}, 0-based),
 * the indicator and the field:
 * <ul>
 *   <li>every {@code from} code is an indicator of A and every {@code to} code an indicator of B;</li>
 *   <li>every in-scope A indicator is accounted for exactly once: by one one-to-one, merged or
 *       removed row, or by the two or more rows of one split;</li>
 *   <li>every B indicator is named at most once, except as the target of the two or more rows of one
 *       merge; an in-scope B indicator that no row names is {@link Relation#ADDED} implicitly;</li>
 *   <li>a split has at least two distinct targets, none of them named by any other row; a merge has
 *       at least two distinct sources, none of them named by any other row;</li>
 *   <li>{@link Relation#SAME} and {@link Relation#RENAMED} keep the criterion code,
 *       {@link Relation#MOVED} changes it;</li>
 *   <li>every covered criterion is declared by A or B.</li>
 * </ul>
 * Titles are not compared: whether a reworded title is {@code SAME} or {@code RENAMED} is the
 * mapping author's judgement.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EditionMapping {

  EditionMapping() {}

  /** {@return instrument A, the earlier edition, for example {@code LOSI-2022}} */
  public abstract Instrument from();

  /** {@return instrument B, the later edition, for example {@code LOSI-2024}} */
  public abstract Instrument to();

  /** {@return the rows, in the order given} */
  public abstract List<Link> links();

  /**
   * {@return the criterion codes this mapping covers, in both editions; empty means every criterion (a
   * complete mapping)}
   */
  public abstract Set<String> coveredCriteria();

  /** {@return what this mapping is and where its links come from; may be empty} */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * This mapping with another {@link #description()} (for example after reading a CSV file, which has none).
   *
   * @param description the new description; may be empty
   * @return a copy with that description, rows and instruments unchanged
   */
  public EditionMapping withDescription(String description) {
    return builder().from(from()).to(to()).addAllLinks(links()).coveredCriteria(coveredCriteria())
        .description(description).build();
  }

  /** {@return true when the mapping covers only some criteria} */
  public boolean isPartial() {
    return !coveredCriteria().isEmpty();
  }

  /**
   * {@return true when the mapping covers the criterion with this code}
   *
   * @param criterionCode a criterion code, for example {@code PE}
   */
  public boolean covers(String criterionCode) {
    return coveredCriteria().isEmpty() || coveredCriteria().contains(criterionCode);
  }

  /**
   * {@return a sentence saying what the mapping covers, for reports: for example {@code "LOSI-2022 -> LOSI-2024
   * covers only criteria [PE]; indicators of other criteria are outside this mapping and are neither
   * compared nor translated."}}
   */
  public String coverageStatement() {
    String head = from().id() + " -> " + to().id();
    if (!isPartial()) {
      return head + " covers every criterion of both editions.";
    }
    return head + " covers only criteria " + new TreeSet<>(coveredCriteria())
        + "; indicators of other criteria are outside this mapping and are neither compared nor translated.";
  }

  /**
   * {@return true when the A indicator with this code is in scope (its criterion is covered or a row names it)}
   *
   * @param code an indicator code of instrument A
   */
  public boolean isInScopeFrom(String code) {
    Optional<Indicator> i = from().indicator(code);
    return i.isPresent() && (covers(i.get().criterion()) || byFrom().containsKey(code));
  }

  /**
   * {@return true when the B indicator with this code is in scope (its criterion is covered or a row names it)}
   *
   * @param code an indicator code of instrument B
   */
  public boolean isInScopeTo(String code) {
    Optional<Indicator> i = to().indicator(code);
    return i.isPresent() && (covers(i.get().criterion()) || byTo().containsKey(code));
  }

  /**
   * {@return the rows naming this A indicator (several only for a split); empty when none does}
   *
   * @param fromCode an indicator code of instrument A
   */
  public List<Link> linksFrom(String fromCode) {
    return byFrom().getOrDefault(fromCode, List.of());
  }

  /**
   * {@return the rows naming this B indicator (several only for a merge); empty when none does}
   *
   * @param toCode an indicator code of instrument B
   */
  public List<Link> linksTo(String toCode) {
    return byTo().getOrDefault(toCode, List.of());
  }

  /**
   * {@return the B codes an A indicator maps to, in row order; empty when removed, unknown or out of scope}
   *
   * @param fromCode an indicator code of instrument A
   */
  public List<String> targetsOf(String fromCode) {
    return linksFrom(fromCode).stream().flatMap(l -> l.to().stream()).toList();
  }

  /**
   * {@return the A codes a B indicator comes from, in row order; empty when added, unknown or out of scope}
   *
   * @param toCode an indicator code of instrument B
   */
  public List<String> sourcesOf(String toCode) {
    return linksTo(toCode).stream().flatMap(l -> l.from().stream()).toList();
  }

  /**
   * {@return the relation of an A indicator to B; empty when the code is unknown or out of scope}
   *
   * @param fromCode an indicator code of instrument A
   */
  public Optional<Relation> relationFrom(String fromCode) {
    return linksFrom(fromCode).stream().map(Link::relation).findFirst();
  }

  /**
   * The relation of a B indicator to A, {@link Relation#ADDED} for an in-scope indicator no row names;
   * empty when the code is unknown or out of scope.
   *
   * @param toCode an indicator code of instrument B
   * @return the relation, or empty
   */
  public Optional<Relation> relationTo(String toCode) {
    List<Link> l = linksTo(toCode);
    if (!l.isEmpty()) {
      return Optional.of(l.get(0).relation());
    }
    return isInScopeTo(toCode) ? Optional.of(Relation.ADDED) : Optional.empty();
  }

  /** {@return the in-scope B codes with no source (explicit or implicit {@link Relation#ADDED}), in B's order} */
  public List<String> addedCodes() {
    return to().indicators().stream().map(Indicator::code)
        .filter(c -> relationTo(c).orElse(null) == Relation.ADDED).toList();
  }

  /** {@return the in-scope A codes with no target ({@link Relation#REMOVED}), in A's order} */
  public List<String> removedCodes() {
    return from().indicators().stream().map(Indicator::code)
        .filter(c -> relationFrom(c).orElse(null) == Relation.REMOVED).toList();
  }

  /** {@return the A codes outside the mapping's coverage (empty for a complete mapping), in A's order} */
  public List<String> outOfScopeFromCodes() {
    return from().indicators().stream().map(Indicator::code).filter(c -> !isInScopeFrom(c)).toList();
  }

  /** {@return the B codes outside the mapping's coverage (empty for a complete mapping), in B's order} */
  public List<String> outOfScopeToCodes() {
    return to().indicators().stream().map(Indicator::code).filter(c -> !isInScopeTo(c)).toList();
  }

  /**
   * {@return the rows followed by one implicit {@link Relation#ADDED} row for each in-scope B indicator no row
   * names (in B's order): the complete account of both editions}
   */
  public List<Link> resolvedLinks() {
    List<Link> all = new ArrayList<>(links());
    for (Indicator i : to().indicators()) {
      if (!byTo().containsKey(i.code()) && covers(i.criterion())) {
        all.add(Link.added(i.code()));
      }
    }
    return List.copyOf(all);
  }

  /** {@return how many rows of {@link #resolvedLinks()} have each relation (every relation present, possibly 0)} */
  public Map<Relation, Integer> countByRelation() {
    Map<Relation, Integer> counts = new EnumMap<>(Relation.class);
    for (Relation r : Relation.values()) {
      counts.put(r, 0);
    }
    for (Link l : resolvedLinks()) {
      counts.merge(l.relation(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** {@return the common core of the two editions under this mapping (the one-to-one rows)} */
  public CommonCore commonCore() {
    return CommonCore.of(this);
  }

  /**
   * This mapping followed by {@code next} (A to B, then B to C), with a report of what is lost on the
   * way. See {@link Composition} for the rules.
   *
   * @param next the mapping from this mapping's B to a later edition C
   * @return the composed mapping A to C and its losses
   * @throws IllegalArgumentException if {@code next.from()} is not this mapping's {@link #to()}
   *     (compared by id), or both mappings are partial with no covered criterion in common
   */
  public Composition compose(EditionMapping next) {
    return Composer.compose(this, next);
  }

  /**
   * {@return the identity mapping of an instrument onto itself: one {@link Relation#SAME} row per indicator}
   *
   * @param instrument the instrument, both A and B
   */
  public static EditionMapping identity(Instrument instrument) {
    Builder b = builder().from(instrument).to(instrument)
        .description("identity mapping of " + instrument.id());
    for (Indicator i : instrument.indicators()) {
      b.same(i.code(), i.code());
    }
    return b.build();
  }

  @Value.Lazy
  @Value.Auxiliary
  Map<String, List<Link>> byFrom() {
    return LinkIndex.of(links(), true);
  }

  @Value.Lazy
  @Value.Auxiliary
  Map<String, List<Link>> byTo() {
    return LinkIndex.of(links(), false);
  }

  /**
   * Starts a mapping.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    MappingChecks.check(this);
  }

  /**
   * Builds {@link EditionMapping}s. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEditionMapping.Builder {
    Builder() {}

    /**
     * Adds a {@link Relation#SAME} row.
     *
     * @param from the A indicator code
     * @param to the B indicator code
     * @return this builder
     */
    public Builder same(String from, String to) {
      addLink(Link.of(from, to, Relation.SAME));
      return this;
    }

    /**
     * Adds a {@link Relation#RENAMED} row.
     *
     * @param from the A indicator code
     * @param to the B indicator code, a new code for the same indicator
     * @return this builder
     */
    public Builder renamed(String from, String to) {
      addLink(Link.of(from, to, Relation.RENAMED));
      return this;
    }

    /**
     * Adds a {@link Relation#MOVED} row.
     *
     * @param from the A indicator code
     * @param to the B indicator code, in another criterion
     * @return this builder
     */
    public Builder moved(String from, String to) {
      addLink(Link.of(from, to, Relation.MOVED));
      return this;
    }

    /**
     * Adds one {@link Relation#SPLIT} row per target, all from the same A indicator.
     *
     * @param from the A indicator code
     * @param to the B indicator codes it is split into
     * @return this builder
     */
    public Builder split(String from, String... to) {
      for (String t : to) {
        addLink(Link.of(from, t, Relation.SPLIT));
      }
      return this;
    }

    /**
     * Adds one {@link Relation#MERGED} row per source, all into the same B indicator.
     *
     * @param to the B indicator code
     * @param from the A indicator codes merged into it
     * @return this builder
     */
    public Builder merged(String to, String... from) {
      for (String f : from) {
        addLink(Link.of(f, to, Relation.MERGED));
      }
      return this;
    }

    /**
     * Adds a {@link Relation#REMOVED} row.
     *
     * @param from the A indicator code that has no counterpart in B
     * @return this builder
     */
    public Builder removed(String from) {
      addLink(Link.removed(from));
      return this;
    }

    /**
     * Adds an explicit {@link Relation#ADDED} row.
     *
     * @param to the B indicator code that has no counterpart in A
     * @return this builder
     */
    public Builder added(String to) {
      addLink(Link.added(to));
      return this;
    }
  }
}
