package dev.losi.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.core.results.RecordedResult;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.JsonCodec;
import dev.losi.io.internal.JsonSupport;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * JSON documents for the model: instruments, assessments (one, or a list) and country adjustments
 * (a list). Every document is a JSON object carrying {@code "schemaVersion": 1}; fields are named
 * like the model's accessors (camelCase), enums by constant name, dates ISO-8601, optional fields
 * left out when empty. JSON Schemas (draft 2020-12) are in {@code docs/schema/}; the formats are
 * described in {@code docs/formats.md}.
 *
 * <p>Reading is strict: unknown fields, a missing or unsupported {@code schemaVersion}, repeated keys,
 * wrong types and the model's own rules are all reported together in one
 * {@link LosiValidationException}, each problem naming the source and the JSON path, for example
 * {@code instrument.json:$.indicators[3]: weight "0" must be a finite number > 0}. Parsing is bounded by
 * {@link JsonLimits}. Writing produces pretty-printed UTF-8 that reads back to an equal object;
 * numbers are written in the shortest form that reads back to the same double.
 *
 * <p>Use {@link #standard()} or {@link #withLimits(JsonLimits)}. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Instrument losi = LosiJson.standard().readInstrument(Path.of("LOSI-2024.json"));
 * String json = LosiJson.standard().writeInstrument(losi);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LosiJson {

  private static final LosiJson STANDARD = new LosiJson(JsonLimits.DEFAULT);

  private final JsonCodec codec;

  private LosiJson(JsonLimits limits) {
    this.codec = JsonCodec.of(limits);
  }

  /** {@return JSON with {@link JsonLimits#DEFAULT}} */
  public static LosiJson standard() {
    return STANDARD;
  }

  /**
   * JSON with other parsing limits.
   *
   * @param limits the limits
   * @return a reader and writer held to those limits
   */
  public static LosiJson withLimits(JsonLimits limits) {
    return new LosiJson(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the parsing limits in use} */
  public JsonLimits limits() {
    return codec.limits();
  }

  // --- instruments ---------------------------------------------------------------------------

  /**
   * The JSON text of an instrument document.
   *
   * @param instrument the instrument written
   * @return the JSON text
   */
  public String writeInstrument(Instrument instrument) {
    return text(InstrumentJson.write(instrument));
  }

  /**
   * Writes an instrument document to a file (atomically: never a partial file).
   *
   * @param instrument the instrument written
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void writeInstrument(Instrument instrument, Path file) throws IOException {
    write(InstrumentJson.write(instrument), file);
  }

  /**
   * Reads an instrument document.
   *
   * @param file the file to read; problems name it
   * @return the instrument read
   * @throws LosiValidationException listing every problem found
   * @throws IOException when the input cannot be read
   */
  public Instrument readInstrument(Path file) throws IOException {
    return TextStreams.readFile(file, this::readInstrument);
  }

  /**
   * Reads an instrument document from UTF-8 bytes; {@code source} names it in problems. Not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @return the instrument read
   * @throws IOException when the input cannot be read
   */
  public Instrument readInstrument(InputStream in, String source) throws IOException {
    return read(in, source, m -> new InstrumentJson(m)::read);
  }

  /**
   * Reads an instrument document from text.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @return the instrument read
   */
  public Instrument readInstrument(String json, String source) {
    return TextStreams.read(json, source, this::readInstrument);
  }

  // --- assessments ---------------------------------------------------------------------------

  /**
   * The JSON text of a single-assessment document.
   *
   * @param assessment the assessment to write
   * @return the JSON text
   */
  public String writeAssessment(Assessment assessment) {
    return text(AssessmentJson.write(assessment, true));
  }

  /**
   * Reads a single-assessment document from text.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @return the assessment read
   */
  public Assessment readAssessment(String json, String source) {
    return TextStreams.read(json, source, (in, s) -> read(in, s, m -> n -> new AssessmentJson(m).read(n, "$", true)));
  }

  /**
   * Reads a single-assessment document from UTF-8 bytes. Not closed.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @return the assessment read
   * @throws IOException when the input cannot be read
   */
  public Assessment readAssessment(InputStream in, String source) throws IOException {
    return read(in, source, m -> n -> new AssessmentJson(m).read(n, "$", true));
  }

  /**
   * The JSON text of an assessments document: {@code {"schemaVersion": 1, "assessments": [...]}}.
   *
   * @param assessments the assessments to write
   * @return the JSON text
   */
  public String writeAssessments(Collection<Assessment> assessments) {
    return text(assessmentsNode(assessments));
  }

  /**
   * Writes an assessments document to a file (atomically).
   *
   * @param assessments the assessments to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void writeAssessments(Collection<Assessment> assessments, Path file) throws IOException {
    write(assessmentsNode(assessments), file);
  }

  /**
   * Reads an assessments document from a file.
   *
   * @param file the file to read; problems name it
   * @return the assessments read
   * @throws IOException when the input cannot be read
   */
  public List<Assessment> readAssessments(Path file) throws IOException {
    return TextStreams.readFile(file, this::readAssessments);
  }

  /**
   * Reads an assessments document from UTF-8 bytes. Not closed. The document is streamed: one assessment
   * at a time is built as a tree and turned into the model, and the content of unknown fields is skipped
   * by the parser without being stored, so memory grows with the assessments read, not with the document
   * (see docs/formats.md, "Limits"). The problems are those of a whole-tree reading: the document's own
   * (schema version, unknown fields, the list), then every assessment's, in document order; those found
   * before a syntax error are reported with it.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @return the assessments read
   * @throws IOException when the input cannot be read
   */
  public List<Assessment> readAssessments(InputStream in, String source) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    ProblemCollector listed = new ProblemCollector();
    AssessmentJson one = new AssessmentJson(new JsonModel(source, listed));
    List<Assessment> out = new ArrayList<>();
    JsonNode doc = null;
    try (JsonParser p = codec.factory().createParser(TextStreams.unclosed(in))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(Problem.builder().source(source).message("is empty: expected a JSON object").build());
      } else if (t != JsonToken.START_OBJECT) {
        doc = JsonShape.SCALAR.read(p);
      } else {
        ObjectNode o = JsonModel.F.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if (name.equals("assessments") && v == JsonToken.START_ARRAY) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
              Assessment a = one.readListed(JsonShape.ASSESSMENT.read(p), "$.assessments[" + i + "]");
              if (a != null) {
                out.add(a);
              }
            }
            o.set(name, JsonModel.F.arrayNode());
          } else if (name.equals("assessments") || name.equals("schemaVersion")) {
            o.set(name, JsonShape.SCALAR.read(p));
          } else {
            p.skipChildren();
            o.set(name, NullNode.getInstance());
          }
        }
        doc = o;
      }
      if (doc != null && p.nextToken() != null) {
        problems.add(Problem.builder().source(source).line(p.currentLocation().getLineNr())
            .message("is not valid JSON: Trailing token (of type " + p.currentToken() + ") found after the document")
            .build());
        doc = null;
      }
    } catch (StreamConstraintsException e) {
      problems.add(Problem.builder().source(source).line(JsonSupport.line(e)).message("exceeds the JSON limit "
          + limitOf(e) + " (JsonLimits); reading stopped").build());
    } catch (JsonProcessingException e) {
      problems.add(Problem.builder().source(source).line(JsonSupport.line(e))
          .message("is not valid JSON: " + e.getOriginalMessage()).build());
    }
    if (doc != null) {
      new JsonModel(source, problems).readList(doc, "assessments", "assessments", (n, path) -> null);
    }
    problems.addAll(listed);
    problems.throwIfAny();
    return List.copyOf(out);
  }

  /**
   * Reads an assessments document from text.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @return the assessments read
   */
  public List<Assessment> readAssessments(String json, String source) {
    return TextStreams.read(json, source, this::readAssessments);
  }

  private static ObjectNode assessmentsNode(Collection<Assessment> assessments) {
    ObjectNode o = JsonModel.document();
    ArrayNode a = o.putArray("assessments");
    assessments.forEach(x -> a.add(AssessmentJson.write(x, false)));
    return o;
  }

  // --- adjustments ---------------------------------------------------------------------------

  /**
   * The JSON text of an adjustments document: {@code {"schemaVersion": 1, "adjustments": [...]}}.
   *
   * @param adjustments the adjustments to write
   * @return the JSON text
   */
  public String writeAdjustments(Collection<CountryAdjustment> adjustments) {
    return text(adjustmentsNode(adjustments));
  }

  /**
   * Writes an adjustments document to a file (atomically).
   *
   * @param adjustments the adjustments to write
   * @param file the file to write
   * @throws IOException when writing fails
   */
  public void writeAdjustments(Collection<CountryAdjustment> adjustments, Path file) throws IOException {
    write(adjustmentsNode(adjustments), file);
  }

  /**
   * Reads an adjustments document from a file; adjustment ids must be unique, countries ISO 3166-1 alpha-3
   * codes (see {@link #readAdjustments(InputStream, String)}).
   *
   * @param file the file to read; problems name it
   * @return the adjustments read, in input order
   * @throws IOException when the input cannot be read
   */
  public List<CountryAdjustment> readAdjustments(Path file) throws IOException {
    return TextStreams.readFile(file, this::readAdjustments);
  }

  /**
   * Reads an adjustments document from UTF-8 bytes. Not closed. The country of every adjustment must be an
   * ISO 3166-1 alpha-3 code ({@link IsoCountries}); use {@link Adjustments#read(Path, boolean)} to accept
   * user-assigned codes.
   *
   * @param in the bytes, read to the end
   * @param source names the input in problems, for example its file name
   * @return the adjustments read, in input order
   * @throws IOException when the input cannot be read
   */
  public List<CountryAdjustment> readAdjustments(InputStream in, String source) throws IOException {
    return readAdjustments(in, source, false);
  }

  List<CountryAdjustment> readAdjustments(InputStream in, String source, boolean userAssigned) throws IOException {
    return read(in, source, m -> n -> {
      List<CountryAdjustment> list = m.readList(n, "adjustments", "adjustments",
          new AdjustmentJson(m, userAssigned)::read);
      if (list != null) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
          if (!ids.add(list.get(i).id())) {
            m.problem("$.adjustments[" + i + "]", "id", list.get(i).id(), "is used by more than one adjustment");
          }
        }
      }
      return list;
    });
  }

  /**
   * Reads an adjustments document from text.
   *
   * @param json the JSON text
   * @param source names the input in problems, for example its file name
   * @return the adjustments read, in input order
   */
  public List<CountryAdjustment> readAdjustments(String json, String source) {
    return TextStreams.read(json, source, this::readAdjustments);
  }

  /** Reads a results document ({@link ResultsExport#toJson()}) from UTF-8 bytes, for {@link RecordedResults}. Not closed. */
  List<RecordedResult> readResults(InputStream in, String source) throws IOException {
    return read(in, source, m -> n -> m.readList(n, "results", "results", new ResultJson(m)::read));
  }

  private static ObjectNode adjustmentsNode(Collection<CountryAdjustment> adjustments) {
    ObjectNode o = JsonModel.document();
    ArrayNode a = o.putArray("adjustments");
    adjustments.forEach(x -> a.add(AdjustmentJson.write(x)));
    return o;
  }

  // --- plumbing ------------------------------------------------------------------------------

  /** Parses a document tree with the limits, reporting syntax and limit errors as problems. */
  JsonNode parse(InputStream in, String source, ProblemCollector problems) throws IOException {
    try {
      JsonNode root = codec.tree(in);
      if (root == null) {
        problems.add(Problem.builder().source(source).message("is empty: expected a JSON object").build());
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      problems.add(Problem.builder().source(source).line(JsonSupport.line(e)).message("exceeds the JSON limit " + limitOf(e)
          + " (JsonLimits); reading stopped").build());
      return null;
    } catch (JsonProcessingException e) {
      problems.add(Problem.builder().source(source).line(JsonSupport.line(e)).message("is not valid JSON: " + e.getOriginalMessage())
          .build());
      return null;
    }
  }

  private String limitOf(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("NestingDepth")) {
      return "maxNestingDepth = " + codec.limits().maxNestingDepth();
    }
    if (m.contains("StringLen")) {
      return "maxStringLength = " + codec.limits().maxStringLength();
    }
    if (m.contains("NumberLen")) {
      return "maxNumberLength = " + codec.limits().maxNumberLength();
    }
    if (m.contains("DocumentLen")) {
      return "maxDocumentLength = " + codec.limits().maxDocumentLength();
    }
    return "(" + m + ")";
  }

  private interface Mapping<T> {
    Function<JsonNode, T> with(JsonModel model);
  }

  private <T> T read(InputStream in, String source, Mapping<T> mapping) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    JsonNode root = parse(in, source, problems);
    T result = null;
    if (root != null) {
      result = mapping.with(new JsonModel(source, problems)).apply(root);
    }
    problems.throwIfAny();
    if (result == null) {
      throw new IllegalStateException("no result and no problem for " + source);
    }
    return result;
  }

  private String text(JsonNode node) {
    return codec.text(node);
  }

  private void write(JsonNode node, Path file) throws IOException {
    AtomicFiles.write(file, (OutputStream out) -> out.write(text(node).getBytes(StandardCharsets.UTF_8)));
  }
}
