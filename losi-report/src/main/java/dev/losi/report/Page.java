package dev.losi.report;

/**
 * An HTML document under construction: the shared head (inline stylesheet for screen, phone and A4
 * print), sections, tables and figures. No script, no external resource: the file opens offline.
 */
final class Page {

  /**
   * The stylesheet: system fonts only, a readable measure on screen, one column on a phone, A4 with 14 mm
   * margins when printed; wide tables scroll on screen instead of widening the page; figures and table rows
   * are not split across printed pages.
   */
  static final String CSS = """
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;\
      color:#1a1a1a;background:#fff;line-height:1.4;font-size:15px}
      main{max-width:52rem;margin:0 auto;padding:1rem}
      h1{font-size:1.5rem;margin:.2rem 0 .4rem}h2{font-size:1.15rem;margin:1.4rem 0 .4rem;border-bottom:1px solid #ccc}
      h3{font-size:1rem;margin:.8rem 0 .2rem}
      p,li{overflow-wrap:anywhere}
      .sub{color:#555;margin:0 0 .6rem}
      .figures{display:flex;flex-wrap:wrap;gap:.5rem;margin:.4rem 0;padding:0;list-style:none}
      .figures li{border:1px solid #ccc;border-radius:4px;padding:.3rem .6rem;min-width:8rem;flex:1 1 8rem}
      .figures b{display:block;font-size:1.25rem}
      .scroll{overflow-x:auto;max-width:100%}
      table{border-collapse:collapse;margin:.3rem 0;font-size:.9rem}
      th,td{border-bottom:1px solid #ddd;padding:.15rem .4rem;text-align:start;vertical-align:top}
      td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}
      figure{margin:.5rem 0;break-inside:avoid}
      figcaption{font-size:.85rem;color:#444}
      svg.chart{width:100%;height:auto;max-width:40rem;display:block}
      svg.chart text{font-family:inherit}
      .swatch{display:inline-block;width:.8em;height:.8em;border:1px solid #333;vertical-align:baseline;margin-inline-end:.25em}
      .cols{display:grid;grid-template-columns:1fr 1fr;gap:0 1rem}
      .cols ul{margin:.2rem 0;padding-inline-start:1.1rem;font-size:.88rem}
      .msg{border-inline-start:4px solid #0072B2;padding:.2rem .6rem;margin:.4rem 0;break-inside:avoid}
      .msg p{margin:.1rem 0}.rule{font-size:.85rem;color:#444}
      .flag{font-weight:bold}
      @media (max-width:40rem){body{font-size:14px}main{padding:.6rem}.cols{grid-template-columns:1fr}}
      @page{size:A4;margin:14mm}
      @media print{body{font-size:10pt}main{max-width:none;padding:0}.scroll{overflow:visible}
      tr{break-inside:avoid}h2{break-after:avoid}}
      body.summary{font-size:13px}
      @media print{body.summary{font-size:8.6pt}body.summary h1{font-size:14pt;margin:0}\
      body.summary h2{font-size:10.5pt;margin:.45rem 0 .15rem}body.summary .figures b{font-size:11pt}\
      body.summary .figures li{padding:.1rem .4rem}body.summary svg.chart{max-width:118mm}\
      body.summary .msg{margin:.2rem 0;padding:.05rem .5rem}}
      """;

  private final StringBuilder sb = new StringBuilder();

  /** Starts a document in a language, with a title and a body class ({@code scorecard}, {@code study}, {@code summary}). */
  Page(Labels labels, String title, String bodyClass) {
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language()).append("\" dir=\"ltr\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body class=\"").append(bodyClass).append("\">\n<main>\n");
  }

  /** Appends raw HTML (already escaped). */
  Page raw(String html) {
    sb.append(html);
    return this;
  }

  /** A heading with escaped text; {@code id} names the section for tests and links. */
  Page section(String id, String heading) {
    sb.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
    return this;
  }

  /** Ends a section. */
  Page endSection() {
    sb.append("</section>\n");
    return this;
  }

  /** A paragraph of escaped text. */
  Page p(String text) {
    sb.append("<p>").append(Html.escape(text)).append("</p>\n");
    return this;
  }

  /** Key figures: label and value pairs (escaped). */
  Page figures(String... labelValue) {
    sb.append("<ul class=\"figures\">");
    for (int i = 0; i < labelValue.length; i += 2) {
      sb.append("<li><b>").append(Html.escape(labelValue[i + 1])).append("</b>").append(Html.escape(labelValue[i]))
          .append("</li>");
    }
    sb.append("</ul>\n");
    return this;
  }

  /** A figure: an SVG chart with an escaped caption and the name of its CSV data file. */
  Page figure(String id, String svg, String caption) {
    sb.append("<figure id=\"").append(id).append("\">").append(svg).append("<figcaption>").append(Html.escape(caption))
        .append("</figcaption></figure>\n");
    return this;
  }

  /**
   * A table. Header cells are escaped; body cells are HTML (escape them, or use {@link Html#name}); columns
   * whose index is in {@code numeric} align right.
   */
  Page table(String id, java.util.List<String> header, java.util.List<java.util.List<String>> rows, int... numeric) {
    java.util.Set<Integer> num = new java.util.HashSet<>();
    for (int n : numeric) {
      num.add(n);
    }
    sb.append("<div class=\"scroll\"><table id=\"").append(id).append("\"><thead><tr>");
    for (int j = 0; j < header.size(); j++) {
      sb.append(num.contains(j) ? "<th class=\"n\">" : "<th>").append(Html.escape(header.get(j))).append("</th>");
    }
    sb.append("</tr></thead><tbody>\n");
    for (java.util.List<String> r : rows) {
      sb.append("<tr>");
      for (int j = 0; j < r.size(); j++) {
        sb.append(num.contains(j) ? "<td class=\"n\">" : "<td>").append(r.get(j)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    return this;
  }

  /** The finished document. */
  String end() {
    return sb + "</main>\n</body>\n</html>\n";
  }
}
