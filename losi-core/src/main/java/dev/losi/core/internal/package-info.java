/**
 * Internal helpers shared by the LOSI modules. Not API: exported only to the other losi modules and may change without notice.
 */
package dev.losi.core.internal;
