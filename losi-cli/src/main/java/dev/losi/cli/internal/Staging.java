package dev.losi.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files being written, deleted by a shutdown hook when the JVM ends on a normal termination
 * signal (SIGTERM, SIGINT) before they were moved into place. SIGKILL cannot be caught: a killed run may
 * leave a hidden {@code .NAME.*.tmp} file beside its output.
 */
final class Staging {

  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Staging::deleteQuietly), "losi-cleanup"));
  }

  private Staging() {}

  static void track(Path tmp) {
    LIVE.add(tmp);
  }

  static void untrack(Path tmp) {
    LIVE.remove(tmp);
  }

  static void delete(Path tmp) {
    deleteQuietly(tmp);
    LIVE.remove(tmp);
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException e) {
      // Best effort: the file is hidden and named after the output it was for.
    }
  }
}
