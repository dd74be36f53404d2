package dev.losi.io;

import dev.losi.core.Problem;
import dev.losi.io.internal.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A {@link Table} over a CSV stream. */
final class CsvSource implements Table {

  private final String source;
  private final CsvParser parser;

  private CsvSource(String source, CsvParser parser) {
    this.source = source;
    this.parser = parser;
  }

  static CsvSource open(InputStream in, String source, CsvFormat format) throws IOException, Fatal {
    try {
      return new CsvSource(source, CsvParser.open(in, format.encoding(), format.delimiter(), format.maxRecordChars(),
          format.maxColumns()));
    } catch (CsvParser.CsvException e) {
      throw new Fatal(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
    }
  }

  @Override
  public List<String> next(ProblemSink problems) throws IOException, Fatal {
    try {
      List<String> r = parser.next();
      for (CsvParser.SyntaxProblem p : parser.syntaxProblems()) {
        problems.add(Problem.builder().source(source).line(p.line()).message(p.message()).build());
      }
      return r;
    } catch (CsvParser.CsvException e) {
      for (CsvParser.SyntaxProblem p : parser.syntaxProblems()) {
        problems.add(Problem.builder().source(source).line(p.line()).message(p.message()).build());
      }
      throw new Fatal(Problem.builder().source(source).line(e.line()).message(e.getMessage()).build());
    }
  }

  @Override
  public String widthHint() {
    return parser.quoteHint();
  }

  @Override
  public Problem.Builder at(int column) {
    return atRow();
  }

  @Override
  public long line() {
    return Math.max(1, parser.recordLine());
  }

  @Override
  public Problem.Builder atRow() {
    return Problem.builder().source(source).line(Math.max(1, parser.recordLine()));
  }

  @Override
  public Problem.Builder atSource() {
    return Problem.builder().source(source);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
