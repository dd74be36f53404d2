/**
 * Levels (very high, high, middle, low), rating classes by quartiles within each level, and competition ranking with ties.
 */
package dev.losi.core.level;
