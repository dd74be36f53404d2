package dev.losi.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests (Debian's {@code chromium} package). Without it the tests are
 * skipped, saying why; when the environment variable {@code CI} is set, a missing browser is a failure.
 */
final class Chromium {

  private final Path executable;
  private final Path profile;

  private Chromium(Path executable, Path profile) {
    this.executable = executable;
    this.profile = profile;
  }

  /** The browser, or the test is skipped (locally) or fails (under CI). */
  static Chromium require(Path tmp) throws IOException {
    Optional<Path> exe = find();
    if (exe.isEmpty()) {
      String why = "chromium (or chromium-browser) is not on the PATH; install Debian's chromium package"
          + " (apt-get install chromium) to run the browser tests";
      if (System.getenv("CI") != null) {
        fail("CI is set and " + why);
      }
      Assumptions.abort("skipped: " + why);
    }
    return new Chromium(exe.get(), Files.createDirectories(tmp.resolve("profile")));
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Prints the page to a PDF file (A4 from the page's own {@code @page} rule, no header or footer). */
  void printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
    run(html, "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
  }

  /** Takes a PNG screenshot of the top of the page at this window size. */
  void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
    run(html, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");
  }

  /** The DOM after the page loaded (and any test-only script in it ran), at this window width. */
  String dumpDom(Path html, int width) throws IOException, InterruptedException {
    return run(html, "--dump-dom", "--window-size=" + width + ",1000");
  }

  private String run(Path html, String... extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(html.toUri().toString());
    Path out = Files.createTempFile(profile.getParent(), "stdout", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 60 s: " + cmd);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
