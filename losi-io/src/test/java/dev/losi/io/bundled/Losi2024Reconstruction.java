package dev.losi.io.bundled;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Generates the bundled {@code LOSI-2024} instrument JSON and the indicator table of
 * {@code docs/instruments.md} from the one reviewable reconstruction table
 * {@code src/test/resources/dev/losi/io/bundled/losi-2024-reconstruction.csv}.
 *
 * <p>{@link Losi2024ReconstructionTest} fails when the committed JSON or the documentation table differ
 * from what this class generates, so the three cannot drift apart. To regenerate after editing the
 * table, run from the repository root:
 *
 * <pre>
 * mvn -B -q -pl losi-io -am test -Dtest=Losi2024ReconstructionTest -Dsurefire.failIfNoSpecifiedTests=false -Dlosi.regenerate=true
 * </pre>
 *
 * or run {@link #main(String[])} with the {@code losi-io} module directory as working directory.
 */
final class Losi2024Reconstruction {

  /** The reconstruction table, on the test class path. */
  static final String TABLE_RESOURCE = "/dev/losi/io/bundled/losi-2024-reconstruction.csv";
  /** The bundled instrument, on the class path (what the catalogue ships). */
  static final String JSON_RESOURCE = "/dev/losi/io/instruments/LOSI-2024.json";
  /** The bundled instrument's source file, relative to the losi-io module directory. */
  static final Path JSON_SOURCE = Path.of("src/main/resources/dev/losi/io/instruments/LOSI-2024.json");
  /** The documentation page, relative to the losi-io module directory. */
  static final Path DOCS = Path.of("../docs/instruments.md");

  static final String BEGIN = "<!-- BEGIN GENERATED indicator table: Losi2024Reconstruction; edit the CSV, not this table -->";
  static final String END = "<!-- END GENERATED indicator table -->";

  static final String PROVENANCE = "Indicator codes, questionnaire order and toolkit modules: UN DESA / UNU-EGOV "
      + "Local E-Government Toolkit (LOSI 2024 questionnaire), as extracted in the public repository "
      + "nithinrightagents/UN-POC (data/questionnaires/templates/un_losi_2024_master.json). Criterion totals "
      + "(IF 8, CP 32, SP 22, PE 18, TEC 15) and the 31 channel-independent / 64 MGP-specific split: LOSI 2024 "
      + "methodology as stated for this project. Not published per indicator and therefore reconstructed by the "
      + "LOSI SDK editors: the criterion of the 10 e-government literacy items, every channel scope, code #235 "
      + "(printed as a second #236 in the toolkit), and all titles and descriptions. See docs/instruments.md.";

  static final String TITLE_REASON = "short title written by the LOSI SDK editors from the toolkit's description; "
      + "official titles were not extractable";

  static final List<String[]> CRITERIA = List.of(
      new String[] {"IF", "Institutional Framework"},
      new String[] {"CP", "Content Provision"},
      new String[] {"SP", "Services Provision"},
      new String[] {"PE", "Participation and Engagement"},
      new String[] {"TEC", "Technology"});

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Losi2024Reconstruction() {}

  /** Reads the reconstruction table from the test class path. */
  static CsvTable table() {
    try (InputStream in = Losi2024Reconstruction.class.getResourceAsStream(TABLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + TABLE_RESOURCE);
      }
      return CsvTable.parse(TABLE_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The toolkit module as a tag, for example {@code toolkit:e-government-literacy}. */
  static String moduleTag(String module) {
    return "toolkit:" + module.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
  }

  /** The instrument document in the agreed JSON shape. */
  static ObjectNode json(CsvTable table) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", 1);
    root.put("id", "LOSI-2024");
    root.put("editionYear", 2024);
    root.put("title", "Local Online Service Index 2024");
    root.put("provenance", PROVENANCE);
    ArrayNode criteria = root.putArray("criteria");
    for (String[] c : CRITERIA) {
      criteria.addObject().put("code", c[0]).put("name", c[1]);
    }
    ArrayNode indicators = root.putArray("indicators");
    for (Map<String, String> row : table.rows()) {
      ObjectNode i = indicators.addObject();
      i.put("code", row.get("code"));
      i.put("title", row.get("title"));
      i.put("description", row.get("description"));
      i.put("criterion", row.get("criterion"));
      i.put("channelScope", row.get("channel_scope"));
      i.put("weight", 1);
      ArrayNode tags = i.putArray("tags");
      tags.add(moduleTag(row.get("toolkit_module")));
      for (String extra : row.get("extra_tags").split(";")) {
        if (!extra.isBlank()) {
          tags.add(extra.strip());
        }
      }
      ArrayNode prov = i.putArray("provenance");
      provenance(prov, "code", row.get("code_status"), row.get("code_reason"));
      provenance(prov, "title", "RECONSTRUCTED", TITLE_REASON);
      provenance(prov, "criterion", row.get("criterion_status"), row.get("criterion_reason"));
      provenance(prov, "channelScope", "RECONSTRUCTED", row.get("channel_scope_reason"));
    }
    return root;
  }

  private static void provenance(ArrayNode prov, String field, String status, String reason) {
    prov.addObject().put("field", field).put("status", status).put("reason", reason);
  }

  /** Pretty JSON with two-space indentation, LF line ends and a final newline. */
  static String render(ObjectNode root) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Markdown table of all indicators for docs/instruments.md, between the markers. */
  static String markdownTable(CsvTable table) {
    StringBuilder md = new StringBuilder();
    md.append(BEGIN).append('\n');
    md.append("| # | Code | Title | Toolkit module | Criterion | Channel scope | Status: code / criterion / scope "
        + "| Why this channel scope |\n");
    md.append("|---:|---|---|---|---|---|---|---|\n");
    int n = 0;
    for (Map<String, String> row : table.rows()) {
      n++;
      md.append("| ").append(n)
          .append(" | `").append(row.get("code")).append('`')
          .append(" | ").append(cell(row.get("title")))
          .append(" | ").append(cell(row.get("toolkit_module")))
          .append(" | ").append(row.get("criterion"))
          .append(" | ").append("MGP_SPECIFIC".equals(row.get("channel_scope")) ? "MGP-specific" : "channel-independent")
          .append(" | ").append(letter(row.get("code_status"))).append(" / ")
          .append(letter(row.get("criterion_status"))).append(" / ").append(letter("RECONSTRUCTED"))
          .append(" | ").append(cell(row.get("channel_scope_reason")))
          .append(" |\n");
    }
    md.append(END).append('\n');
    return md.toString();
  }

  private static String letter(String status) {
    return switch (status) {
      case "PUBLISHED" -> "P";
      case "RECONSTRUCTED" -> "**R**";
      default -> throw new IllegalArgumentException("unknown provenance status " + status);
    };
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** The documentation page with its generated section replaced by {@code table}. */
  static String withTable(String page, String table) {
    int b = page.indexOf(BEGIN);
    int e = page.indexOf(END);
    if (b < 0 || e < b) {
      throw new IllegalStateException(DOCS + " lacks the markers " + BEGIN + " ... " + END);
    }
    int afterEnd = page.indexOf('\n', e);
    afterEnd = afterEnd < 0 ? page.length() : afterEnd + 1;
    return page.substring(0, b) + table + page.substring(afterEnd);
  }

  /** Writes the JSON source file and the documentation table. */
  static void write() throws IOException {
    CsvTable table = table();
    Files.writeString(JSON_SOURCE, render(json(table)), StandardCharsets.UTF_8);
    String page = Files.readString(DOCS, StandardCharsets.UTF_8);
    Files.writeString(DOCS, withTable(page, markdownTable(table)), StandardCharsets.UTF_8);
  }

  /** Regenerates the committed files; run with the losi-io module directory as working directory. */
  public static void main(String[] args) throws IOException {
    write();
  }
}
