/**
 * Shared by the LOSI modules, not API: exported only to them (qualified export) and may change without
 * notice. Holds {@link dev.losi.core.internal.ValueStyle}, the one Immutables style of every value type.
 */
package dev.losi.core.internal;
