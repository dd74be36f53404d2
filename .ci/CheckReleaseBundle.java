import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks a deployed release in the layout of a Central bundle (run by .ci/check-release-bundle; JDK only).
 *
 * <p>Usage: {@code java CheckReleaseBundle.java <repository> <version> <project dir>}. The published modules
 * are read from the project: the root POM and every module listed in it, except those that set
 * {@code maven.deploy.skip} to true. For each one the bundle must hold {@code dev/losi/<artifactId>/<version>/}
 * with the POM and, for jar modules, the jar, the sources jar (with .java files) and the Javadoc jar (with
 * index.html); every file needs .asc, .md5 and .sha1, and the checksums must match. Unpublished modules must be
 * absent, every published POM must carry the metadata Central requires (name, description, url, licenses,
 * developers, scm url; children may inherit them from losi-parent), and losi-bom must manage every published
 * module. Prints one line per module and a closing "N passed, N failed" line; exits 1 on any failure.
 */
public final class CheckReleaseBundle {

  private static final List<String> failures = new ArrayList<>();
  private static int passed;

  public static void main(String[] args) throws Exception {
    Path bundle = Path.of(args[0]);
    String version = args[1];
    Path project = Path.of(args[2]);

    Document rootPom = parse(project.resolve("pom.xml"));
    List<String> published = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    published.add(text(rootPom.getDocumentElement(), "artifactId"));
    for (Element m : children(child(rootPom.getDocumentElement(), "modules"), "module")) {
      Document pom = parse(project.resolve(m.getTextContent().trim()).resolve("pom.xml"));
      Element props = child(pom.getDocumentElement(), "properties");
      Element skip = props == null ? null : child(props, "maven.deploy.skip");
      String artifactId = text(pom.getDocumentElement(), "artifactId");
      if (skip != null && skip.getTextContent().trim().equals("true")) {
        skipped.add(artifactId);
      } else {
        published.add(artifactId);
      }
    }

    Path group = bundle.resolve("dev/losi");
    Set<String> present = Files.isDirectory(group)
        ? Files.list(group).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new))
        : new TreeSet<>();
    for (String a : skipped) {
      check(!present.contains(a), a + ": not published (maven.deploy.skip), and absent from the bundle");
    }
    Set<String> unexpected = new TreeSet<>(present);
    published.forEach(unexpected::remove);
    check(unexpected.isEmpty(), "no artifact outside the published modules (found " + unexpected + ")");

    Element parentPom = rootPom.getDocumentElement();
    for (String a : published) {
      Path dir = group.resolve(a).resolve(version);
      if (!Files.isDirectory(dir)) {
        check(false, a + ": missing from the bundle (" + dir + ")");
        continue;
      }
      String base = a + "-" + version;
      Document pom = parse(dir.resolve(base + ".pom"));
      Element p = pom.getDocumentElement();
      String packaging = text(p, "packaging");
      List<String> problems = new ArrayList<>();
      List<String> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.map(f -> f.getFileName().toString()).sorted().toList();
      }
      List<String> required = new ArrayList<>(List.of(base + ".pom"));
      if (packaging == null || packaging.equals("jar")) {
        required.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
      }
      for (String r : required) {
        if (!files.contains(r)) {
          problems.add("no " + r);
        }
      }
      int artifacts = 0;
      for (String f : files) {
        if (f.matches(".*\\.(asc|md5|sha1|sha256|sha512)$")) {
          continue;
        }
        artifacts++;
        byte[] bytes = Files.readAllBytes(dir.resolve(f));
        for (String ext : List.of("asc", "md5", "sha1")) {
          if (!files.contains(f + "." + ext)) {
            problems.add(f + " has no ." + ext);
          }
        }
        checksum(dir, f, "md5", "MD5", bytes, problems);
        checksum(dir, f, "sha1", "SHA-1", bytes, problems);
      }
      if (files.contains(base + "-sources.jar") && entries(dir.resolve(base + "-sources.jar"), ".java") == 0) {
        problems.add(base + "-sources.jar holds no .java file");
      }
      if (files.contains(base + "-javadoc.jar") && entries(dir.resolve(base + "-javadoc.jar"), "index.html") == 0) {
        problems.add(base + "-javadoc.jar holds no index.html");
      }
      for (String field : List.of("name", "description", "url", "licenses", "developers", "scm")) {
        if (child(p, field) == null && (a.equals("losi-bom") || child(parentPom, field) == null)) {
          problems.add("POM has no <" + field + "> (nor inherits one)");
        }
      }
      if (a.equals("losi-bom")) {
        Set<String> managed = new TreeSet<>();
        for (Element d : children(child(child(p, "dependencyManagement"), "dependencies"), "dependency")) {
          managed.add(text(d, "artifactId"));
        }
        for (String other : published) {
          if (!other.equals("losi-bom") && !other.equals(text(parentPom, "artifactId")) && !managed.contains(other)) {
            problems.add("losi-bom does not manage " + other);
          }
        }
      }
      check(problems.isEmpty(), a + ": " + artifacts + " artifacts, each with .asc, .md5 and .sha1"
          + (problems.isEmpty() ? "" : "; problems: " + problems));
    }
    System.out.println("release bundle: " + passed + " passed, " + failures.size() + " failed");
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }

  private static void checksum(Path dir, String f, String ext, String algorithm, byte[] bytes, List<String> problems)
      throws IOException, NoSuchAlgorithmException {
    Path sum = dir.resolve(f + "." + ext);
    if (Files.exists(sum)) {
      String expected = HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
      String actual = Files.readString(sum).trim().split("\\s+")[0];
      if (!expected.equalsIgnoreCase(actual)) {
        problems.add(f + "." + ext + " does not match the file");
      }
    }
  }

  private static long entries(Path jar, String suffix) throws IOException {
    try (ZipFile z = new ZipFile(jar.toFile())) {
      return z.stream().filter(e -> e.getName().endsWith(suffix)).count();
    }
  }

  private static void check(boolean ok, String what) {
    System.out.println((ok ? "ok   " : "FAIL ") + what);
    if (ok) {
      passed++;
    } else {
      failures.add(what);
    }
  }

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(pom.toFile());
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().trim();
  }
}
