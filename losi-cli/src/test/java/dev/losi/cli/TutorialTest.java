package dev.losi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorials of {@code docs/tutorials/} are run, so their commands and numbers cannot go stale. Every
 * fenced block marked {@code console} holds commands ({@code $ losi ...}, {@code $ head -n N FILE} or
 * {@code $ cat FILE}; a line ending in {@code " \"} continues on the next) each followed by the output it
 * prints; every fenced block marked {@code sh} holds the {@code cp REPOSITORY-PATH... .} lines that bring the
 * tutorial's inputs into its working folder. Each tutorial runs, in order, in its own temporary folder; a
 * {@code losi} command runs in-process (as {@link Cli}), its file arguments resolved in that folder, and
 * must exit with 0. The output compared is standard output followed by standard error, with the folder's
 * path removed and trailing blanks of each line ignored; a line {@code ...} in the expected output stands
 * for any number of lines (so a tutorial may show part of a long table), every other line must match
 * exactly.
 *
 * <p>The independent source is the tutorial text itself, written by hand from what the command printed
 * when it was written: a difference is either a change of output to be carried into the tutorial (the
 * failure prints the actual output) or a regression. {@link #everyNumberShownIsCompared} checks that a
 * changed digit in any compared line makes the comparison fail, so no block passes vacuously.
 */
class TutorialTest {

  /** The tutorials, in reading order; the test fails if one is added or removed without updating this. */
  static final List<String> TUTORIALS = List.of(
      "scoring-a-national-pilot.md", "assessor-agreement.md", "osi-losi-study.md");

  private static final Pattern FILE_ARGUMENT = Pattern.compile("[\\w.-]+\\.(csv|json|xlsx|html|md)");

  /** A command of a console block: its words, the expected output, and where it is (file and line). */
  record Step(String where, List<String> words, List<String> expected) {}

  /** A tutorial: its setup copies (repository paths) and its commands. */
  record Tutorial(String name, List<String> inputs, List<Step> steps) {}

  @TestFactory
  Stream<DynamicNode> everyTutorialPrintsWhatItShows() {
    return TUTORIALS.stream().map(TutorialTest::tutorial).map(t -> {
      Path dir = workingFolder(t);
      return DynamicContainer.dynamicContainer(t.name(), t.steps().stream().map(s -> DynamicTest.dynamicTest(
          s.where() + ": " + String.join(" ", s.words()), () -> {
            String actual = run(s, dir);
            if (!matches(s.expected(), actual)) {
              fail(s.where() + ": the output of `" + String.join(" ", s.words()) + "` is not what the tutorial shows."
                  + "\n--- tutorial\n" + String.join("\n", s.expected()) + "\n--- actual\n" + actual);
            }
          })));
    });
  }

  /** Each tutorial exists, copies its inputs and shows enough commands to be a worked example. */
  @Test
  void everyTutorialHasInputsAndCommands() throws IOException {
    try (Stream<Path> files = Files.list(tutorialFolder())) {
      List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md"))
          .filter(n -> !n.equals("index.md")).sorted().toList();
      assertEquals(TUTORIALS.stream().sorted().toList(), present, "tutorials in docs/tutorials/");
    }
    for (String name : TUTORIALS) {
      Tutorial t = tutorial(name);
      assertFalse(t.inputs().isEmpty(), name + " copies no input");
      assertTrue(t.steps().size() >= 4, name + " shows fewer than 4 commands");
    }
  }

  /**
   * A changed digit in any compared line of any block makes the comparison fail (the comparison is run on
   * the tutorial's own expected text, with the "..." lines expanded to nothing), so a tutorial's numbers are
   * really checked.
   */
  @Test
  void everyNumberShownIsCompared() {
    int mutated = 0;
    for (String name : TUTORIALS) {
      for (Step s : tutorial(name).steps()) {
        String shown = String.join("\n", s.expected().stream().filter(l -> !l.equals("...")).toList());
        assertTrue(matches(s.expected(), shown), s.where() + ": the shown output does not match itself");
        for (int i = 0; i < s.expected().size(); i++) {
          String line = s.expected().get(i);
          int digit = firstDigit(line);
          if (line.equals("...") || digit < 0) {
            continue;
          }
          List<String> changed = new ArrayList<>(s.expected());
          char d = line.charAt(digit);
          changed.set(i, line.substring(0, digit) + (char) (d == '9' ? '0' : d + 1) + line.substring(digit + 1));
          assertFalse(matches(changed, shown), s.where() + ": a changed digit in line " + (i + 1) + " is not seen");
          mutated++;
        }
      }
    }
    assertTrue(mutated >= 30, "too few numbers in the tutorials: " + mutated);
  }

  /** The comparison itself, on small cases worked by hand. */
  @Test
  void ellipsisStandsForAnyLinesAndEverythingElseIsExact() {
    assertTrue(matches(List.of("a", "...", "d"), "a\nb\nc\nd\n"));
    assertTrue(matches(List.of("a", "...", "d"), "a\nd"));
    assertTrue(matches(List.of("...", "c"), "a\nb\nc"));
    assertTrue(matches(List.of("a   ", "b"), "a\nb   \n\n"));
    assertFalse(matches(List.of("a", "...", "d"), "a\nb\nc\nd\ne"));
    assertFalse(matches(List.of("a", "c"), "a\nb\nc"));
    assertFalse(matches(List.of("0.7500"), "0.7501"));
    assertFalse(matches(List.of("a", "...", "b", "...", "b"), "a\nb"));
  }

  // ---- running

  /** The tutorials' working folders, deleted with what the commands wrote after the class's tests. */
  @TempDir
  static Path folders;

  private static Path workingFolder(Tutorial t) {
    try {
      Path dir = Files.createTempDirectory(folders, "losi-tutorial-");
      for (String input : t.inputs()) {
        Path source = repository().resolve(input);
        assertTrue(Files.isRegularFile(source), t.name() + ": cp " + input + ": no such file in the repository");
        Files.copy(source, dir.resolve(source.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String run(Step s, Path dir) throws IOException {
    List<String> w = s.words();
    String output;
    switch (w.get(0)) {
      case "losi" -> {
        String[] args = w.subList(1, w.size()).stream().map(a -> resolve(a, dir)).toArray(String[]::new);
        Cli r = Cli.run(args);
        assertEquals(0, r.exitCode(), () -> s.where() + ": exit code of " + String.join(" ", w) + "\n" + r);
        output = r.out() + r.err();
      }
      case "cat" -> output = Files.readString(dir.resolve(w.get(1)), StandardCharsets.UTF_8);
      case "head" -> {
        int n = Integer.parseInt(w.get(2));
        assertEquals("-n", w.get(1), s.where() + ": write head -n N FILE");
        output = String.join("\n", Files.readAllLines(dir.resolve(w.get(3)), StandardCharsets.UTF_8).stream()
            .limit(n).toList()) + "\n";
      }
      default -> throw new AssertionError(s.where() + ": a console block may run losi, head -n or cat, not " + w.get(0));
    }
    return output.replace(dir.toString() + dir.getFileSystem().getSeparator(), "");
  }

  /** A word naming a file (a plain name with a known extension, alone or after {@code =}) is put in the folder. */
  private static String resolve(String word, Path dir) {
    int eq = word.startsWith("-") ? word.indexOf('=') : -1;
    String value = eq < 0 ? word : word.substring(eq + 1);
    if (!FILE_ARGUMENT.matcher(value).matches()) {
      return word;
    }
    return (eq < 0 ? "" : word.substring(0, eq + 1)) + dir.resolve(value);
  }

  // ---- comparing

  /**
   * True when {@code actual} shows the {@code expected} lines: trailing blanks of each line and trailing empty
   * lines are ignored, and a line {@code ...} matches any number of lines (leftmost first: the text between
   * two such lines is literal, so the leftmost place it fits is as good as any).
   */
  static boolean matches(List<String> expected, String actual) {
    List<String> act = trimmed(Arrays.asList(actual.split("\n", -1)));
    List<String> exp = trimmed(expected);
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : exp) {
      if (line.equals("...")) {
        segments.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    segments.add(current);
    if (segments.size() == 1) {
      return act.equals(exp);
    }
    List<String> first = segments.get(0);
    List<String> last = segments.get(segments.size() - 1);
    if (first.size() + last.size() > act.size() || !act.subList(0, first.size()).equals(first)
        || !act.subList(act.size() - last.size(), act.size()).equals(last)) {
      return false;
    }
    int at = first.size();
    int end = act.size() - last.size();
    for (List<String> middle : segments.subList(1, segments.size() - 1)) {
      int found = indexOf(act.subList(at, end), middle);
      if (found < 0) {
        return false;
      }
      at += found + middle.size();
    }
    return true;
  }

  private static int indexOf(List<String> in, List<String> part) {
    for (int i = 0; i + part.size() <= in.size(); i++) {
      if (in.subList(i, i + part.size()).equals(part)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> t = new ArrayList<>(lines.stream().map(String::stripTrailing).toList());
    while (!t.isEmpty() && t.get(t.size() - 1).isEmpty()) {
      t.remove(t.size() - 1);
    }
    return t;
  }

  private static int firstDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  // ---- reading the tutorials

  static Tutorial tutorial(String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tutorialFolder().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> inputs = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    String fence = null;
    List<String> words = null;
    List<String> expected = null;
    String where = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String at = name + ":" + (i + 1);
      if (fence == null) {
        if (line.startsWith("```")) {
          fence = line.substring(3).strip();
        }
        continue;
      }
      if (line.startsWith("```")) {
        if (words != null) {
          steps.add(new Step(where, words, expected));
        }
        fence = null;
        words = null;
      } else if (fence.equals("sh") && !line.isBlank() && !line.startsWith("#")) {
        List<String> cp = List.of(line.strip().split(" +"));
        assertTrue(cp.size() >= 3 && cp.get(0).equals("cp") && cp.get(cp.size() - 1).equals("."),
            at + ": a sh block holds only `cp PATH... .` lines");
        inputs.addAll(cp.subList(1, cp.size() - 1));
      } else if (fence.equals("console") && line.startsWith("$ ")) {
        if (words != null) {
          steps.add(new Step(where, words, expected));
        }
        StringBuilder command = new StringBuilder(line.substring(2));
        while (command.toString().endsWith(" \\")) {
          command.setLength(command.length() - 2);
          command.append(' ').append(lines.get(++i).strip());
        }
        where = at;
        words = List.of(command.toString().strip().split(" +"));
        expected = new ArrayList<>();
      } else if (fence.equals("console")) {
        assertTrue(words != null, at + ": output before the first $ command");
        expected.add(line);
      }
    }
    assertTrue(fence == null, name + ": unclosed fenced block");
    return new Tutorial(name, inputs, steps);
  }

  private static Path tutorialFolder() {
    return repository().resolve("docs/tutorials");
  }

  /** The repository's root: the parent of this module's folder. */
  private static Path repository() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
  }
}
