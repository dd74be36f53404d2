/**
 * Scoring: standard and adjusted LOSI, sub-indices per criterion and channel scope, channel-scope downgrades, missing-answer policies and batch scoring against a compiled instrument.
 */
package dev.losi.core.scoring;
