package dev.losi.io;

/**
 * Checks, while an XLSX zip is inflated before parsing, that every shared-string cell of the sheets
 * ({@code <c t="s"><v>N</v></c>}) refers to an entry of the shared-string table
 * ({@code xl/sharedStrings.xml}, one {@code <si>} per string). A workbook whose table is missing or too
 * short is damaged: its text cells would read as blank, one problem per cell. Fed byte by byte, it holds
 * no more than one tag. Not thread-safe.
 */
final class SharedStringCheck {

  private static final int MAX_TAG = 4096;

  /** What the bytes fed belong to. */
  enum Part { SHEET, SHARED_STRINGS, OTHER }

  private final StringBuilder tag = new StringBuilder();
  private boolean inTag;
  private boolean sharedCell;
  private boolean inValue;
  private long value;
  private long maxIndex = -1;
  private long strings;
  private boolean tablePresent;
  private Part part = Part.OTHER;

  /** Starts a zip entry. */
  void start(String entryName) {
    part = entryName.startsWith("xl/worksheets/") && entryName.endsWith(".xml") ? Part.SHEET
        : entryName.equals("xl/sharedStrings.xml") ? Part.SHARED_STRINGS : Part.OTHER;
    tablePresent |= part == Part.SHARED_STRINGS;
    inTag = false;
    inValue = false;
    sharedCell = false;
    tag.setLength(0);
  }

  /** Feeds inflated bytes of the current entry. */
  void feed(byte[] buf, int n) {
    if (part == Part.OTHER) {
      return;
    }
    for (int i = 0; i < n; i++) {
      char c = (char) (buf[i] & 0xFF);
      if (c == '<') {
        if (inValue) {
          maxIndex = Math.max(maxIndex, value);
          inValue = false;
        }
        inTag = true;
        tag.setLength(0);
      } else if (c == '>' && inTag) {
        inTag = false;
        endTag();
      } else if (inTag) {
        if (tag.length() < MAX_TAG) {
          tag.append(c);
        }
      } else if (inValue) {
        if (c >= '0' && c <= '9' && value < Long.MAX_VALUE / 10) {
          value = value * 10 + (c - '0');
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          inValue = false;
        }
      }
    }
  }

  private void endTag() {
    if (part == Part.SHARED_STRINGS) {
      if (tag.length() >= 2 && tag.charAt(0) == 's' && tag.charAt(1) == 'i'
          && (tag.length() == 2 || tag.charAt(2) == ' ' || tag.charAt(2) == '/')) {
        strings++;
      }
      return;
    }
    if (tag.length() >= 1 && tag.charAt(0) == 'c' && (tag.length() == 1 || tag.charAt(1) == ' ')) {
      String t = tag.toString();
      sharedCell = t.contains(" t=\"s\"") || t.contains(" t='s'");
      if (t.endsWith("/")) {
        sharedCell = false;
      }
    } else if (tag.length() == 1 && tag.charAt(0) == 'v' && sharedCell) {
      inValue = true;
      value = 0;
    } else if (tag.length() >= 2 && tag.charAt(0) == '/' && tag.charAt(1) == 'c') {
      sharedCell = false;
    }
  }

  /** The damage found once every entry was fed, or null when every reference resolves. */
  String damage() {
    if (maxIndex < 0) {
      return null;
    }
    if (!tablePresent) {
      return "is a damaged XLSX workbook: its text cells refer to a shared-string table (xl/sharedStrings.xml)"
          + " that it does not hold; open it in a spreadsheet program and save it again";
    }
    if (maxIndex >= strings) {
      return "is a damaged XLSX workbook: a text cell refers to shared string " + maxIndex + ", but the"
          + " shared-string table (xl/sharedStrings.xml) holds " + strings + "; open it in a spreadsheet program"
          + " and save it again";
    }
    return null;
  }
}
