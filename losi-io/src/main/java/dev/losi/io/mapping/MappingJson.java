package dev.losi.io.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.mapping.EditionMapping;
import dev.losi.core.mapping.Link;
import dev.losi.core.mapping.LongitudinalReport;
import dev.losi.core.mapping.Relation;
import dev.losi.io.Instruments;
import dev.losi.io.JsonLimits;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.JsonFields;
import dev.losi.io.internal.JsonCodec;
import dev.losi.io.internal.JsonSupport;
import dev.losi.io.internal.Relocation;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Edition mappings as JSON documents:
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "fromInstrument": "LOSI-2022-PE",
 *   "toInstrument": "LOSI-2024",
 *   "coveredCriteria": ["PE"],
 *   "description": "Partial LOSI 2022 -> 2024 mapping ...",
 *   "links": [
 *     {"from": "PE22-01", "to": "#279", "relation": "SAME", "note": "name match"},
 *     {"from": "a7", "relation": "REMOVED"},
 *     {"to": "#270b", "relation": "ADDED"}
 *   ]
 * }
 * }</pre>
 *
 * <p>Fields are camelCase; relations are written as constant names and read in any case;
 * {@code coveredCriteria} (empty: every criterion), {@code description}, {@code from}, {@code to} and
 * {@code note} are left out when empty. The instruments are named by id and supplied by the caller: a
 * list of instruments, or a resolver such as {@link Instruments#find(String)} for the built-in ones.
 * The schema is {@code docs/schema/edition-mapping.schema.json}.
 *
 * <p>Reading is strict: invalid JSON, repeated keys, unknown fields, a missing or unsupported
 * {@code schemaVersion}, wrong types, unknown relations, unknown instruments and every check of
 * {@link EditionMapping} are reported together in one {@link LosiValidationException}, each naming the
 * source and the JSON path, for example {@code map.json:$.links[3]: indicator "#999": to "#999" is not an
 * indicator of LOSI-2024}. Parsing is bounded by {@link JsonLimits}. Writing produces pretty-printed
 * UTF-8 that reads back to an equal mapping.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MappingJson {

  /** The schema version written and read. */
  public static final int SCHEMA_VERSION = 1;

  private static final MappingJson STANDARD = new MappingJson(JsonLimits.DEFAULT);
  private static final List<String> ROOT = List.of("schemaVersion", "fromInstrument", "toInstrument", "coveredCriteria",
      "description", "links");
  private static final List<String> LINK = List.of("from", "to", "relation", "note");

  private final JsonCodec codec;

  private MappingJson(JsonLimits limits) {
    this.codec = JsonCodec.of(limits);
  }

  /** {@return JSON with {@link JsonLimits#DEFAULT}} */
  public static MappingJson standard() {
    return STANDARD;
  }

  /**
   * JSON with other parsing limits.
   *
   * @param limits the limits
   * @return a reader and writer held to those limits
   */
  public static MappingJson withLimits(JsonLimits limits) {
    return new MappingJson(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the parsing limits in use} */
  public JsonLimits limits() {
    return codec.limits();
  }

  /**
   * The JSON text of a mapping document (ends with a line break).
   *
   * @param mapping the mapping to write
   * @return the JSON text
   */
  public String write(EditionMapping mapping) {
    ObjectNode o = codec.mapper().createObjectNode();
    o.put("schemaVersion", SCHEMA_VERSION);
    o.put("fromInstrument", mapping.from().id());
    o.put("toInstrument", mapping.to().id());
    if (!mapping.coveredCriteria().isEmpty()) {
      ArrayNode c = o.putArray("coveredCriteria");
      mapping.coveredCriteria().forEach(c::add);
    }
    if (!mapping.description().isEmpty()) {
      o.put("description", mapping.description());
    }
    ArrayNode links = o.putArray("links");
    for (Link l : mapping.links()) {
      ObjectNode n = links.addObject();
      l.from().ifPresent(f -> n.put("from", f));
      l.to().ifPresent(t -> n.put("to", t));
      n.put("relation", l.relation().name());
      if (!l.note().isEmpty()) {
        n.put("note", l.note());
      }
    }
    return codec.text(o);
  }

  /**
   * The JSON text of a longitudinal report (for {@code losi compare-editions --format json}): the two
   * instruments, the coverage statement, the comparability note, the common core, every city's change
   * (core scores as {@code present}/{@code size}/{@code value}, change, gained and lost core indicators,
   * official score and level in each edition), both transition matrices (rows: earlier level, columns:
   * later level, in the order of {@code levels}), the indicators not comparable with their reasons, and
   * the cities assessed in one edition only. Write-only: a report is computed, not read back.
   *
   * @param report the longitudinal report
   * @return the JSON text
   */
  public String write(LongitudinalReport report) {
    return codec.text(LongitudinalReportJson.tree(codec.mapper(), report));
  }

  /**
   * Writes a mapping document to a file atomically (a failure never leaves a partial file).
   *
   * @param mapping the mapping to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void write(EditionMapping mapping, Path file) throws IOException {
    String text = write(mapping);
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a mapping document from a file, finding its instruments by id among {@code instruments}.
   *
   * @param file the file to read; problems name it
   * @param instruments the instruments the document may name
   * @return the mapping read
   * @throws LosiValidationException with every problem found
   * @throws IOException when the file cannot be read
   */
  public EditionMapping read(Path file, List<Instrument> instruments) throws IOException {
    return read(file, byId(instruments));
  }

  /**
   * Reads a mapping document from a file, finding its instruments by id with {@code resolver}.
   *
   * @param file the file to read; problems name it
   * @param resolver finds an instrument by id; empty for an unknown id
   * @return the mapping read
   * @throws IOException when the input cannot be read
   */
  public EditionMapping read(Path file, Function<String, Optional<Instrument>> resolver) throws IOException {
    return TextStreams.readFile(file, (in, source) -> read(in, source, resolver));
  }

  /**
   * Reads a mapping document from text; {@code source} names it in problems.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @param instruments the instruments the document may name
   * @return the mapping read
   */
  public EditionMapping read(String json, String source, List<Instrument> instruments) {
    return TextStreams.read(json, source, (in, s) -> read(in, s, byId(instruments)));
  }

  /**
   * Reads a mapping document from UTF-8 bytes; {@code source} names it in problems. The stream is not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @param resolver finds an instrument by id; empty for an unknown id
   * @return the mapping read
   * @throws IOException when the input cannot be read
   */
  public EditionMapping read(InputStream in, String source, Function<String, Optional<Instrument>> resolver)
      throws IOException {
    ProblemCollector problems = new ProblemCollector();
    JsonNode root;
    try {
      root = codec.mapper().readTree(TextStreams.unclosed(in));
    } catch (JsonProcessingException e) {
      problems.add(Problem.builder().source(source).line(JsonSupport.line(e)).message("is not valid JSON or exceeds the JSON limits "
          + codec.limits() + ": " + e.getOriginalMessage()).build());
      problems.throwIfAny();
      throw new IllegalStateException("unreachable");
    }
    if (root == null || root.isMissingNode() || !root.isObject()) {
      problems.add(Problem.builder().source(source).column("$").message("must be a JSON object (an edition mapping)").build());
      problems.throwIfAny();
    }
    Reader r = new Reader(source, problems);
    ObjectNode o = (ObjectNode) root;
    r.only(o, "$", ROOT);
    JsonNode v = o.get("schemaVersion");
    if (v == null) {
      r.problem("$", "schemaVersion", null, "is missing (expected \"schemaVersion\": " + SCHEMA_VERSION + ")");
    } else if (!v.isIntegralNumber() || v.asLong() != SCHEMA_VERSION) {
      r.problem("$", "schemaVersion", v.toString(), "is not supported (this version reads schemaVersion " + SCHEMA_VERSION + ")");
    }
    Instrument from = r.instrument(o, "fromInstrument", resolver);
    Instrument to = r.instrument(o, "toInstrument", resolver);
    Set<String> covered = new LinkedHashSet<>();
    JsonNode c = o.get("coveredCriteria");
    if (c != null) {
      if (!c.isArray()) {
        r.problem("$", "coveredCriteria", c.toString(), "must be an array of criterion codes");
      } else {
        for (int i = 0; i < c.size(); i++) {
          if (!c.get(i).isTextual()) {
            r.problem("$.coveredCriteria[" + i + "]", null, c.get(i).toString(), "must be a string");
          } else if (!covered.add(c.get(i).textValue())) {
            r.problem("$.coveredCriteria[" + i + "]", null, c.get(i).textValue(), "is given more than once");
          }
        }
      }
    }
    String description = r.text(o, "$", "description", false);
    List<Link> links = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    JsonNode ls = o.get("links");
    if (ls == null) {
      r.problem("$", "links", null, "is required");
    } else if (!ls.isArray()) {
      r.problem("$", "links", ls.toString(), "must be an array");
    } else {
      for (int i = 0; i < ls.size(); i++) {
        String path = "$.links[" + i + "]";
        Link l = r.link(ls.get(i), path);
        if (l != null) {
          links.add(l);
          paths.add(path);
        }
      }
    }
    problems.throwIfAny();
    try {
      EditionMapping.Builder b = EditionMapping.builder().from(from).to(to).addAllLinks(links).coveredCriteria(covered);
      if (description != null) {
        b.description(description);
      }
      return b.build();
    } catch (LosiValidationException e) {
      Relocation.relocateRows(e, "links", i -> Problem.builder().source(source).column(paths.get(i)),
          Problem.builder().source(source).column("$"), problems);
      problems.throwIfAny();
      throw e;
    }
  }

  private static Function<String, Optional<Instrument>> byId(List<Instrument> instruments) {
    return id -> instruments.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** One reading pass: the problems found so far. */
  private static final class Reader {
    private final JsonFields fields;

    Reader(String source, ProblemCollector problems) {
      // offending JSON values reported as their JSON text; every reported value capped at 200 characters
      this.fields = new JsonFields(source, problems, JsonNode::toString,
          value -> value.length() > 200 ? value.substring(0, 200) + "..." : value);
    }

    void problem(String path, String field, String value, String message) {
      fields.problem(path, field, value, message);
    }

    void only(ObjectNode o, String path, List<String> allowed) {
      fields.only(o, path, allowed);
    }

    String text(ObjectNode o, String path, String name, boolean required) {
      return fields.text(o, path, name, required);
    }

    Instrument instrument(ObjectNode o, String name, Function<String, Optional<Instrument>> resolver) {
      String id = text(o, "$", name, true);
      if (id == null) {
        return null;
      }
      Optional<Instrument> i = resolver.apply(id);
      if (i.isEmpty()) {
        problem("$", name, id, "is not an instrument that was supplied (give its definition to the reader)");
        return null;
      }
      return i.get();
    }

    Link link(JsonNode n, String path) {
      if (!n.isObject()) {
        problem(path, null, n.toString(), "must be a JSON object (a link)");
        return null;
      }
      ObjectNode o = (ObjectNode) n;
      long before = fields.problems().count();
      only(o, path, LINK);
      String from = text(o, path, "from", false);
      String to = text(o, path, "to", false);
      String rel = text(o, path, "relation", true);
      String note = text(o, path, "note", false);
      Relation relation = null;
      if (rel != null) {
        try {
          relation = Relation.parse(rel);
          if (!rel.equals(rel.strip())) {
            relation = null;
            throw new IllegalArgumentException();
          }
        } catch (IllegalArgumentException e) {
          problem(path, "relation", rel, "is not a relation (same, renamed, moved, split, merged, removed, added)");
        }
      }
      if (relation == null || fields.problems().count() > before) {
        return null;
      }
      try {
        return Link.builder().relation(relation).from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
            .note(note == null ? "" : note).build();
      } catch (LosiValidationException e) {
        Relocation.relocate(e, Problem.builder().source(fields.source()).column(path), fields.problems());
        return null;
      }
    }
  }
}
