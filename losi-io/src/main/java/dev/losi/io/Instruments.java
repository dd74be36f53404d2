package dev.losi.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.io.internal.JsonSupport;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of built-in instruments, and loading of user-supplied instruments from JSON, CSV or
 * XLSX files.
 *
 * <p>Built-in instruments are JSON resources {@code dev/losi/io/instruments/ID.json} listed, one id
 * per line, in {@code dev/losi/io/instruments/index.txt} (blank lines and lines starting with
 * {@code #} are ignored). They are read once and cached; when a compact copy {@code ID.bin} made from the JSON
 * at build time is beside it, that copy is read instead, which is cheaper at start-up and gives an equal
 * instrument. All methods are thread-safe.
 *
 * <pre>{@code
 * Instrument losi = Instruments.load("LOSI-2024");
 * Instrument mine = Instruments.read(Path.of("rural-losi.xlsx"));
 * Instrument either = Instruments.resolve(args[0]);   // an id or a file
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Instruments {

  private static final Catalogue BUILT_IN = new Catalogue(Instruments.class, "instruments/");

  private Instruments() {}

  /** {@return the ids of the built-in instruments, in index order, for example {@code [LOSI-2024]}} */
  public static List<String> ids() {
    return BUILT_IN.ids();
  }

  /**
   * The built-in instrument with this id.
   *
   * @param id a built-in id, for example {@code LOSI-2024}
   * @return the built-in instrument
   * @throws IllegalArgumentException when there is none (the message lists the ids there are)
   */
  public static Instrument load(String id) {
    return BUILT_IN.load(id);
  }

  /**
   * The built-in instrument with this id, if there is one.
   *
   * @param id an instrument id, for example {@code LOSI-2024}
   * @return the built-in instrument, or empty
   */
  public static Optional<Instrument> find(String id) {
    return BUILT_IN.ids().contains(id) ? Optional.of(BUILT_IN.load(id)) : Optional.empty();
  }

  /** {@return every built-in instrument, in index order} */
  public static List<Instrument> builtIn() {
    return BUILT_IN.all();
  }

  /**
   * Reads a user-supplied instrument, choosing the format by the file extension: {@code .json}
   * ({@link LosiJson#readInstrument(Path)}), {@code .csv} ({@link InstrumentTables#readCsv(Path)}) or
   * {@code .xlsx} ({@link InstrumentTables#readXlsx(Path)}).
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws LosiValidationException listing every problem of the file
   * @throws IllegalArgumentException for another extension
   * @throws IOException when the input cannot be read
   */
  public static Instrument read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return LosiJson.standard().readInstrument(file);
    }
    if (name.endsWith(".csv")) {
      return InstrumentTables.readCsv(file);
    }
    if (name.endsWith(".xlsx")) {
      return InstrumentTables.readXlsx(file);
    }
    throw new IllegalArgumentException("cannot tell the format of " + file + ": expected a .json, .csv or .xlsx file");
  }

  /**
   * Reads a user-supplied instrument from bytes with no file name (standard input), recognising the format
   * from the first bytes: a JSON instrument when the first character after an optional UTF-8 byte order mark
   * and white space is <code>&#123;</code>, an XLSX workbook when the bytes begin {@code PK} (a ZIP archive;
   * {@link InstrumentTables#readXlsx(InputStream, String)}), else an instrument CSV table. The bytes are read
   * once; the stream is not closed.
   *
   * @param source names the bytes in problems, for example {@code -}
   * @param in the bytes, read to the end
   * @return the instrument read
   * @throws LosiValidationException listing every problem of the input
   * @throws IOException when the stream cannot be read
   * @since 0.1.0
   */
  public static Instrument read(InputStream in, String source) throws IOException {
    BufferedInputStream b = FirstByte.buffered(in);
    int c = FirstByte.of(b);
    if (c == '{' || c == FirstByte.ONLY_WHITE_SPACE) {
      return LosiJson.standard().readInstrument(b, source);
    }
    return c == 'P' ? InstrumentTables.readXlsx(b, source) : InstrumentTables.readCsv(b, source, CsvFormat.standard());
  }

  /**
   * A built-in instrument when {@code idOrFile} is one of {@link #ids()}, otherwise the instrument
   * read from that file by {@link #read(Path)} (as the command line's {@code --instrument FILE|ID}).
   *
   * <p>Bad input is a {@link LosiValidationException}: the problems of the file; or one problem whose
   * {@link Problem#value()} is {@code idOrFile} and whose message is {@code is neither a built-in instrument
   * [LOSI-2024] nor an existing file}; or one problem whose {@link Problem#source()} is {@code idOrFile}
   * when the file's extension names no instrument format. None of them has a {@link Problem#field()}, so a
   * caller can name its own (the command line names {@code --instrument}).
   *
   * @param idOrFile a built-in id or the path of an instrument file
   * @return the built-in or read instrument
   * @throws LosiValidationException for bad input, as above
   * @throws IOException when the file cannot be read
   */
  public static Instrument resolve(String idOrFile) throws IOException {
    if (BUILT_IN.ids().contains(idOrFile)) {
      return BUILT_IN.load(idOrFile);
    }
    Path p = Path.of(idOrFile);
    if (!Files.isRegularFile(p)) {
      throw new LosiValidationException(List.of(Problem.builder().value(idOrFile)
          .message("is neither a built-in instrument " + BUILT_IN.ids() + " nor an existing file").build()));
    }
    try {
      return read(p);
    } catch (IllegalArgumentException e) {
      throw new LosiValidationException(List.of(Problem.builder().source(idOrFile).message(e.getMessage()).build()));
    }
  }

  /** A catalogue over the resources beside a class. Package-private so tests can use their own. */
  static final class Catalogue {
    private final Class<?> anchor;
    private final String folder;
    private volatile List<String> ids;
    private final Map<String, Instrument> cache = new ConcurrentHashMap<>();

    Catalogue(Class<?> anchor, String folder) {
      this.anchor = anchor;
      this.folder = folder;
    }

    List<String> ids() {
      List<String> list = ids;
      if (list == null) {
        list = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(folder + "index.txt")) {
          if (in == null) {
            throw new IllegalStateException("the instrument index " + folder + "index.txt is missing beside "
                + anchor.getName());
          }
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          String line;
          while ((line = r.readLine()) != null) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#") && !list.contains(line)) {
              list.add(line);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        list = List.copyOf(list);
        ids = list;
      }
      return list;
    }

    Instrument load(String id) {
      if (!ids().contains(id)) {
        throw new IllegalArgumentException("no built-in instrument \"" + id + "\"; built-in: " + ids());
      }
      return cache.computeIfAbsent(id, this::readResource);
    }

    private Instrument readResource(String id) {
      Instrument instrument = readCompact(id);
      String resource = folder + id + ".json";
      if (instrument == null) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("built-in instrument " + id + " is listed in " + folder
                + "index.txt but its resource " + resource + " is missing");
          }
          instrument = LosiJson.standard().readInstrument(in, id + ".json (built-in)");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (!instrument.id().equals(id)) {
        throw new IllegalStateException("built-in resource " + resource + " holds instrument " + instrument.id()
            + ", not " + id);
      }
      return instrument;
    }

    /** The instrument of the compact resource {@code ID.bin} ({@link CompactInstrument}); null when there is none. */
    private Instrument readCompact(String id) {
      try (InputStream in = anchor.getResourceAsStream(folder + id + ".bin")) {
        return in == null ? null : CompactInstrument.read(new BufferedInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("built-in resource " + folder + id + ".bin cannot be read", e);
      }
    }

    List<Instrument> all() {
      List<Instrument> out = new ArrayList<>();
      for (String id : ids()) {
        out.add(load(id));
      }
      return List.copyOf(out);
    }
  }

  /**
   * A summary of each instrument as the JSON of {@code losi instrument list --format json}: an array of
   * objects {@code id, editionYear, title, indicators, maximumPoints}, {@code criteria} (indicators per
   * criterion code) and {@code channelScopes} (indicators per channel scope). Pretty-printed, ending with a
   * line break.
   *
   * @param instruments for example {@link #builtIn()}
   * @return the JSON text
   * @since 0.1.0
   */
  public static String summaryJson(List<Instrument> instruments) {
    ObjectMapper mapper = JsonSupport.writingMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode arr = mapper.createArrayNode();
    for (Instrument i : instruments) {
      ObjectNode o = arr.addObject();
      o.put("id", i.id());
      o.put("editionYear", i.editionYear());
      o.put("title", i.title());
      o.put("indicators", i.size());
      o.put("maximumPoints", i.maximumPoints());
      ObjectNode c = o.putObject("criteria");
      i.countByCriterion().forEach(c::put);
      ObjectNode s = o.putObject("channelScopes");
      i.countByChannelScope().forEach((k, v) -> s.put(k.name(), v));
    }
    try {
      return mapper.writeValueAsString(arr) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
