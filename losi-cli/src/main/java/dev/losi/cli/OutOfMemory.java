package dev.losi.cli;

import dev.losi.cli.internal.Output;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The message for a run that ran out of memory: what happened, the size of the inputs, the heap the JVM
 * had, and the {@code -Xmx} to try (four times the current heap, at least 1 GiB).
 */
final class OutOfMemory {

  private static final long MIB = 1024L * 1024L;

  private OutOfMemory() {}

  static String message(CommandSpec spec) {
    long inputBytes = 0;
    int files = 0;
    for (ArgSpec a : spec.args()) {
      if (a.isOption() && CommandPaths.OUTPUT_OPTIONS.contains(((picocli.CommandLine.Model.OptionSpec) a).longestName())) {
        continue;
      }
      Object v = a.getValue();
      Collection<?> values = v instanceof Collection<?> c ? c : java.util.Collections.singletonList(v);
      for (Object x : values) {
        if (x instanceof Path p && !Output.isStandardStream(p) && Files.isRegularFile(p)) {
          try {
            inputBytes += Files.size(p);
            files++;
          } catch (java.io.IOException e) {
            // size unknown: leave it out
          }
        }
      }
    }
    long heap = Runtime.getRuntime().maxMemory();
    String command = LosiCommand.words(spec);
    long suggest = Math.max(1024, ceilPowerOfTwo(4 * heap / MIB));
    return String.format(Locale.ROOT,
        "losi %s: out of memory: the inputs (%d file%s, %s) did not fit in the Java heap of %s; nothing was"
            + " written. Run with a larger heap, for example: java -Xmx%s -jar losi.jar %s ... (with bin/losi:"
            + " JAVA_OPTS=-Xmx%s losi %s ...)",
        command, files, files == 1 ? "" : "s", size(inputBytes), size(heap), gigs(suggest), command,
        gigs(suggest), command);
  }

  private static long ceilPowerOfTwo(long v) {
    long p = 1;
    while (p < v) {
      p <<= 1;
    }
    return p;
  }

  private static String gigs(long mib) {
    return mib % 1024 == 0 ? (mib / 1024) + "g" : mib + "m";
  }

  private static String size(long bytes) {
    if (bytes >= 1024 * MIB) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * MIB));
    }
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
  }
}
