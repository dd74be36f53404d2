package dev.losi.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated table of reference values kept as a test resource beside the test that reads
 * it (values computed by another implementation, with how in the test's comment). Test scope only.
 *
 * @since 0.1.0
 */
public final class TsvResource {

  private TsvResource() {}

  /**
   * The rows below the header line, each split at every tab (empty fields kept), read as UTF-8.
   *
   * @param anchor the class beside whose package the resource lies
   * @param name the resource name relative to {@code anchor}
   * @return the rows, in file order
   * @throws IOException when the resource cannot be read
   * @throws IllegalArgumentException when there is no such resource
   */
  public static List<String[]> rows(Class<?> anchor, String name) throws IOException {
    InputStream in = anchor.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("no resource " + name + " beside " + anchor.getName());
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        rows.add(line.split("\t", -1));
      }
    }
    return rows;
  }
}
