package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.losi.testing.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: every case of {@code golden/cases.txt} (every subcommand and its main options and formats,
 * on the demo data, the examples of README.md and docs/cli.md, and the error cases) run in-process, compared
 * byte for byte with {@code golden/NAME.out}, recorded from the command as released before the issue 9
 * refactoring; only the working folder's path, the SDK version and the JVM version are replaced by placeholders. The
 * independent source is that earlier build: a difference is either a bug fixed on purpose
 * (named in the commit and the changelog, then regenerated with {@code -Dgolden.update=true}) or a regression.
 */
class GoldenOutputTest {

  private static final String GOLDEN = "/dev/losi/cli/golden/";
  private static final String UPDATE = "golden.update";
  private static final List<String> REFERENCE_DATA = List.of(ReferenceData.EGDI_2024, ReferenceData.LOSI_2024_CITIES);
  private static final List<String> DEMO = List.of("synthetic-assessments.csv", "synthetic-adjustments.json");

  @TempDir static Path dir;

  record Case(String name, List<String> args) {}

  @TestFactory
  Stream<DynamicTest> everyCaseGivesItsGoldenOutput() throws IOException {
    copyInputs();
    boolean update = Boolean.getBoolean(UPDATE);
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String actual = run(c);
      if (update) {
        Files.writeString(sourceFolder().resolve(c.name() + ".out"), actual, StandardCharsets.UTF_8);
      } else {
        String expected = resource(c.name() + ".out");
        assertEquals(expected, actual, () -> "golden output of case " + c.name() + " changed; if this is a named bug fix,"
            + " regenerate with -D" + UPDATE + "=true and review the diff");
      }
    }));
  }

  /** No golden file is left over from a case that was removed, and every case name is used once. */
  @Test
  void everyGoldenFileHasItsCase() throws IOException {
    List<String> names = cases().stream().map(Case::name).toList();
    assertEquals(names.size(), new TreeSet<>(names).size(), "duplicate case names in cases.txt");
    try (Stream<Path> files = Files.list(folder(GOLDEN))) {
      List<String> stale = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".out"))
          .map(n -> n.substring(0, n.length() - 4)).filter(n -> !names.contains(n)).sorted().toList();
      assertTrue(stale.isEmpty(), "golden files without a case: " + stale);
    }
  }

  private static String run(Case c) throws IOException {
    Map<String, byte[]> before = snapshot();
    String[] args = c.args().stream().map(a -> a.startsWith("@") ? dir.resolve(a.substring(1)).toString() : a)
        .toArray(String[]::new);
    Cli r = Cli.run(args);
    Map<String, byte[]> after = snapshot();
    StringBuilder b = new StringBuilder();
    b.append("$ losi ").append(String.join(" ", c.args())).append('\n');
    b.append("exit ").append(r.exitCode()).append('\n');
    section(b, "--- stdout", r.out());
    section(b, "--- stderr", r.err());
    for (Map.Entry<String, byte[]> f : after.entrySet()) {
      if (!Arrays.equals(f.getValue(), before.get(f.getKey()))) {
        String name = f.getKey();
        section(b, "--- file " + name, name.endsWith(".xlsx") ? cells(dir.resolve(name))
            : new String(f.getValue(), StandardCharsets.UTF_8));
      }
    }
    for (String gone : before.keySet()) {
      if (!after.containsKey(gone)) {
        b.append("--- deleted ").append(gone).append('\n');
      }
    }
    // the folder's path, the SDK version and the running JVM's version are the only parts that vary
    return b.toString().replace(dir.toString() + dir.getFileSystem().getSeparator(), "")
        .replace("losi " + sdkVersion() + "\n", "losi ${project.version}\n")
        .replace("STRING LOSI SDK " + sdkVersion() + "\n", "STRING LOSI SDK ${project.version}\n")
        .replace("Java " + System.getProperty("java.version"), "Java ${java.version}");
  }

  private static String sdkVersion() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  private static void section(StringBuilder b, String title, String text) {
    b.append(title).append('\n').append(text);
    if (!text.isEmpty() && !text.endsWith("\n")) {
      b.append("\n\\ no newline at end\n");
    }
  }

  /** An XLSX workbook as its cell content: per sheet, one line per cell with address, type and raw value. */
  private static String cells(Path xlsx) throws IOException {
    StringBuilder b = new StringBuilder();
    try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Sheet sheet : wb.getSheets().toList()) {
        b.append("sheet ").append(sheet.getName()).append('\n');
        for (Row row : sheet.read()) {
          for (Cell cell : row) {
            if (cell != null && cell.getRawValue() != null) {
              b.append(cell.getAddress()).append(' ').append(cell.getType()).append(' ')
                  .append(cell.getRawValue().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
            }
          }
        }
      }
    }
    return b.toString();
  }

  private static Map<String, byte[]> snapshot() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(Files::isRegularFile).toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void copyInputs() throws IOException {
    try (Stream<Path> inputs = Files.list(folder(GOLDEN + "input/"))) {
      for (Path p : inputs.toList()) {
        if (!p.getFileName().toString().equals("README.md")) {
          Files.copy(p, dir.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    for (String demo : DEMO) {
      try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/dev/losi/cli/demo/" + demo)) {
        if (in == null) {
          fail("missing demo file " + demo);
        }
        Files.copy(in, dir.resolve(demo), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String data : REFERENCE_DATA) {
      Files.copy(ReferenceData.path(data), dir.resolve(data), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String line : resource("cases.txt").split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int colon = l.indexOf(':');
      String name = l.substring(0, colon).strip();
      String rest = l.substring(colon + 1).strip();
      cases.add(new Case(name, rest.isEmpty() ? List.of() : List.of(rest.split(" +"))));
    }
    return cases;
  }

  private static String resource(String name) {
    try (InputStream in = GoldenOutputTest.class.getResourceAsStream(GOLDEN + name)) {
      if (in == null) {
        throw new AssertionError("missing " + GOLDEN + name + " (record it with -D" + UPDATE + "=true)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path folder(String resource) {
    URL url = GoldenOutputTest.class.getResource(resource);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** Where {@code -Dgolden.update=true} writes: the source folder of the golden files, not target/. */
  private static Path sourceFolder() {
    return Path.of(System.getProperty("basedir", "."), "src/test/resources" + GOLDEN);
  }
}
