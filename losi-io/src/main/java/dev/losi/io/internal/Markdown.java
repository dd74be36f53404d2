package dev.losi.io.internal;

import java.util.List;

/**
 * Rows of GitHub-flavoured Markdown tables, as the instrument and plan documents write them. Not API.
 *
 * @since 0.1.0
 */
public final class Markdown {

  private Markdown() {}

  /** One table row: {@code | a | b |} and a line break; cells escape {@code |} and turn line breaks into {@code <br>}. */
  public static String row(List<String> cells) {
    StringBuilder sb = new StringBuilder("|");
    for (String c : cells) {
      sb.append(' ').append(c.replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")).append(" |");
    }
    return sb.append('\n').toString();
  }
}
