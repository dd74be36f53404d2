package dev.losi.core.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of an {@link EditionMapping} looked up by indicator code, for its lazy {@code byFrom()} and
 * {@code byTo()} tables, which its queries and {@link MappingChecks} read. Stateless.
 */
final class LinkIndex {

  private LinkIndex() {}

  /**
   * The rows by the code they name on one side.
   *
   * @param links the rows, in the order given
   * @param source true for the A side ({@link Link#from()}), false for the B side ({@link Link#to()})
   * @return an unmodifiable map from each code named on that side to its rows, in row order, the codes in
   *     the order first named; a row naming no code on that side is in no entry
   */
  static Map<String, List<Link>> of(List<Link> links, boolean source) {
    Map<String, List<Link>> m = new LinkedHashMap<>();
    for (Link l : links) {
      Optional<String> code = source ? l.from() : l.to();
      code.ifPresent(c -> m.computeIfAbsent(c, k -> new ArrayList<>()).add(l));
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(m);
  }
}
