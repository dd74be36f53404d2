package dev.losi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A build step, not a command: runs a small case of the common commands in-process (help, version, demo,
 * score, agreement on assessments and on reliability data, correlate, instrument, classify), so that a JVM
 * started with {@code -XX:DumpLoadedClassList=FILE} lists the classes they load. The package phase writes
 * that list into the distribution ({@code lib/losi.classlist}), and {@code bin/losi} makes its AppCDS archive
 * from it on its first run, whichever command that run is. Its output is thrown away; a failing case fails
 * the build. {@code ClassListRun --normalise FILE}, run after it in a JVM of its own, sorts the recorded list
 * (class names first, then the {@code @} lines, each sorted, repeats dropped), because the commands load
 * classes on more than one thread and the order the JVM records them in varies from build to build, which
 * would make the distribution differ between two builds of the same commit. It keeps only the {@code @} lines
 * that Java 17 reads ({@code @lambda-proxy}, {@code @lambda-form-invoker}): a list recorded by a newer JDK also
 * holds {@code @cp} lines, which Java 17's archive dump refuses ("class list format error"), so that a
 * distribution built on Java 21 or 25 and run on 17 would lose its archive.
 */
final class ClassListRun {

  private ClassListRun() {}

  /**
   * Runs the cases in a new directory under {@code args[0]}.
   *
   * @throws IOException when the inputs cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("--normalise")) {
      normalise(Path.of(args[1]));
      return;
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path assessments = dir.resolve("assessments.csv");
    try (InputStream in = Main.class.getResourceAsStream("demo/synthetic-assessments.csv")) {
      Files.copy(in, assessments, StandardCopyOption.REPLACE_EXISTING);
    }
    StringBuilder ratings = new StringBuilder("unit,rater,value\n");
    StringBuilder pairs = new StringBuilder("id,x,y\n");
    for (int u = 0; u < 60; u++) {
      for (int r = 0; r < 3; r++) {
        ratings.append('u').append(u).append(",r").append(r).append(',').append((u * 7 + r * (u % 3)) % 4).append('\n');
      }
      pairs.append(u).append(',').append(u * 0.37 % 5 / 5).append(',').append((u * u) % 11 - 0.5).append('\n');
    }
    Path ratingsFile = Files.writeString(dir.resolve("ratings.csv"), ratings);
    Path pairsFile = Files.writeString(dir.resolve("pairs.csv"), pairs);
    String a = assessments.toString();
    String[][] cases = {
        {"--help"},
        {"--version"},
        {"demo"},
        {"score", "--instrument", "LOSI-2024", "--assessments", a, "--format", "csv", "--out",
            dir.resolve("scores.csv").toString()},
        {"score", "--instrument", "LOSI-2024", "--assessments", a, "--format", "json"},
        {"agreement", "--assessments", a, "--format", "json"},
        {"agreement", "--data", ratingsFile.toString(), "--level", "nominal", "--format", "json"},
        {"agreement", "--data", ratingsFile.toString(), "--level", "ordinal"},
        {"correlate", "--data", pairsFile.toString(), "--x", "x", "--y", "y", "--format", "json"},
        {"correlate", "--data", pairsFile.toString(), "--x", "x", "--y", "y"},
        {"instrument", "show", "LOSI-2024", "--format", "csv"},
        {"classify", "--data", pairsFile.toString(), "--column", "x", "--id-column", "id"},
        {"agreement", "--data", dir.resolve("absent.csv").toString(), "--level", "nominal"}};
    PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    for (String[] c : cases) {
      StringWriter err = new StringWriter();
      int code = Main.commandLine(c, none, new PrintWriter(err, true), false).execute(c);
      boolean bad = String.join(" ", c).contains("absent.csv");
      if (code != (bad ? LosiCommand.BAD_INPUT : LosiCommand.OK)) {
        throw new IllegalStateException("losi " + String.join(" ", c) + " exited with " + code + ":\n" + err);
      }
    }
    // Classes that the cases load in some runs and not in others (they depend on thread timing), and the
    // classes of the parallel paths (two threads from 1 MiB of reliability data or 50,000 pairs), which the
    // small cases on one processor never take: loaded always, so the recorded set is the same in every build
    // and the archive holds what a large agreement --data or correlate --data run loads.
    // The names are JDK 17's (measured there); other JDKs name their internal nested classes differently (JDK
    // 25 has no ForkJoinPool$DefaultCommonPoolForkJoinWorkerThreadFactory), so a name missing on another JDK
    // is skipped, and only on JDK 17 is a missing one an error (the list would then be out of date).
    boolean measuredHere = Runtime.version().feature() == 17;
    for (String name : TIMING_DEPENDENT) {
      try {
        Class.forName(name, false, ClassListRun.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        if (measuredHere) {
          throw new IllegalStateException("a JDK class is missing: " + name, e);
        }
      }
    }
  }

  private static final String[] TIMING_DEPENDENT = {"java.util.DualPivotQuicksort$Sorter",
      "java.util.concurrent.CountedCompleter", "java.util.concurrent.ForkJoinTask", "java.util.concurrent.Future",
      // the common fork-join pool and its first task (measured with -Xlog:class+load on agreement --data,
      // 100k x 5, and correlate --data, n = 1M: 22 classes from outside the archive before this list)
      "java.util.concurrent.ForkJoinPool", "java.util.concurrent.ForkJoinPool$1",
      "java.util.concurrent.ForkJoinPool$ForkJoinWorkerThreadFactory",
      "java.util.concurrent.ForkJoinPool$DefaultForkJoinWorkerThreadFactory",
      "java.util.concurrent.ForkJoinPool$DefaultCommonPoolForkJoinWorkerThreadFactory",
      "java.util.concurrent.ForkJoinPool$DefaultCommonPoolForkJoinWorkerThreadFactory$1",
      "java.util.concurrent.ForkJoinPool$WorkQueue", "java.util.concurrent.ForkJoinTask$AdaptedCallable",
      "java.util.concurrent.ForkJoinTask$Aux", "java.util.concurrent.ForkJoinWorkerThread",
      "java.util.concurrent.RunnableFuture", "java.util.concurrent.AbstractExecutorService",
      "java.util.concurrent.ThreadLocalRandom", "jdk.internal.util.random.RandomSupport",
      "java.lang.invoke.VarHandleInts$FieldInstanceReadOnly", "java.lang.invoke.VarHandleInts$FieldInstanceReadWrite",
      "java.lang.invoke.VarHandleInts$FieldStaticReadOnly", "java.lang.invoke.VarHandleInts$FieldStaticReadWrite",
      "java.lang.invoke.VarHandleLongs$FieldInstanceReadOnly", "java.lang.invoke.VarHandleLongs$FieldInstanceReadWrite",
      // the byte-level score of a large long CSV file (many cities in one hash bin)
      "java.util.concurrent.ConcurrentHashMap$TreeBin", "java.util.concurrent.ConcurrentHashMap$TreeNode",
      // loaded with ScopedMemoryAccess in one build and not in the next (the CI reproducibility check of the
      // sixth integration: the distributions differed in this one line of lib/losi.classlist)
      "jdk.internal.misc.ScopedMemoryAccess", "jdk.internal.misc.ScopedMemoryAccess$Scope"};

  /** The {@code @} tags of a class list that Java 17's archive dump reads. */
  static final java.util.Set<String> JAVA_17_TAGS = java.util.Set.of("@lambda-proxy", "@lambda-form-invoker");

  /**
   * Rewrites a recorded class list in a fixed order: comments as recorded, classes sorted, then the {@code @} lines
   * of {@link #JAVA_17_TAGS} sorted.
   */
  static void normalise(Path list) throws IOException {
    java.util.List<String> comments = new java.util.ArrayList<>();
    java.util.TreeSet<String> classes = new java.util.TreeSet<>();
    java.util.TreeSet<String> at = new java.util.TreeSet<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        comments.add(line);
      } else if (line.startsWith("@")) {
        if (JAVA_17_TAGS.contains(line.split(" ", 2)[0])) {
          at.add(line);
        }
      } else if (!line.isBlank()) {
        classes.add(line);
      }
    }
    StringBuilder out = new StringBuilder();
    for (java.util.Collection<String> part : java.util.List.of(comments, classes, at)) {
      for (String line : part) {
        out.append(line).append('\n');
      }
    }
    Files.writeString(list, out, StandardCharsets.UTF_8);
  }
}
