package dev.losi.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Assessment;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.TextStreams;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an assessments document ({@code {"schemaVersion": 1, "assessments": [...]}}) as a stream, for
 * {@link LosiJson#readAssessments(InputStream, String)}: one assessment at a time is built as a tree and
 * turned into the model, and the content of unknown fields is skipped by the parser without being stored,
 * so memory grows with the assessments read, not with the document. The problems are those of a whole-tree
 * reading: the document's own (schema version, unknown fields, the list), then every assessment's, in
 * document order; those found before a syntax error are reported with it. Stateless and thread-safe.
 */
final class AssessmentsStream {

  private AssessmentsStream() {}

  /**
   * Reads the document.
   *
   * @param documents the parser factory and limit messages
   * @param in the UTF-8 bytes, read to the end and not closed
   * @param source names the input in problems
   * @return the assessments read
   * @throws dev.losi.core.LosiValidationException listing every problem of the document
   * @throws IOException when the input cannot be read
   */
  static List<Assessment> read(JsonDocuments documents, InputStream in, String source) throws IOException {
    ProblemCollector problems = new ProblemCollector();
    ProblemCollector listed = new ProblemCollector();
    AssessmentJson one = new AssessmentJson(new JsonModel(source, listed));
    List<Assessment> out = new ArrayList<>();
    JsonNode doc = null;
    try (JsonParser p = documents.factory().createParser(TextStreams.unclosed(in))) {
      JsonToken t = p.nextToken();
      if (t == null) {
        problems.add(JsonDocuments.empty(source));
      } else if (t != JsonToken.START_OBJECT) {
        doc = JsonShape.SCALAR.read(p);
      } else {
        doc = outline(p, one, out);
      }
      if (doc != null && p.nextToken() != null) {
        problems.add(Problem.builder().source(source).line(p.currentLocation().getLineNr())
            .message("is not valid JSON: Trailing token (of type " + p.currentToken() + ") found after the document")
            .build());
        doc = null;
      }
    } catch (JsonProcessingException e) {
      problems.add(documents.problem(e, source));
    }
    if (doc != null) {
      new JsonModel(source, problems).readList(doc, "assessments", "assessments", (n, path) -> null);
    }
    problems.addAll(listed);
    problems.throwIfAny();
    return List.copyOf(out);
  }

  /**
   * Reads the fields of the document object (its start token read): each assessment of the list into
   * {@code out} (its problems to {@code one}'s model), and an outline of the document for its own checks:
   * the list as an empty array, {@code schemaVersion} or a list that is not an array as read, any other
   * field as {@code null}.
   */
  private static ObjectNode outline(JsonParser p, AssessmentJson one, List<Assessment> out) throws IOException {
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
    return o;
  }
}
