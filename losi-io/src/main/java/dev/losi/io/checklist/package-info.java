/**
 * Fillable LOSI checklists: made from any instrument and a country's adjustments
 * ({@link dev.losi.io.checklist.Checklist}), written as XLSX, HTML, Markdown or a JSON form definition, and a
 * filled XLSX checklist read back as an assessment ({@link dev.losi.io.checklist.Checklists}).
 */
package dev.losi.io.checklist;
