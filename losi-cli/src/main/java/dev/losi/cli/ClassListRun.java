package dev.losi.cli;

import dev.losi.core.Indicator;
import dev.losi.core.Instrument;
import dev.losi.io.Instruments;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A build step, not a command: runs a small case of the common commands in-process (help, version, demo,
 * score, agreement on assessments and on reliability data, correlate, instrument, classify), so that a JVM
 * started with {@code -XX:DumpLoadedClassList=FILE} lists the classes they load. The package phase writes
 * that list into the distribution ({@code lib/losi.classlist}), and {@code bin/losi} makes its AppCDS archive
 * from it on its first run, whichever command that run is. Its output is thrown away; a failing case fails
 * the build.
 *
 * <p>{@code ClassListRun --large DIR}, in a JVM of its own started with two processors
 * ({@code -XX:ActiveProcessorCount=2}, whatever the build machine has), runs the same commands on inputs large
 * enough for their parallel paths: the long CSV read in two parts, the review's views and the review JSON's
 * parts on the common pool, the parallel correlation. The small cases (on one processor, so that no path
 * depends on thread timing) never take those paths, and a lambda that no recorded run links is spun at run
 * time, with the JDK's bytecode generator running in the interpreter (measured in docs/performance.md).
 *
 * <p>{@code ClassListRun --normalise FILE [MORE...]}, run after them in a JVM of its own, merges the recorded
 * lists into the first and sorts it (class names first, then the {@code @} lines, each sorted, repeats
 * dropped), because the commands load classes on more than one thread and the order the JVM records them in
 * varies from build to build, which would make the distribution differ between two builds of the same commit.
 * It keeps only the {@code @} lines that Java 17 reads ({@code @lambda-proxy}, {@code @lambda-form-invoker}): a
 * list recorded by a newer JDK also holds {@code @cp} lines, which Java 17's archive dump refuses ("class list
 * format error"), so that a distribution built on Java 21 or 25 and run on 17 would lose its archive. For the
 * same reason, and because two recorded lists number their classes independently, it drops the {@code id: N}
 * that Java 21 and later write after each class name: the numbers only serve classes of other class loaders,
 * which losi's list does not hold, and two lists merged would give one number to two classes.
 */
final class ClassListRun {

  private ClassListRun() {}

  /**
   * Runs the cases in a new directory under {@code args[0]}.
   *
   * @throws IOException when the inputs cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("--normalise")) {
      List<Path> more = new ArrayList<>();
      for (int i = 2; i < args.length; i++) {
        more.add(Path.of(args[i]));
      }
      normalise(Path.of(args[1]), more);
      return;
    }
    if (args.length == 2 && args[0].equals("--large")) {
      large(Files.createDirectories(Path.of(args[1])));
      return;
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path assessments = dir.resolve("assessments.csv");
    try (InputStream in = Main.class.getResourceAsStream("demo/synthetic-assessments.csv")) {
      Files.copy(in, assessments, StandardCopyOption.REPLACE_EXISTING);
    }
    StringBuilder ratings = new StringBuilder("unit,rater,value\n");
    for (int u = 0; u < 60; u++) {
      for (int r = 0; r < 3; r++) {
        ratings.append('u').append(u).append(",r").append(r).append(',').append((u * 7 + r * (u % 3)) % 4).append('\n');
      }
    }
    Path ratingsFile = Files.writeString(dir.resolve("ratings.csv"), ratings);
    Path pairsFile = pairs(dir, 60);
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
    run(cases);
    loadTimingDependent();
  }

  /** Runs each case in-process; only a case naming {@code absent.csv} is expected to fail (exit 2). */
  private static void run(String[][] cases) {
    Main.startUpProperties(); // as a run of bin/losi has them
    PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    for (String[] c : cases) {
      StringWriter err = new StringWriter();
      int code = Main.commandLine(c, none, new PrintWriter(err, true), false).execute(c);
      boolean bad = String.join(" ", c).contains("absent.csv");
      if (code != (bad ? LosiCommand.BAD_INPUT : LosiCommand.OK)) {
        throw new IllegalStateException("losi " + String.join(" ", c) + " exited with " + code + ":\n" + err);
      }
    }
  }

  /**
   * The large cases ({@code --large}): agreement on assessments and score on a generated long CSV of
   * {@value #LARGE_CITIES} cities with two assessors each (over 8 MiB, so that two processors read it in two
   * parts, and {@value #LARGE_CITIES} x 95 items, over the 50,000 from which the review runs on the pool), and
   * correlate on {@value #LARGE_PAIRS} pairs (over 1 MiB and 50,000 pairs, the parallel read and coefficients).
   *
   * @throws IllegalStateException when the generated file is too small for the parallel read, or a case fails
   */
  private static void large(Path dir) throws IOException {
    Instrument ins = Instruments.load("LOSI-2024");
    Path assessments = dir.resolve("assessments.csv");
    try (Writer w = Files.newBufferedWriter(assessments, StandardCharsets.UTF_8)) {
      w.write("city_id,city_name,country,assessor,indicator,value,evidence_channel,evidence_url,note\n");
      long x = 1;
      List<Indicator> indicators = ins.indicators();
      int[] draw = new int[indicators.size()];
      for (int c = 1; c <= LARGE_CITIES; c++) {
        for (int i = 0; i < draw.length; i++) {
          x = x * 6364136223846793005L + 1442695040888963407L; // Knuth's MMIX generator: the same file every build
          draw[i] = (int) (x >>> 33);
        }
        for (int a = 0; a < 2; a++) {
          for (int i = 0; i < draw.length; i++) {
            // present in 55 of 100 draws, on the portal mostly; the second assessor differs in 6 of 100
            boolean present = draw[i] % 100 < 55 ^ (a == 1 && draw[i] / 100 % 100 < 6);
            w.write("C" + c + ",City " + c + "," + (c % 2 == 0 ? "JOR" : "TUN") + "," + (a == 0 ? "A" : "B") + ","
                + indicators.get(i).code() + "," + (present ? "1," + (draw[i] % 100 < 50 ? "MGP" : "SOCIAL_MEDIA")
                : "0,") + ",,\n");
          }
        }
      }
    }
    if (Files.size(assessments) < 2 * LARGE_PART) {
      throw new IllegalStateException(assessments + " has " + Files.size(assessments) + " bytes, fewer than the "
          + 2 * LARGE_PART + " that two parts need");
    }
    Path pairsFile = pairs(dir, LARGE_PAIRS);
    if (Files.size(pairsFile) < (1 << 20)) {
      throw new IllegalStateException(pairsFile + " is smaller than the 1 MiB of the parallel read");
    }
    String a = assessments.toString();
    run(new String[][] {
        {"agreement", "--assessments", a, "--format", "json", "--out", dir.resolve("agreement.json").toString()},
        {"score", "--instrument", "LOSI-2024", "--assessments", a, "--format", "csv", "--out",
            dir.resolve("scores.csv").toString()},
        {"correlate", "--data", pairsFile.toString(), "--x", "x", "--y", "y", "--format", "json"}});
    loadTimingDependent();
    for (String f : new String[] {"assessments.csv", "pairs.csv", "agreement.json", "scores.csv"}) {
      Files.delete(dir.resolve(f)); // about 20 MB that nothing reads
    }
  }

  /** Writes {@code n} pairs (columns {@code id,x,y}, the same values in every build) to {@code dir/pairs.csv}. */
  private static Path pairs(Path dir, int n) throws IOException {
    StringBuilder pairs = new StringBuilder("id,x,y\n");
    for (int u = 0; u < n; u++) {
      pairs.append(u).append(',').append(u * 0.37 % 5 / 5).append(',').append((u * (long) u) % 11 - 0.5).append('\n');
    }
    return Files.writeString(dir.resolve("pairs.csv"), pairs);
  }

  /** Cities of the large case: two assessors each, 95 indicators, about 9 MB. */
  static final int LARGE_CITIES = 1_500;
  /** Pairs of the large correlate case. */
  static final int LARGE_PAIRS = 60_000;
  /** The long CSV reader's smallest part (its {@code LongCsvParts.MIN_PART}), in bytes. */
  private static final long LARGE_PART = 4L << 20;

  /** Loads the classes of {@link #TIMING_DEPENDENT}, so that every recorded list holds them. */
  private static void loadTimingDependent() {
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
      "jdk.internal.misc.ScopedMemoryAccess", "jdk.internal.misc.ScopedMemoryAccess$Scope",
      // a thread that waits for another's result (the large cases: a part of the read or of the review JSON,
      // the city intervals beside the review), which happens or not with the timing
      "java.util.concurrent.FutureTask$WaitNode", "java.util.concurrent.CompletableFuture$Signaller",
      "java.util.concurrent.ForkJoinPool$ManagedBlocker",
      "java.util.concurrent.locks.AbstractQueuedSynchronizer$Node",
      "java.util.concurrent.locks.AbstractQueuedSynchronizer$ExclusiveNode",
      "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionNode",
      "java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject"};

  /** The {@code @} tags of a class list that Java 17's archive dump reads. */
  static final Set<String> JAVA_17_TAGS = Set.of("@lambda-proxy", "@lambda-form-invoker");

  /**
   * Rewrites a recorded class list in a fixed order, merged with the lists {@code more}: comments as recorded in
   * {@code list}, classes sorted (without the {@code id: N} of Java 21 and later), then the {@code @} lines of
   * {@link #JAVA_17_TAGS} sorted.
   */
  static void normalise(Path list, List<Path> more) throws IOException {
    List<String> comments = new ArrayList<>();
    TreeSet<String> classes = new TreeSet<>();
    TreeSet<String> at = new TreeSet<>();
    List<Path> all = new ArrayList<>(List.of(list));
    all.addAll(more);
    for (Path p : all) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (line.startsWith("#")) {
          if (p.equals(list)) {
            comments.add(line);
          }
        } else if (line.startsWith("@")) {
          if (JAVA_17_TAGS.contains(line.split(" ", 2)[0])) {
            at.add(line);
          }
        } else if (!line.isBlank()) {
          classes.add(ID.matcher(line).replaceFirst(""));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (Collection<String> part : List.of(comments, classes, at)) {
      for (String line : part) {
        out.append(line).append('\n');
      }
    }
    Files.writeString(list, out, StandardCharsets.UTF_8);
  }

  /** The class number that Java 21 and later write after a class name. */
  private static final Pattern ID = Pattern.compile(" id: [0-9]+$");
}
