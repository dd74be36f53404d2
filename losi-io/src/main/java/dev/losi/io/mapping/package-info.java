/**
 * Edition mappings ({@link dev.losi.core.mapping.EditionMapping}) as JSON ({@link
 * dev.losi.io.mapping.MappingJson}, {@code "schemaVersion": 1}, schema in
 * {@code docs/schema/edition-mapping.schema.json}) and as CSV ({@link dev.losi.io.mapping.MappingCsv},
 * columns {@code from_code,to_code,relation,note}). See {@code docs/edition-mapping.md}.
 */
package dev.losi.io.mapping;
