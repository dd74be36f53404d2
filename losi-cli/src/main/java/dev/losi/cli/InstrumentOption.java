package dev.losi.cli;

import dev.losi.cli.internal.Problems;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.Instruments;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --instrument ID|FILE} option of a command: a built-in instrument id or an instrument file
 * (.json, .csv, .xlsx), read through losi-io's {@link Instruments#resolve} once, on first use. A picocli
 * mixin in three variants, which differ only in the declaration: {@link Required} (scoring commands and
 * {@code losi checklist}), {@link Defaulted} ({@value #DEFAULT} unless given) and {@link OfAssessments}
 * ({@value #DEFAULT} unless given, for a command whose other input needs no instrument). A command
 * declares, for example, {@code @Mixin InstrumentOption.Defaulted instrument;} and calls
 * {@link #instrument()}.
 */
abstract class InstrumentOption {

  /** The instrument of a command whose {@code --instrument} has a default. */
  static final String DEFAULT = "LOSI-2024";

  /** The value given (or defaulted): a built-in id or a file name; set by picocli through a variant. */
  String idOrFile;

  private Instrument loaded;

  /**
   * The instrument named by the option, read once.
   *
   * @throws LosiValidationException when it is neither a built-in id nor a readable instrument file (exit 2)
   */
  final Instrument instrument() {
    if (loaded == null) {
      loaded = resolve(idOrFile);
    }
    return loaded;
  }

  /**
   * The built-in instrument with this id, or the instrument read from this file (JSON, CSV or XLSX):
   * {@link Instruments#resolve}, its problems about the argument itself named {@code --instrument}, with a
   * hint to {@code losi instrument list} when the argument is neither an id nor a file; problems inside a
   * file keep their line or field. {@code -} reads the instrument from standard input, once (JSON, CSV or
   * XLSX, told by its first bytes: {@link Instruments#read(java.io.InputStream, String)}).
   *
   * @throws LosiValidationException for an unknown id, a missing file or a bad instrument file
   */
  static Instrument resolve(String idOrFile) {
    return resolve(idOrFile, "--instrument");
  }

  /**
   * The instrument of {@link #resolve(String)}, its problems about the argument itself named {@code option}
   * (for example {@code --to-instrument} or {@code --instrument-file}).
   *
   * @throws LosiValidationException for an unknown id, a missing file or a bad instrument file
   */
  static Instrument resolve(String idOrFile, String option) {
    try {
      return Problems.reading(Path.of(idOrFile), () -> Instruments.resolve(idOrFile), Instruments::read);
    } catch (LosiValidationException e) {
      Optional<String> arg = Optional.of(idOrFile);
      throw new LosiValidationException(e.problems().stream().map(p -> p.field().isPresent() || p.line().isPresent()
          || !(p.value().equals(arg) || p.source().equals(arg)) ? p
          : Problem.builder().from(p).field(option).message(p.value().isPresent()
              ? p.message() + " (list them with: losi instrument list)" : p.message()).build()).toList(), e.omitted());
    }
  }

  /** {@code --instrument FILE|ID}, required. */
  static final class Required extends InstrumentOption {

    @Option(names = "--instrument", required = true, paramLabel = "FILE|ID",
        description = "A built-in instrument id (see losi instrument list) or an instrument file (.json, .csv, .xlsx).")
    void set(String value) {
      idOrFile = value;
    }
  }

  /** {@code --instrument ID|FILE}, {@value #DEFAULT} unless given. */
  static final class Defaulted extends InstrumentOption {

    @Option(names = "--instrument", paramLabel = "ID|FILE", defaultValue = DEFAULT,
        description = "The instrument (default: ${DEFAULT-VALUE}).")
    void set(String value) {
      idOrFile = value;
    }
  }

  /**
   * {@code --instrument ID|FILE} of the {@code --assessments} of a command that also reads other data
   * ({@code losi agreement --data}), {@value #DEFAULT} unless given.
   */
  static final class OfAssessments extends InstrumentOption {

    @Option(names = "--instrument", paramLabel = "ID|FILE", defaultValue = DEFAULT,
        description = "The instrument of --assessments (default: ${DEFAULT-VALUE}).")
    void set(String value) {
      idOrFile = value;
    }
  }
}
