package dev.losi.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.losi.core.Criterion;
import dev.losi.core.FieldProvenance;
import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact copies {@code ID.bin} of the built-in instruments ({@link CompactInstrument}): this class holds
 * their generator (the writer of the layout, in test scope only), and checks that each committed copy is
 * byte for byte what the generator makes of the committed {@code ID.json}, read by the JSON reader, and that it
 * reads back to an instrument equal to that one. Editing a JSON instrument without regenerating fails here.
 * Regenerate with
 *
 * <pre>
 * mvn -B -q -pl losi-io -am test -Dtest=CompactInstrumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dlosi.regenerate=true
 * </pre>
 *
 * (after {@code Losi2024ReconstructionTest}'s regeneration, when the JSON itself is regenerated).
 */
class CompactInstrumentTest {

  private static final Path SOURCES = Path.of("src/main/resources/dev/losi/io/instruments");

  @BeforeAll
  static void regenerateWhenAsked() throws IOException {
    if (Boolean.getBoolean("losi.regenerate")) {
      for (String id : Instruments.ids()) {
        Files.write(SOURCES.resolve(id + ".bin"), write(json(id)));
      }
    }
  }

  @Test
  void everyCommittedCopyIsWhatTheGeneratorMakesOfItsJson() throws IOException {
    assertFalse(Instruments.ids().isEmpty());
    for (String id : Instruments.ids()) {
      Path committed = SOURCES.resolve(id + ".bin");
      assertTrue(Files.exists(committed), "missing " + committed.toAbsolutePath() + "; regenerate");
      assertArrayEquals(write(json(id)), Files.readAllBytes(committed),
          id + ".bin is not what the generator makes of " + id + ".json; regenerate with -Dlosi.regenerate=true");
      if (!Boolean.getBoolean("losi.regenerate")) {
        try (InputStream in = Instruments.class.getResourceAsStream("instruments/" + id + ".bin")) {
          assertNotNull(in, "missing class-path resource " + id + ".bin");
          assertArrayEquals(Files.readAllBytes(committed), in.readAllBytes(), "class-path copy of " + id + ".bin");
        }
      }
    }
  }

  @Test
  void everyCopyReadsBackToTheInstrumentOfItsJson() throws IOException {
    for (String id : Instruments.ids()) {
      Instrument fromJson = json(id);
      Instrument compact = CompactInstrument.read(new ByteArrayInputStream(write(fromJson)));
      assertEquals(fromJson, compact, id);
      // what the catalogue serves is that instrument
      assertEquals(fromJson, Instruments.load(id), id);
    }
  }

  @Test
  void optionalPartsRoundTrip() throws IOException {
    Instrument small = Fixtures.small();
    assertEquals(small, CompactInstrument.read(new ByteArrayInputStream(write(small))));
    Instrument declared = Instrument.builder().from(small).declaredMaximum(12.5).provenance("p").build();
    assertEquals(declared, CompactInstrument.read(new ByteArrayInputStream(write(declared))));
  }

  @Test
  void otherBytesAreRefused() throws IOException {
    byte[] good = write(Fixtures.small());
    byte[] wrongMagic = good.clone();
    wrongMagic[3] ^= 1;
    IOException e = assertThrows(IOException.class, () -> CompactInstrument.read(new ByteArrayInputStream(wrongMagic)));
    assertEquals("not a compact instrument (expected " + CompactInstrument.MAGIC + ")", e.getMessage());
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThrows(IOException.class, () -> CompactInstrument.read(new ByteArrayInputStream(longer)));
    byte[] shorter = Arrays.copyOf(good, good.length - 1);
    assertThrows(IOException.class, () -> CompactInstrument.read(new ByteArrayInputStream(shorter)));
  }

  /** The instrument of the committed {@code ID.json}, by the JSON reader. */
  private static Instrument json(String id) throws IOException {
    return LosiJson.standard().readInstrument(SOURCES.resolve(id + ".json"));
  }

  /** The generator: the layout of {@link CompactInstrument}, texts numbered in order of first use. */
  static byte[] write(Instrument in) throws IOException {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Object> body = new ArrayList<>();
    text(in.id(), index, body);
    body.add(in.editionYear());
    text(in.title(), index, body);
    text(in.provenance(), index, body);
    body.add(in.declaredMaximum().isPresent());
    if (in.declaredMaximum().isPresent()) {
      body.add(in.declaredMaximum().getAsDouble());
    }
    body.add(in.criteria().size());
    for (Criterion c : in.criteria()) {
      text(c.code(), index, body);
      text(c.name(), index, body);
    }
    body.add(in.indicators().size());
    for (Indicator i : in.indicators()) {
      text(i.code(), index, body);
      text(i.title(), index, body);
      text(i.description(), index, body);
      text(i.criterion(), index, body);
      text(i.channelScope().name(), index, body);
      body.add(i.weight());
      body.add(i.tags().size());
      i.tags().forEach(t -> text(t, index, body));
      body.add(i.provenance().size());
      for (FieldProvenance p : i.provenance()) {
        text(p.field(), index, body);
        text(p.status().name(), index, body);
        text(p.reason(), index, body);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(CompactInstrument.MAGIC);
    out.writeInt(index.size());
    for (String s : index.keySet()) {
      out.writeUTF(s);
    }
    for (Object o : body) {
      if (o instanceof Integer n) {
        out.writeInt(n);
      } else if (o instanceof Boolean b) {
        out.writeBoolean(b);
      } else {
        out.writeDouble((Double) o);
      }
    }
    out.flush();
    return bytes.toByteArray();
  }

  private static void text(String s, Map<String, Integer> index, List<Object> body) {
    body.add(index.computeIfAbsent(s, k -> index.size()));
  }
}
