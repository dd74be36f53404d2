package dev.losi.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.losi.core.Problem;
import dev.losi.core.ProblemCollector;
import dev.losi.io.internal.AtomicFiles;
import dev.losi.io.internal.JsonCodec;
import dev.losi.io.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

/**
 * The plumbing of {@link LosiJson} under one set of {@link JsonLimits}: parsing a document into a tree with
 * syntax and limit errors reported as problems (naming the limit), reading a document through a mapping of
 * its tree into the model, building a list document, and writing text or a file. Immutable and thread-safe.
 */
final class JsonDocuments {

  private final JsonCodec codec;

  /**
   * The plumbing held to {@code limits}.
   *
   * @param limits the parsing limits
   */
  JsonDocuments(JsonLimits limits) {
    this.codec = JsonCodec.of(limits);
  }

  /** {@return the parsing limits} */
  JsonLimits limits() {
    return codec.limits();
  }

  /** {@return the strict parser factory, for a document read as a stream} */
  JsonFactory factory() {
    return codec.factory();
  }

  /**
   * Turns the model read from a document's tree, with the problems it found, into one value.
   *
   * @param <T> what is read
   */
  interface Mapping<T> {
    /**
     * The function from the document's tree to the value.
     *
     * @param model reads fields and collects problems for the document
     * @return the function, which returns {@code null} only with a problem collected
     */
    Function<JsonNode, T> with(JsonModel model);
  }

  /**
   * Reads one document: parses it, maps its tree and throws every problem at once.
   *
   * @param <T> what is read
   * @param in the UTF-8 bytes, read to the end and not closed
   * @param source names the input in problems
   * @param mapping maps the tree to the value
   * @return the value read
   * @throws IOException when the input cannot be read
   */
  <T> T read(InputStream in, String source, Mapping<T> mapping) throws IOException {
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

  /** Parses a document tree with the limits, reporting syntax and limit errors as problems. */
  private JsonNode parse(InputStream in, String source, ProblemCollector problems) throws IOException {
    try {
      JsonNode root = codec.tree(in);
      if (root == null) {
        problems.add(empty(source));
      }
      return root;
    } catch (JsonProcessingException e) {
      problems.add(problem(e, source));
      return null;
    }
  }

  /**
   * The problem of an input with no JSON value.
   *
   * @param source names the input
   * @return the problem
   */
  static Problem empty(String source) {
    return Problem.builder().source(source).message("is empty: expected a JSON object").build();
  }

  /**
   * The problem of a document that exceeds a limit (naming the limit and its value) or is not valid JSON.
   *
   * @param e what the parser threw
   * @param source names the input
   * @return the problem, at the line of the error
   */
  Problem problem(JsonProcessingException e, String source) {
    Problem.Builder p = Problem.builder().source(source).line(JsonSupport.line(e));
    if (e instanceof StreamConstraintsException c) {
      return p.message("exceeds the JSON limit " + limitOf(c) + " (JsonLimits); reading stopped").build();
    }
    return p.message("is not valid JSON: " + e.getOriginalMessage()).build();
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

  /**
   * A list document: {@code {"schemaVersion": 1, "<key>": [...]}}, one element per item.
   *
   * @param <T> the items' type
   * @param key the name of the list
   * @param items the items, in order
   * @param write the tree of one item
   * @return the document
   */
  static <T> ObjectNode list(String key, Collection<T> items, Function<T, JsonNode> write) {
    ObjectNode o = JsonModel.document();
    ArrayNode a = o.putArray(key);
    items.forEach(x -> a.add(write.apply(x)));
    return o;
  }

  /**
   * The pretty text of a document, ending with a line break.
   *
   * @param node the document
   * @return the text
   */
  String text(JsonNode node) {
    return codec.text(node);
  }

  /**
   * Writes a document's text to a file atomically (never a partial file).
   *
   * @param node the document
   * @param file the file
   * @throws IOException when writing fails
   */
  void write(JsonNode node, Path file) throws IOException {
    AtomicFiles.write(file, (OutputStream out) -> out.write(text(node).getBytes(StandardCharsets.UTF_8)));
  }
}
