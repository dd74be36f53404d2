package dev.losi.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Write-to-temp-then-move: content replaced whole, nothing left behind on failure (both variants). */
class AtomicFilesTest {

  @TempDir
  Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path f = dir.resolve("out.txt");
    Files.writeString(f, "old content that is longer");
    AtomicFiles.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertEquals("new", Files.readString(f));
    assertEquals(List.of("out.txt"), names());
  }

  @Test
  void failingBodyKeepsTheOldFileAndRemovesTheTemporaryFile() throws IOException {
    Path f = dir.resolve("out.txt");
    Files.writeString(f, "old");
    AtomicFiles.Body failing = out -> {
      out.write("partial".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    };
    IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, failing));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(f));
    assertEquals(List.of("out.txt"), names());
  }

}
