package dev.losi.io.internal;

import com.fasterxml.jackson.core.Version;

/**
 * Internal, not API: the check that the Jackson on the class or module path is one losi-io supports.
 *
 * <p>losi-io supports Jackson 2.16 up to, not including, 3.0: it bounds document length with
 * {@code StreamReadConstraints.Builder.maxDocumentLength}, added in 2.16. With an older jackson-core (Spring Boot
 * 3.2 manages 2.15) the first JSON use would otherwise fail with a bare {@link NoSuchMethodError}; this check
 * turns that into an {@link IllegalStateException} that names both versions and the fix. Jackson 3 has other
 * package names ({@code tools.jackson}) and is not used by losi-io; see {@code docs/compatibility.md}.
 *
 * @since 0.1.0
 */
public final class JacksonVersion {

  /** The oldest supported minor version of Jackson 2, inclusive. */
  static final int MIN_MINOR = 16;

  private static volatile boolean checked;

  private JacksonVersion() {}

  /**
   * Checks once that jackson-core and jackson-databind are 2.16 or newer 2.x.
   *
   * @throws IllegalStateException naming the versions found and the supported range
   */
  public static void requireSupported() {
    if (checked) {
      return;
    }
    String problem = problem(com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    checked = true;
  }

  /** The message for an unsupported pair of versions, or {@code null} when both are supported. */
  static String problem(Version core, Version databind) {
    if (supported(core) && supported(databind)) {
      return null;
    }
    return "losi-io needs Jackson 2.16 or newer 2.x (supported: [2.16, 3.0)), but found jackson-core " + core
        + " and jackson-databind " + databind + " on the class path. Another dependency or a BOM (for example"
        + " Spring Boot 3.2's, which manages Jackson 2.15) chose the older version: set Jackson to 2.16 or newer"
        + " (for example the com.fasterxml.jackson:jackson-bom version, or the jackson-bom.version property of"
        + " Spring Boot).";
  }

  private static boolean supported(Version v) {
    return v.getMajorVersion() == 2 && v.getMinorVersion() >= MIN_MINOR;
  }
}
