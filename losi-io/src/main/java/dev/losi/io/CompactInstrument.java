package dev.losi.io;

import dev.losi.core.ChannelScope;
import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.core.ProvenanceStatus;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact form of a built-in instrument ({@code dev/losi/io/instruments/ID.bin}), which the catalogue
 * reads instead of {@code ID.json} because it is several times cheaper at start-up: no JSON parsing, no tree,
 * no JSON paths, and each distinct text stored once. It is made from the JSON resource by the test-scope
 * generator {@code CompactInstrumentTest} (which also checks that the committed file is exactly what it
 * generates, and that it reads back to the instrument the JSON reader makes); it is never written at run time.
 * The JSON resource stays the instrument's source and its documented form.
 *
 * <p>Layout ({@link DataInputStream} conventions, big-endian): the magic {@value #MAGIC}; the number of texts
 * and each text ({@code writeUTF}); then the instrument, every text given as its int index in that table:
 * id, edition year (int), title, provenance (empty for none), whether there is a declared maximum (boolean) and its value
 * (double); the number of criteria and each one's code and name; the number of indicators and, for each, code,
 * title, description (empty for none), criterion, channel scope (constant name), weight (double), the number of tags and each tag, the number of field provenances and each one's field,
 * status (constant name) and reason. Enums by name, so reordering their constants cannot change a decoded
 * instrument. The instrument is built through the model's builders, so the model's checks apply.
 */
final class CompactInstrument {

  /** The first text of a compact instrument; a file that does not start with it is refused. */
  static final String MAGIC = "LOSI-compact-instrument-1";

  private CompactInstrument() {}

  /**
   * The instrument in {@code in} (not closed).
   *
   * @throws IOException when the bytes are not a compact instrument, or cannot be read
   */
  static Instrument read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (!MAGIC.equals(d.readUTF())) {
      throw new IOException("not a compact instrument (expected " + MAGIC + ")");
    }
    String[] texts = new String[d.readInt()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = d.readUTF();
    }
    Instrument.Builder b = Instrument.builder().id(texts[d.readInt()]).editionYear(d.readInt())
        .title(texts[d.readInt()]);
    String provenance = texts[d.readInt()];
    if (!provenance.isEmpty()) {
      b.provenance(provenance);
    }
    if (d.readBoolean()) {
      b.declaredMaximum(d.readDouble());
    }
    int criteria = d.readInt();
    List<Criterion> cs = new ArrayList<>(criteria);
    for (int i = 0; i < criteria; i++) {
      cs.add(Criterion.of(texts[d.readInt()], texts[d.readInt()]));
    }
    int indicators = d.readInt();
    List<Indicator> is = new ArrayList<>(indicators);
    for (int i = 0; i < indicators; i++) {
      is.add(indicator(d, texts));
    }
    if (d.read() != -1) {
      throw new IOException("content after the compact instrument");
    }
    return b.criteria(cs).indicators(is).build();
  }

  private static Indicator indicator(DataInputStream d, String[] texts) throws IOException {
    Indicator.Builder b = Indicator.builder().code(texts[d.readInt()]).title(texts[d.readInt()]);
    String description = texts[d.readInt()];
    if (!description.isEmpty()) {
      b.description(description);
    }
    b.criterion(texts[d.readInt()]).channelScope(ChannelScope.valueOf(texts[d.readInt()]));
    b.weight(d.readDouble());
    int tags = d.readInt();
    List<String> ts = new ArrayList<>(tags);
    for (int i = 0; i < tags; i++) {
      ts.add(texts[d.readInt()]);
    }
    int provenances = d.readInt();
    List<FieldProvenance> ps = new ArrayList<>(provenances);
    for (int i = 0; i < provenances; i++) {
      ps.add(FieldProvenance.of(texts[d.readInt()], ProvenanceStatus.valueOf(texts[d.readInt()]), texts[d.readInt()]));
    }
    return b.tags(ts).provenance(ps).build();
  }
}
