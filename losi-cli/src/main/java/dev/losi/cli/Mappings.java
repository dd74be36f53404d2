package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Instrument;
import dev.losi.core.Problem;
import dev.losi.core.mapping.BundledMappings;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.io.Instruments;
import dev.losi.io.mapping.MappingCsv;
import dev.losi.io.mapping.MappingJson;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Loads edition mappings for {@code losi map} and {@code losi compare-editions}. */
final class Mappings {

  /** The id of the bundled partial mapping of the participation-and-engagement criterion. */
  static final String BUNDLED_PE = "LOSI-2022-PE:LOSI-2024";

  /** How many leading bytes of standard input are looked at to tell a JSON mapping from a CSV one. */
  private static final int LOOK_AHEAD = 8192;

  private Mappings() {}

  /**
   * The instruments a mapping may name: the built-in ones, the bundled LOSI-2022 PE instrument, and the
   * given instrument files (read through losi-io), by id.
   */
  static Map<String, Instrument> instruments(List<String> extra) {
    Map<String, Instrument> byId = new HashMap<>();
    for (Instrument i : Instruments.builtIn()) {
      byId.put(i.id(), i);
    }
    Instrument pe = BundledMappings.losi2022ParticipationAndEngagement();
    byId.put(pe.id(), pe);
    for (String e : extra) {
      Instrument i = InstrumentOption.resolve(e, "--instrument-file");
      byId.put(i.id(), i);
    }
    return byId;
  }

  /**
   * Reads a mapping: the bundled {@value #BUNDLED_PE}, a JSON document (its instruments are looked up by id),
   * or a CSV ({@code from_code,to_code,relation,note}) between {@code from} and {@code to}.
   */
  static EditionMapping read(String mapping, Map<String, Instrument> instruments, String from, String to,
      Set<String> covers) {
    if (mapping.equals(BUNDLED_PE)) {
      return BundledMappings.losi2022To2024ParticipationAndEngagement(instruments.get(BundledMappings.LOSI_2022_PE_ID),
          instruments.get("LOSI-2024"));
    }
    if (mapping.equals("-")) {
      return standardInput(instruments, from, to, covers);
    }
    Path file = Path.of(mapping);
    if (!Files.isRegularFile(file)) {
      throw Problems.single(Problem.builder().field("--mapping").value(mapping)
          .message("is neither a mapping file nor the bundled mapping " + BUNDLED_PE).build());
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Problems.reading(file, () -> MappingJson.standard().read(file, id -> Optional.ofNullable(instruments.get(id))));
    }
    if (!name.endsWith(".csv")) {
      throw Problems.single(Problem.builder().source(mapping).field("--mapping")
          .message("must be a .json or .csv file").build());
    }
    if (from == null || to == null) {
      throw Problems.single(Problem.builder().source(mapping).field("--mapping")
          .message("is a CSV mapping, which does not name its editions: give --from-instrument and --to-instrument")
          .build());
    }
    Instrument a = find(instruments, from, "--from-instrument");
    Instrument b = find(instruments, to, "--to-instrument");
    return Problems.reading(file, () -> MappingCsv.read(file, a, b, covers));
  }

  /**
   * A mapping on standard input, read once: a JSON document when its first character (after white space and
   * a byte order mark) is <code>&#123;</code>, else a CSV mapping, which needs {@code from} and {@code to}.
   */
  private static EditionMapping standardInput(Map<String, Instrument> instruments, String from, String to,
      Set<String> covers) {
    return Problems.reading(Path.of("-"), () -> {
      BufferedInputStream in = new BufferedInputStream(System.in);
      if (startsWithBrace(in)) {
        return MappingJson.standard().read(in, "-", id -> Optional.ofNullable(instruments.get(id)));
      }
      if (from == null || to == null) {
        throw Problems.single(Problem.builder().source("-").field("--mapping")
            .message("is a CSV mapping, which does not name its editions: give --from-instrument and --to-instrument")
            .build());
      }
      return MappingCsv.read(in, "-", find(instruments, from, "--from-instrument"), find(instruments, to,
          "--to-instrument"), covers);
    });
  }

  /** Whether the first significant byte is an opening brace; the stream is reset to its start. */
  private static boolean startsWithBrace(BufferedInputStream in) throws IOException {
    in.mark(LOOK_AHEAD);
    try {
      for (int i = 0; i < LOOK_AHEAD; i++) {
        int b = in.read();
        if (b == '{') {
          return true;
        }
        boolean skipped = b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF;
        if (!skipped) {
          return false;
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  private static Instrument find(Map<String, Instrument> instruments, String idOrFile, String option) {
    Instrument i = instruments.get(idOrFile);
    return i != null ? i : InstrumentOption.resolve(idOrFile, option);
  }
}
