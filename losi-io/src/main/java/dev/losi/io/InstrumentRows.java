package dev.losi.io;

import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an instrument table, for {@link InstrumentTables}' CSV and XLSX writers: the header
 * ({@code InstrumentTables.COLUMNS}), one row per criterion, then one per indicator, with the instrument's
 * own cells on the first row only. Tags are joined with {@code |}, provenance entries written
 * {@code field|STATUS|reason}, one per line. Stateless and thread-safe.
 */
final class InstrumentRows {

  private InstrumentRows() {}

  /**
   * The table rows of an instrument: header, one row per criterion, one per indicator.
   *
   * @param in the instrument
   * @return the rows, the header first; cells are text, {@code Double} or {@code Long}
   * @throws IllegalArgumentException when a tag holds {@code |} or a provenance entry a {@code |} in its
   *     field name or a line break, which a table cannot hold
   */
  static List<List<Object>> of(Instrument in) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(new ArrayList<>(InstrumentTables.COLUMNS));
    boolean first = true;
    for (Criterion c : in.criteria()) {
      List<Object> r = blank();
      r.set(3, c.code());
      r.set(4, c.name());
      if (first) {
        meta(in, r);
        first = false;
      }
      rows.add(r);
    }
    for (Indicator i : in.indicators()) {
      List<Object> r = blank();
      r.set(0, i.code());
      r.set(1, i.title());
      r.set(2, i.description());
      r.set(3, i.criterion());
      r.set(5, i.channelScope().name());
      r.set(6, (Double) i.weight());
      StringBuilder tags = new StringBuilder();
      for (String tag : i.tags()) {
        if (tag.contains("|")) {
          throw new IllegalArgumentException("indicator " + i.code() + ": tag \"" + tag
              + "\" contains |, which separates tags in a table (use JSON)");
        }
        tags.append(tags.length() > 0 ? "|" : "").append(tag);
      }
      r.set(7, tags.toString());
      StringBuilder prov = new StringBuilder();
      for (FieldProvenance p : i.provenance()) {
        if (p.field().contains("|") || p.field().contains("\n") || p.field().contains("\r")
            || p.reason().contains("\n") || p.reason().contains("\r")) {
          throw new IllegalArgumentException("indicator " + i.code() + ": provenance of \"" + p.field()
              + "\" has a | in the field name or a line break, which a table cannot hold (use JSON)");
        }
        prov.append(prov.length() > 0 ? "\n" : "").append(p.field()).append('|').append(p.status().name())
            .append('|').append(p.reason());
      }
      r.set(8, prov.toString());
      if (first) {
        meta(in, r);
        first = false;
      }
      rows.add(r);
    }
    return rows;
  }

  private static List<Object> blank() {
    List<Object> r = new ArrayList<>();
    for (int k = 0; k < InstrumentTables.COLUMNS.size(); k++) {
      r.add("");
    }
    return r;
  }

  private static void meta(Instrument in, List<Object> r) {
    r.set(9, in.id());
    r.set(10, (Long) (long) in.editionYear());
    r.set(11, in.title());
    r.set(12, in.provenance());
    if (in.declaredMaximum().isPresent()) {
      r.set(13, (Double) in.declaredMaximum().getAsDouble());
    }
  }
}
