package dev.losi.cli;

import dev.losi.core.Instrument;
import dev.losi.core.mapping.EditionMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that name an edition mapping and the instruments it needs, shared by {@code losi map} and
 * {@code losi compare-editions} (a picocli mixin).
 */
final class MappingOptions {

  @Option(names = "--mapping", required = true, paramLabel = "FILE|LOSI-2022-PE:LOSI-2024",
      description = "The mapping from the first (earlier) to the second (later) edition: a JSON document, a CSV"
          + " (from_code,to_code,relation,note; needs --from-instrument and --to-instrument) or the bundled"
          + " LOSI-2022-PE:LOSI-2024; - reads standard input (JSON when it begins with {, else CSV).")
  String mapping;

  @Option(names = "--from-instrument", paramLabel = "ID|FILE", description = "The first (earlier) edition of a CSV mapping.")
  String fromInstrument;

  @Option(names = "--to-instrument", paramLabel = "ID|FILE", description = "The second (later) edition; required for a CSV mapping.")
  String toInstrument;

  @Option(names = "--instrument-file", paramLabel = "FILE",
      description = "An instrument a JSON mapping names by id (repeatable), besides the built-in ones.")
  List<String> instrumentFiles = new ArrayList<>();

  @Option(names = "--covers", paramLabel = "CODES", split = ",",
      description = "For a CSV mapping: the criteria it covers (default: all).")
  List<String> covers = new ArrayList<>();

  /** The instruments named by {@code --instrument-file}, by id. */
  Map<String, Instrument> instruments() {
    return Mappings.instruments(instrumentFiles);
  }

  /** Reads the mapping, resolving instruments among {@code instruments} and the built-in ones. */
  EditionMapping read(Map<String, Instrument> instruments) {
    return Mappings.read(mapping, instruments, fromInstrument, toInstrument, Set.copyOf(covers));
  }
}
