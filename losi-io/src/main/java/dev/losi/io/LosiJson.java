package dev.losi.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Assessment;
import dev.losi.core.CountryAdjustment;
import dev.losi.core.Instrument;
import dev.losi.core.LosiValidationException;
import dev.losi.core.results.RecordedResult;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  private final JsonDocuments documents;

  private LosiJson(JsonLimits limits) {
    this.documents = new JsonDocuments(limits);
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
    return documents.limits();
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
    return AssessmentsStream.read(documents, in, source);
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
    return JsonDocuments.list("assessments", assessments, x -> AssessmentJson.write(x, false));
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
    return JsonDocuments.list("adjustments", adjustments, AdjustmentJson::write);
  }

  // --- plumbing (JsonDocuments) ---------------------------------------------------------------

  private <T> T read(InputStream in, String source, JsonDocuments.Mapping<T> mapping) throws IOException {
    return documents.read(in, source, mapping);
  }

  private String text(JsonNode node) {
    return documents.text(node);
  }

  private void write(JsonNode node, Path file) throws IOException {
    documents.write(node, file);
  }
}
