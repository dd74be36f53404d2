/**
 * Helpers of the {@code losi} command: output staging and writing, problem reports, progress, text tables and
 * terminal-safe text. Not API: the module {@code dev.losi.cli} exports no package; these types are public only
 * so that the command classes of {@code dev.losi.cli} can use them, and may change in any release.
 */
package dev.losi.cli.internal;
