package dev.losi.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user-supplied table classing indicators by the effort of making them count: one {@link Entry} per
 * indicator at most. Indicators the table does not name are {@link Effort#UNCLASSIFIED}, except channel
 * downgrades, which are {@link Effort#EASY} unless the table says otherwise (see {@link Planner}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EffortTable {

  /**
   * One indicator's effort class.
   *
   * @param indicator the indicator code
   * @param effort its effort class
   * @param note an optional note shown with the step, for example how the change is made
   * @since 0.1.0
   */
  public record Entry(String indicator, Effort effort, Optional<String> note) {

    /**
     * Checks for nulls and blank codes.
     *
     * @param indicator the indicator code
     * @param effort its effort class
     * @param note an optional note shown with the step, for example how the change is made
     */
    public Entry {
      if (indicator == null || effort == null || note == null) {
        throw new NullPointerException("indicator, effort and note are required");
      }
      if (indicator.isBlank()) {
        throw new IllegalArgumentException("the indicator code must not be blank");
      }
    }
  }

  private static final EffortTable EMPTY = new EffortTable(List.of());

  private final List<Entry> entries;
  private final Map<String, Entry> byCode;

  private EffortTable(List<Entry> entries) {
    this.entries = entries;
    Map<String, Entry> map = new HashMap<>();
    for (Entry e : entries) {
      if (map.put(e.indicator(), e) != null) {
        throw new IllegalArgumentException("indicator \"" + e.indicator() + "\" appears more than once in the effort table");
      }
    }
    this.byCode = Map.copyOf(map);
  }

  /** {@return the empty table: every indicator unclassified (channel downgrades easy)} */
  public static EffortTable empty() {
    return EMPTY;
  }

  /**
   * A table of the given entries.
   *
   * @param entries at most one entry per indicator code
   * @return the table
   * @throws IllegalArgumentException if an indicator appears twice
   */
  public static EffortTable of(Collection<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(Entry::indicator));
    return new EffortTable(List.copyOf(sorted));
  }

  /** {@return the entries, sorted by indicator code} */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * {@return the entry for an indicator, if the table has one}
   *
   * @param indicator an indicator code
   */
  public Optional<Entry> entry(String indicator) {
    return Optional.ofNullable(byCode.get(indicator));
  }
}
